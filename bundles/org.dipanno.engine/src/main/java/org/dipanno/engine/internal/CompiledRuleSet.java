package org.dipanno.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.text.ZoneKind;

/**
 * A compiled rule set, ready to run on any number of documents from any number of threads: its rules, its stages
 * with their indexes, and the vocabulary's keys as of compilation. Made by {@link RuleSetCompiler}; each thread
 * keeps its {@link Scratch} for its next document.
 */
public final class CompiledRuleSet {

	final List<CompiledRule> rules;
	final List<Stage> stages;
	final SyllableVocabulary vocabulary;
	/** The vocabulary's keys as of compilation, for looking up documents' keys. */
	final VocabularySnapshot keys;
	final EngineOptions options;
	private final Map<String, Integer> typeIds;
	/** Per zone ordinal, whether the rules apply there. */
	final boolean[] targetZone = new boolean[ZoneKind.values().length];
	/** Whether the fast paths are used (off only in tests that compare them with the general machine). */
	final boolean shortcuts;
	private final ThreadLocal<Scratch> scratch;

	CompiledRuleSet(List<CompiledRule> rules, List<Stage> stages, SyllableVocabulary vocabulary, EngineOptions options,
			Map<String, Integer> typeIds, boolean shortcuts) {
		this.rules = rules;
		this.stages = stages;
		this.vocabulary = vocabulary;
		this.keys = new VocabularySnapshot(vocabulary);
		this.options = options;
		this.typeIds = typeIds;
		this.shortcuts = shortcuts;
		for (ZoneKind zone : options.targetZones()) {
			targetZone[zone.ordinal()] = true;
		}
		int ruleCount = rules.size();
		this.scratch = ThreadLocal.withInitial(() -> new Scratch(ruleCount));
	}

	/** Applies all rules to one document. Thread-safe. */
	public DocumentResult run(EngineDocument doc) {
		int n = doc.tokenCount();
		// A thread's documents share its scratch arrays (a document far larger than usual gets its own).
		Scratch s = n <= Scratch.MAX_REUSED_TOKENS ? scratch.get() : new Scratch(rules.size());
		s.ensure(n);
		try {
			return new DocumentRun(this, doc, s).run();
		} finally {
			s.release(n);
		}
	}

	public SyllableVocabulary vocabulary() {
		return vocabulary;
	}

	public EngineOptions options() {
		return options;
	}

	/** The rule names of each stage, in run order. */
	public List<List<String>> stageRuleNames() {
		return stages.stream().map(s -> s.rules.stream().map(r -> r.rule.name()).toList()).toList();
	}

	public int ruleCount() {
		return rules.size();
	}

	/** Entity types the rule set refers to or marks. */
	public Set<String> entityTypes() {
		return typeIds.keySet();
	}
}
