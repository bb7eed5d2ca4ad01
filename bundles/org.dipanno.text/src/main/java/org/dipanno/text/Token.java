package org.dipanno.text;

/** A syllable-level token: [start, end) in stored offsets; never contains whitespace or NBSP. */
public record Token(int start, int end, TokenKind kind) {

	public Token {
		if (kind == null || start < 0 || end <= start) {
			throw new IllegalArgumentException("Bad token " + kind + " [" + start + ", " + end + ")");
		}
	}

	public String text(String storedText) {
		return storedText.substring(start, end);
	}
}
