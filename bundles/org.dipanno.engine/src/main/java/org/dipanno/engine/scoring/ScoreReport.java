package org.dipanno.engine.scoring;

import java.util.List;

/**
 * Scores of a rule set against gold: per rule, for all rules together (the union of their distinct spans), and
 * for every pair of rules whose spans overlap.
 */
public record ScoreReport(int documents, List<RuleScore> rules, Counts allExact, Counts allOverlap,
		List<RulePair> pairs) {

	public RuleScore rule(String name) {
		return rules.stream().filter(r -> r.rule().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No scores for rule " + name));
	}
}
