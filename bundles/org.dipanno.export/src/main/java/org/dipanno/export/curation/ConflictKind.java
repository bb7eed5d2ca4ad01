package org.dipanno.export.curation;

/** Why a curator must decide. */
public enum ConflictKind {
	/** Strategy UNANIMOUS: not every annotator marked this reading. */
	NOT_UNANIMOUS,
	/** Exactly half of the annotators marked this reading. */
	TIE,
	/** Most annotators marked something here, but no reading has a majority. */
	NO_MAJORITY,
	/** The annotators agree on the mention but give different normalized values. */
	NORMALIZED_VALUE,
	/** An event argument lacks the needed votes of the annotators who marked the event. */
	ARGUMENT,
	/** An event argument has the votes, but its entity mention did not make it into gold. */
	ARGUMENT_ENTITY_NOT_IN_GOLD
}
