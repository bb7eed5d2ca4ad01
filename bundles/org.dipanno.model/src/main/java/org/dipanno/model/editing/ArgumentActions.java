package org.dipanno.model.editing;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.Role;

/** Changes to an event's existing arguments: another role, or none (see {@link AnnotationActions#addArgument}). */
public final class ArgumentActions {

	private ArgumentActions() {
	}

	/** Gives the argument another role of its event's type; refuses roles that do not accept the entity's type. */
	public static void changeRole(EventArgument argument, String roleName) {
		EventMention event = (EventMention) argument.eContainer();
		EntityMention entity = argument.getEntity();
		if (event == null || entity == null) {
			throw new IllegalArgumentException("The argument is no longer part of an event");
		}
		String eventName = event.getType() == null ? "an event without a type" : event.getType().getName();
		Role role = event.getType() == null ? null : event.getType().findRole(roleName);
		if (role == null) {
			throw new IllegalArgumentException(eventName + " has no role \"" + roleName + "\"");
		}
		if (entity.getType() == null || !role.getAcceptedTypes().contains(entity.getType())) {
			throw new IllegalArgumentException("The " + roleName + " of " + eventName + " cannot be a "
					+ (entity.getType() == null ? "mention without a type" : entity.getType().getName()) + " (\""
					+ entity.getText() + "\")");
		}
		argument.setRole(roleName);
	}

	/** Removes the argument from its event; the entity stays. */
	public static void remove(EventArgument argument) {
		if (!(argument.eContainer() instanceof EventMention event)) {
			throw new IllegalArgumentException("The argument is no longer part of an event");
		}
		event.getArguments().remove(argument);
	}
}
