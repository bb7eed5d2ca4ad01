package org.dipanno.export;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An event mention as exported: its type, the trigger span and its arguments
 * (role to entity id, in annotation order; a role may occur several times,
 * e.g. two participants).
 */
public record EventSpan(String id, String type, int triggerStart, int triggerEnd, List<ExportEventArgument> arguments,
		SortedMap<String, String> attributes) {

	public EventSpan {
		Objects.requireNonNull(id, "event id");
		Objects.requireNonNull(type, () -> "event type of " + id);
		if (triggerStart < 0 || triggerEnd <= triggerStart) {
			throw new IllegalArgumentException(
					"Event " + id + " has an empty or invalid trigger [" + triggerStart + ", " + triggerEnd + ")");
		}
		arguments = List.copyOf(arguments == null ? List.of() : arguments);
		attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes == null ? new TreeMap<>() : attributes));
	}

	public EventSpan(String id, String type, int triggerStart, int triggerEnd, List<ExportEventArgument> arguments) {
		this(id, type, triggerStart, triggerEnd, arguments, null);
	}

	public Span trigger() {
		return new Span(triggerStart, triggerEnd);
	}
}
