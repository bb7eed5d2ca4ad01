package org.dipanno.export;

import java.util.Comparator;

/**
 * A half-open character range [start, end) on a document's stored text. All
 * offsets in the export bundle are UTF-16 indices into that one stored,
 * normalized text, so every view (syllables, words, entities) maps back to
 * the same characters.
 */
public record Span(int start, int end) implements Comparable<Span> {

	public static final Comparator<Span> ORDER = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
		}
	}

	public int length() {
		return end - start;
	}

	public boolean contains(Span other) {
		return start <= other.start && other.end <= end;
	}

	public boolean contains(int startOffset, int endOffset) {
		return start <= startOffset && endOffset <= end;
	}

	public boolean overlaps(Span other) {
		return start < other.end && other.start < end;
	}

	@Override
	public int compareTo(Span other) {
		return ORDER.compare(this, other);
	}
}
