package org.dipanno.engine;

/**
 * A proposed entity mention. Offsets: tokens {@code [startToken, endToken)}, characters {@code [start, end)}.
 *
 * @param stage     the stage of the rule (0 first)
 * @param ruleOrder the rule's position in the rule set (for ties)
 */
public record EntityProposal(String documentId, String type, int startToken, int endToken, int start, int end,
		String normalizedValue, Provenance rule, int priority, double confidence, int stage, int ruleOrder,
		int actionIndex) implements Proposal {

	public int length() {
		return endToken - startToken;
	}

	public String text(String documentText) {
		return documentText.substring(start, end);
	}

	public boolean overlaps(EntityProposal other) {
		return startToken < other.endToken && other.startToken < endToken;
	}

	@Override
	public String describe(String documentText) {
		return type + " '" + text(documentText) + "' [" + start + "," + end + ")"
				+ (normalizedValue == null ? "" : " = " + normalizedValue) + " by " + rule;
	}
}
