package org.dipanno.engine;

/** Why a proposal lost to an overlapping one; the first criterion (in this order) on which they differ. */
public enum ConflictReason {
	/** The winner was accepted by an earlier stage, whose results later stages build on. */
	EARLIER_STAGE,
	HIGHER_PRIORITY,
	/** Same priority, the winner covers more tokens. */
	LONGER,
	/** Same priority and length, the winner starts further left. */
	LEFTMOST,
	/** All equal, the winner's rule comes first in the rule set. */
	EARLIER_RULE,
	/** Same rule, the winner's action comes first in the rule. */
	EARLIER_ACTION
}
