package org.dipanno.export;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An entity mention as exported: character offsets on the stored text, the
 * scheme type, an optional normalized value (country code, ISO date,
 * canonical actor) and optional attributes (written as brat {@code A} lines).
 *
 * @param normalizedValue {@code null} when the mention has none
 */
public record EntitySpan(String id, int start, int end, String type, String normalizedValue,
		SortedMap<String, String> attributes) {

	public EntitySpan {
		Objects.requireNonNull(id, "entity id");
		Objects.requireNonNull(type, () -> "entity type of " + id);
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Entity " + id + " has an empty or invalid span [" + start + ", " + end + ")");
		}
		attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes == null ? new TreeMap<>() : attributes));
	}

	public EntitySpan(String id, int start, int end, String type, String normalizedValue) {
		this(id, start, end, type, normalizedValue, null);
	}

	public EntitySpan(String id, int start, int end, String type) {
		this(id, start, end, type, null, null);
	}

	public Span span() {
		return new Span(start, end);
	}

	/** The same mention under another id (export formats renumber mentions). */
	public EntitySpan withId(String newId) {
		return new EntitySpan(newId, start, end, type, normalizedValue, attributes);
	}
}
