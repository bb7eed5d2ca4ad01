package org.dipanno.text;

/**
 * A zone of the stored text: [start, end) in stored offsets. The zones of a
 * text tile it: they are in order, without gaps or overlaps, and line breaks
 * and blank lines belong to the zone before them.
 */
public record Zone(ZoneKind kind, int start, int end) {

	public Zone {
		if (kind == null || start < 0 || end < start) {
			throw new IllegalArgumentException("Bad zone " + kind + " [" + start + ", " + end + ")");
		}
	}

	public boolean contains(int offset) {
		return offset >= start && offset < end;
	}

	public String text(String storedText) {
		return storedText.substring(start, end);
	}
}
