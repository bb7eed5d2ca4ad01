package org.dipanno.engine.document;

/** What a token is, as decided by the analysis that produced the document. */
public enum TokenKind {
	WORD, NUMBER, DATE_LIKE, PUNCTUATION, SYMBOL, OTHER;

	private static final TokenKind[] VALUES = values();

	static TokenKind ofOrdinal(int ordinal) {
		return VALUES[ordinal];
	}
}
