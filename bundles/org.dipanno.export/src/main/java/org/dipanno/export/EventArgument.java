package org.dipanno.export;

import java.util.Objects;

/** One argument of an event: a role filled by an entity mention of the same document. */
public record EventArgument(String role, String entityId) {

	public EventArgument {
		Objects.requireNonNull(role, "argument role");
		Objects.requireNonNull(entityId, "argument entity id");
	}
}
