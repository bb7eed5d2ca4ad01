package org.dipanno.export;

import java.util.Objects;

/**
 * An article zone of a document: {@code kind} is the zone name the text
 * analysis uses ({@code TITLE}, {@code LEAD}, {@code BODY}, {@code CAPTION},
 * {@code BOILERPLATE}); the export only compares names, so it needs no
 * dependency on the text bundle.
 */
public record TextZone(String kind, int start, int end) {

	public TextZone {
		Objects.requireNonNull(kind, "zone kind");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid zone " + kind + " [" + start + ", " + end + ")");
		}
	}

	public Span span() {
		return new Span(start, end);
	}
}
