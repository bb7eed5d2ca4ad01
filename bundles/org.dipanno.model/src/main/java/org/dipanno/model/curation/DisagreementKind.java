package org.dipanno.model.curation;

import java.util.Locale;

/** How the annotators' readings of one item differ. */
public enum DisagreementKind {
	/** The same span (or trigger) with different types. */
	TYPE,
	/** Overlapping spans (or triggers) that start or end elsewhere. */
	BOUNDARY,
	/** At least one annotator marked nothing there. */
	MISSING,
	/** The same event (type and trigger) with different arguments. */
	ARGUMENTS,
	/** The same entity (span and type) with different normalized values (actor, country code, date). */
	VALUE;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}
}
