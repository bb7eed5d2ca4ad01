package org.dipanno.engine;

import java.util.List;
import java.util.Set;

import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.internal.CompiledRuleSet;
import org.dipanno.engine.internal.RuleSetCompiler;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;

/**
 * The rule engine's entry point: compiles rules once ({@link #compile}), then {@link #run} applies them to any
 * number of documents, from any number of threads.
 *
 * <p>Rules run in stages: a rule that refers to an entity type (in its pattern or as the nearest-mention argument of
 * an event) runs in a later stage than every rule that marks that type; a cycle is a compilation error. Within a
 * stage, each rule scans the target-zone tokens left to right and keeps its leftmost, non-overlapping matches; the
 * stage's entity proposals are then resolved against each other and against earlier stages (see
 * {@link ConflictReason}), and its events are built from the accepted mentions. How: docs/engine.md and the
 * package {@code org.dipanno.engine.internal}.
 */
public final class RuleEngine {

	private final CompiledRuleSet rules;

	private RuleEngine(CompiledRuleSet rules) {
		this.rules = rules;
	}

	/**
	 * Compiles rules. All lexicons must be built on one {@link SyllableVocabulary} (the engine interns literals into
	 * it too); rule names must be unique.
	 *
	 * @throws RuleCompilationException naming the rule (file:line) and the problem
	 */
	public static RuleEngine compile(List<Rule> rules, List<Lexicon> lexicons, EngineOptions options) {
		return compile(rules, lexicons, options, true);
	}

	/**
	 * Compiles with or without the shortcuts (the single-lexicon trie walk, required tokens and scheduling, the
	 * contexts' first-token check, the packed sort of proposals); without them every rule is tried wherever its first
	 * token fits and runs on the general machine. For tests that compare the two.
	 */
	static RuleEngine compile(List<Rule> rules, List<Lexicon> lexicons, EngineOptions options, boolean shortcuts) {
		return new RuleEngine(RuleSetCompiler.compile(rules, lexicons, options, shortcuts));
	}

	public SyllableVocabulary vocabulary() {
		return rules.vocabulary();
	}

	public EngineOptions options() {
		return rules.options();
	}

	/** The rule names of each stage, in run order. */
	public List<List<String>> stages() {
		return rules.stageRuleNames();
	}

	public int ruleCount() {
		return rules.ruleCount();
	}

	/** Applies all rules to one document. Thread-safe. */
	public DocumentResult run(EngineDocument doc) {
		return rules.run(doc);
	}

	/** Entity types the rule set refers to or marks. */
	public Set<String> entityTypes() {
		return rules.entityTypes();
	}
}
