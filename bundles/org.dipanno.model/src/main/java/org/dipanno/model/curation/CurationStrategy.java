package org.dipanno.model.curation;

import java.util.Locale;

/** Which items go into gold without the curator deciding each one. */
public enum CurationStrategy {
	/** An item every annotator marked the same way (span, type, value; for events type, trigger, arguments). */
	UNANIMOUS,
	/**
	 * Also a reading more than half of the annotators marked; a reading fewer than half marked is rejected when the
	 * item has a majority reading or most annotators marked nothing there. Ties stay for the curator (with two
	 * annotators every disagreement is a tie).
	 */
	MAJORITY,
	/** Nothing automatically: the curator reviews every item, agreements included. */
	ALL_REVIEWED;

	/** The command line's and the preferences' spelling: unanimous, majority, all-reviewed. */
	public String label() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Reads {@link #label()}; names the choices when the text is none of them. */
	public static CurationStrategy parse(String text) {
		for (CurationStrategy strategy : values()) {
			if (strategy.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
				return strategy;
			}
		}
		throw new IllegalArgumentException(
				"unknown curation strategy \"" + text + "\" (choose unanimous, majority or all-reviewed)");
	}
}
