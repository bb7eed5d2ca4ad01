package org.dipanno.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offsets of snippets in test sources, so that expectations name the text they point at. */
public final class TextPositions {

	private TextPositions() {
	}

	/** The offset of the only occurrence of {@code snippet} in {@code text}. */
	public static int offsetOf(String text, String snippet) {
		int offset = text.indexOf(snippet);
		assertTrue(offset >= 0, () -> "'" + snippet + "' not in the test source");
		assertEquals(-1, text.indexOf(snippet, offset + 1), () -> "'" + snippet + "' occurs twice in the test source");
		return offset;
	}

	/** The offset of the last {@code snippet} within the only occurrence of {@code context}. */
	public static int offsetOf(String text, String context, String snippet) {
		int inner = context.lastIndexOf(snippet);
		assertTrue(inner >= 0, () -> "'" + snippet + "' not in '" + context + "'");
		return offsetOf(text, context) + inner;
	}
}
