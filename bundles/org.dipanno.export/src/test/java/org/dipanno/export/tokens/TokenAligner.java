package org.dipanno.export.tokens;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.export.Span;

/**
 * Maps written token forms back onto the stored text: the reading half of the round trip, for the format
 * round-trip tests. Tokens are matched in order after skipping whitespace; a
 * {@code _} in a form matches a literal underscore or one run of whitespace
 * (the syllable gap of a VLSP word).
 */
public final class TokenAligner {

	private TokenAligner() {
	}

	/**
	 * @param from offset where the search for the first token starts
	 * @throws IllegalArgumentException naming the token when a form does not match the text
	 */
	public static List<Span> align(String text, int from, List<String> forms) {
		List<Span> spans = new ArrayList<>(forms.size());
		int position = from;
		for (int t = 0; t < forms.size(); t++) {
			String form = forms.get(t);
			while (position < text.length() && TokenSplitter.isSpace(text.charAt(position))) {
				position++;
			}
			int start = position;
			for (int i = 0; i < form.length(); i++) {
				char expected = form.charAt(i);
				if (position >= text.length()) {
					throw mismatch(t, form, start);
				}
				char actual = text.charAt(position);
				if (expected == actual) {
					position++;
				} else if (expected == '_' && TokenSplitter.isSpace(actual)) {
					while (position < text.length() && TokenSplitter.isSpace(text.charAt(position))) {
						position++;
					}
				} else {
					throw mismatch(t, form, start);
				}
			}
			spans.add(new Span(start, position));
		}
		return spans;
	}

	private static IllegalArgumentException mismatch(int index, String form, int offset) {
		return new IllegalArgumentException(
				"ExportToken " + index + " '" + form + "' does not match the document text at offset " + offset);
	}
}
