package org.dipanno.export;

import java.util.Objects;

/** One argument of an event: a role filled by an entity mention of the same document. */
public record ExportEventArgument(String role, String entityId) {

	public ExportEventArgument {
		Objects.requireNonNull(role, "argument role");
		Objects.requireNonNull(entityId, "argument entity id");
	}
}
