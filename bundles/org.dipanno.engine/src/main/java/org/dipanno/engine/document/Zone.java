package org.dipanno.engine.document;

/**
 * The article zone a token lies in. Rules match only tokens of the target zones
 * (by default {@link #LEAD} and {@link #BODY}); the other zones are kept, not matched.
 */
public enum Zone {
	TITLE, LEAD, BODY, CAPTION, BOILERPLATE, METADATA, OTHER;

	private static final Zone[] VALUES = values();

	static Zone ofOrdinal(int ordinal) {
		return VALUES[ordinal];
	}
}
