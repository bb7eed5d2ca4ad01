package org.dipanno.model.custom;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventType;
import org.dipanno.model.Role;

/** Behaviour of the annotation schema classes; the generated operations delegate here. */
public final class SchemaOperations {

	private SchemaOperations() {
	}

	public static EntityType findEntityType(AnnotationSchema schema, String typeName) {
		for (EntityType type : schema.getEntityTypes()) {
			if (type.getName() != null && type.getName().equals(typeName)) {
				return type;
			}
		}
		return null;
	}

	public static EventType findEventType(AnnotationSchema schema, String typeName) {
		for (EventType type : schema.getEventTypes()) {
			if (type.getName() != null && type.getName().equals(typeName)) {
				return type;
			}
		}
		return null;
	}

	public static Role findRole(EventType eventType, String roleName) {
		for (Role role : eventType.getRoles()) {
			if (role.getName() != null && role.getName().equals(roleName)) {
				return role;
			}
		}
		return null;
	}
}
