package org.dipanno.export.tokens;

import org.dipanno.export.Span;

/**
 * A token of an exported sentence (a syllable or a word, as the export writes it): its offsets on the stored text and the form
 * written to files (whitespace inside a word replaced by {@code _}).
 */
public record ExportToken(int start, int end, String form) {

	public Span span() {
		return new Span(start, end);
	}

	/**
	 * The written form of a stretch of text: each run of whitespace becomes one
	 * {@code _}, so that multi-syllable words read {@code Bộ_trưởng}.
	 */
	public static String formOf(String text, int start, int end) {
		int firstSpace = start;
		while (firstSpace < end && !isSpace(text.charAt(firstSpace))) {
			firstSpace++;
		}
		if (firstSpace == end) {
			return text.substring(start, end);
		}
		StringBuilder form = new StringBuilder(end - start);
		boolean inSpace = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				if (!inSpace) {
					form.append('_');
				}
				inSpace = true;
			} else {
				form.append(c);
				inSpace = false;
			}
		}
		return form.toString();
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
