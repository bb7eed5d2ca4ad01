package org.dipanno.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.Rule;
import org.dipanno.engine.RuleCompilationException;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;

/**
 * Compiles a rule set: each rule on its own ({@link RuleDraft}), then what depends on all of them: entity type ids,
 * priority ranks, requirement groups, the stage order ({@link StageOrder}), and each stage's indexes ({@link Stage}).
 */
public final class RuleSetCompiler {

	private RuleSetCompiler() {
	}

	/**
	 * All lexicons must be built on one {@link SyllableVocabulary} (literals are interned into it too); rule names
	 * must be unique.
	 *
	 * @param shortcuts whether to use the fast paths; without them every rule is tried wherever its first token fits
	 *                  and runs on the general machine (for tests that compare the two)
	 * @throws RuleCompilationException naming the rule (file:line) and the problem
	 */
	public static CompiledRuleSet compile(List<Rule> rules, List<Lexicon> lexicons, EngineOptions options,
			boolean shortcuts) {
		SyllableVocabulary vocabulary = lexicons.isEmpty() ? new SyllableVocabulary() : lexicons.get(0).vocabulary();
		Map<String, Lexicon> lexiconsByName = lexiconsByName(lexicons, vocabulary);
		PatternAnalysis analysis = new PatternAnalysis(lexiconsByName, vocabulary, options);
		Map<String, Integer> typeIds = new HashMap<>();
		List<RuleDraft> drafts = new ArrayList<>();
		Map<String, Rule> byName = new HashMap<>();
		for (Rule rule : rules) {
			Rule previous = byName.put(rule.name(), rule);
			if (previous != null) {
				throw new RuleCompilationException("Rule " + rule.provenance() + ": the name is already used by "
						+ previous.provenance());
			}
			drafts.add(RuleDraft.of(rule, drafts.size(), analysis, lexiconsByName, typeIds, shortcuts));
		}
		// Types marked by a rule get ids too, so that later stages can refer to them.
		for (RuleDraft draft : drafts) {
			for (String type : draft.producedTypes()) {
				typeIds.computeIfAbsent(type, t -> typeIds.size());
			}
		}
		int[] priorities = drafts.stream().mapToInt(d -> -d.rule().priority()).distinct().sorted().toArray();
		// Rules requiring the same ids and phrases share one list of where they are.
		Map<String, Integer> groups = new HashMap<>();
		int[] stageOf = StageOrder.stages(drafts);
		List<CompiledRule> compiled = new ArrayList<>();
		for (RuleDraft draft : drafts) {
			FastPaths f = draft.fastPaths();
			int group = f.requiredIds == null ? -1
					: groups.computeIfAbsent(
							Arrays.toString(f.requiredIds) + Arrays.deepToString(f.requiredPhrases),
							k -> groups.size());
			int rank = Arrays.binarySearch(priorities, -draft.rule().priority());
			compiled.add(new CompiledRule(draft, stageOf[draft.order()], rank, group, typeIds));
		}
		int stageCount = Arrays.stream(stageOf).max().orElse(-1) + 1;
		List<Stage> stages = new ArrayList<>();
		for (int s = 0; s < stageCount; s++) {
			int stage = s;
			List<CompiledRule> layer = compiled.stream().filter(r -> r.stage == stage).toList();
			if (!layer.isEmpty()) {
				stages.add(new Stage(layer, vocabulary.size(), typeIds.size(), groups.size()));
			}
		}
		return new CompiledRuleSet(List.copyOf(compiled), List.copyOf(stages), vocabulary, options,
				Map.copyOf(typeIds), shortcuts);
	}

	private static Map<String, Lexicon> lexiconsByName(List<Lexicon> lexicons, SyllableVocabulary vocabulary) {
		Map<String, Lexicon> lexiconsByName = new LinkedHashMap<>();
		for (Lexicon lexicon : lexicons) {
			if (lexicon.vocabulary() != vocabulary) {
				throw new RuleCompilationException("Lexicon " + lexicon.name()
						+ " is built on another vocabulary than lexicon " + lexicons.get(0).name());
			}
			if (lexiconsByName.put(lexicon.name(), lexicon) != null) {
				throw new RuleCompilationException("Two lexicons are named " + lexicon.name());
			}
		}
		return lexiconsByName;
	}
}
