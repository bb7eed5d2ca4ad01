package org.dipanno.engine.scoring;

import java.util.Set;

/**
 * The scores of one rule.
 *
 * @param types              the types the rule proposed; its recall counts gold mentions of these types only
 * @param exact              counts for exact span and type
 * @param overlap            counts for overlapping span and same type
 * @param mentions           spans the rule proposed
 * @param documentsTouched   documents with at least one of them
 * @param documentCoverage   documentsTouched / documents scored
 * @param overlappingSpans   spans of the rule that overlap a span of another rule
 * @param conflictingSpans   spans of the rule that overlap a span of another rule with another type or other bounds
 */
public record RuleScore(String rule, Set<String> types, Counts exact, Counts overlap, int mentions,
		int documentsTouched, double documentCoverage, int overlappingSpans, int conflictingSpans) {

	/** Fraction of the rule's spans that another rule overlaps (Snorkel's "overlaps" for spans). */
	public double overlapRate() {
		return mentions == 0 ? 0 : (double) overlappingSpans / mentions;
	}

	/** Fraction of the rule's spans that another rule contradicts (Snorkel's "conflicts" for spans). */
	public double conflictRate() {
		return mentions == 0 ? 0 : (double) conflictingSpans / mentions;
	}
}
