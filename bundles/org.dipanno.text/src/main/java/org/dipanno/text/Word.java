package org.dipanno.text;

/**
 * A segmented word: [start, end) in stored offsets, made of the tokens
 * [firstToken, lastTokenExclusive) of the token list it was segmented from.
 * Punctuation and other non-syllable tokens are one-token words.
 */
public record Word(int start, int end, int firstToken, int lastTokenExclusive) {

	public Word {
		if (start < 0 || end <= start || firstToken < 0 || lastTokenExclusive <= firstToken) {
			throw new IllegalArgumentException(
					"Bad word [" + start + ", " + end + ") tokens [" + firstToken + ", " + lastTokenExclusive + ")");
		}
	}

	public int tokenCount() {
		return lastTokenExclusive - firstToken;
	}

	public String text(String storedText) {
		return storedText.substring(start, end);
	}

	/**
	 * The VLSP form of this word: its text with each run of spaces (including
	 * NBSP) between syllables replaced by one underscore, e.g. "Bộ_trưởng".
	 */
	public String underscored(String storedText) {
		StringBuilder out = new StringBuilder(end - start);
		boolean inSpace = false;
		for (int i = start; i < end; i++) {
			char c = storedText.charAt(i);
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				inSpace = true;
			} else {
				if (inSpace) {
					out.append('_');
					inSpace = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}
}
