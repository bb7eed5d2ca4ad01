package org.dipanno.engine;

import java.util.Objects;

/**
 * A resolved conflict between two overlapping proposals: who won, who lost, and why ({@link #reason()}, and in
 * words {@link #explanation()}, derived from the two proposals when asked for).
 */
public record Conflict(Proposal winner, Proposal loser, ConflictReason reason) {

	public Conflict {
		Objects.requireNonNull(winner, "winner");
		Objects.requireNonNull(loser, "loser");
		Objects.requireNonNull(reason, "reason");
	}

	/** The deciding criterion in words, e.g. "higher priority (10 &gt; 5)". */
	public String explanation() {
		return switch (reason) {
		case EARLIER_STAGE -> "the winner was accepted in stage " + stageOf(winner) + ", before stage " + stageOf(loser);
		case HIGHER_PRIORITY -> "higher priority (" + winner.priority() + " > " + loser.priority() + ")";
		case LONGER -> "same priority " + winner.priority() + ", longer (" + length(winner) + " > " + length(loser)
				+ " tokens)";
		case LEFTMOST -> "same priority and length, leftmost (token " + winner.startToken() + " < "
				+ loser.startToken() + ")";
		case EARLIER_RULE -> "same priority, span, earlier rule (" + winner.rule().ruleName() + " comes before "
				+ loser.rule().ruleName() + ")";
		case EARLIER_ACTION -> "same rule, earlier action (" + actionIndexOf(winner) + " < " + actionIndexOf(loser)
				+ ")";
		};
	}

	/** The conflict a winner and a loser make, decided on the first criterion on which they differ. */
	public static Conflict of(Proposal winner, Proposal loser) {
		return new Conflict(winner, loser, reasonOf(winner, loser));
	}

	/** The first criterion on which a winner and a loser differ, in resolution order. */
	private static ConflictReason reasonOf(int winnerStage, int winnerPriority, int winnerStart, int winnerEnd,
			int winnerRule, int loserStage, int loserPriority, int loserStart, int loserEnd, int loserRule) {
		if (winnerStage < loserStage) {
			return ConflictReason.EARLIER_STAGE;
		}
		if (winnerPriority != loserPriority) {
			return ConflictReason.HIGHER_PRIORITY;
		}
		if (winnerEnd - winnerStart != loserEnd - loserStart) {
			return ConflictReason.LONGER;
		}
		if (winnerStart != loserStart) {
			return ConflictReason.LEFTMOST;
		}
		if (winnerRule != loserRule) {
			return ConflictReason.EARLIER_RULE;
		}
		return ConflictReason.EARLIER_ACTION;
	}

	private static ConflictReason reasonOf(Proposal winner, Proposal loser) {
		return reasonOf(stageOf(winner), winner.priority(), winner.startToken(), winner.endToken(), ruleOrderOf(winner),
				stageOf(loser), loser.priority(), loser.startToken(), loser.endToken(), ruleOrderOf(loser));
	}

	private static int length(Proposal p) {
		return p.endToken() - p.startToken();
	}

	private static int stageOf(Proposal p) {
		return p instanceof EntityProposal e ? e.stage() : ((EventProposal) p).stage();
	}

	private static int ruleOrderOf(Proposal p) {
		return p instanceof EntityProposal e ? e.ruleOrder() : ((EventProposal) p).ruleOrder();
	}

	private static int actionIndexOf(Proposal p) {
		return p instanceof EntityProposal e ? e.actionIndex() : ((EventProposal) p).actionIndex();
	}
}
