package org.dipanno.export;

import java.util.Objects;

/**
 * An article zone of a document as the export sees it: {@code kind} is the name of the text layer's
 * {@code ZoneKind} ({@code TITLE}, {@code LEAD}, {@code BODY}, {@code CAPTION}, {@code BOILERPLATE}), the form in
 * which the export's options and files name zones.
 */
public record ExportZone(String kind, int start, int end) {

	public ExportZone {
		Objects.requireNonNull(kind, "zone kind");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid zone " + kind + " [" + start + ", " + end + ")");
		}
	}

	public Span span() {
		return new Span(start, end);
	}
}
