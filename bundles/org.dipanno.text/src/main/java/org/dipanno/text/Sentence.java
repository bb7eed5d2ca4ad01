package org.dipanno.text;

/**
 * A sentence: [start, end) in stored offsets, from its first token's start to
 * its last token's end. Sentences never cross a zone boundary or a line break.
 */
public record Sentence(int start, int end) {

	public Sentence {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Bad sentence [" + start + ", " + end + ")");
		}
	}

	public String text(String storedText) {
		return storedText.substring(start, end);
	}
}
