package org.dipanno.engine.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.dipanno.engine.Rule;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.patterns.PatternElement.LexiconRef;

/**
 * A rule compiled on its own: its program, its fast paths, its actions, and the entity types it marks and refers
 * to. The rule set then gives it its stage, priority rank and type ids ({@link RuleSetCompiler}), which make it a
 * {@link CompiledRule}.
 *
 * @param singleLexicon whether the whole pattern is one lexicon reference: its match at a token is the longest entry
 *                      there, found by one walk down the trie instead of the backtracking machine
 */
record RuleDraft(Rule rule, int order, Program program, FastPaths fastPaths, RuleActions actions,
		Set<String> consumedTypes, Set<String> producedTypes, boolean singleLexicon) {

	/**
	 * @param typeIds   entity types' ids: a type the pattern refers to gets one if it has none yet
	 * @param shortcuts whether to find the fast paths (off only in tests that compare them with the general machine)
	 */
	static RuleDraft of(Rule rule, int order, PatternAnalysis analysis, Map<String, Lexicon> lexiconsByName,
			Map<String, Integer> typeIds, boolean shortcuts) {
		Set<String> consumed = new LinkedHashSet<>();
		Set<String> produced = new LinkedHashSet<>();
		Program program = new ProgramEmitter(rule, analysis, lexiconsByName, typeIds, consumed, shortcuts).emit();
		FastPaths fastPaths = analysis.analyze(rule.pattern(), shortcuts);
		RuleActions actions = new RuleActions(rule, program.captureIndex, produced, consumed);
		return new RuleDraft(rule, order, program, fastPaths, actions, consumed, produced,
				shortcuts && rule.pattern() instanceof LexiconRef);
	}
}
