package org.dipanno.engine;

import java.util.List;
import java.util.Objects;

/** What a rule does with a match. */
public sealed interface Action {

	/**
	 * Proposes an entity mention of {@code type} over the capture (or the whole match when {@code capture} is
	 * null), with a normalized value.
	 */
	record MarkEntity(String type, String capture, ValueSource value) implements Action {
		public MarkEntity {
			Objects.requireNonNull(type, "entity type");
			Objects.requireNonNull(value, "value source");
		}
	}

	/** Proposes an event of {@code type} whose trigger is the capture, with role arguments. */
	record CreateEvent(String type, String triggerCapture, List<RoleBinding> roles) implements Action {
		public CreateEvent {
			Objects.requireNonNull(type, "event type");
			Objects.requireNonNull(triggerCapture, "trigger capture of event " + type);
			roles = List.copyOf(roles);
		}
	}

	/** Where a mention's normalized value comes from. */
	sealed interface ValueSource {
	}

	/** No normalized value. */
	record NoValue() implements ValueSource {
	}

	/** The value of the lexicon entry matched inside the marked span (first one, left to right). */
	record LexiconValue() implements ValueSource {
	}

	/** The text of a capture, as written. */
	record CaptureText(String capture) implements ValueSource {
	}

	/** A fixed value. */
	record Constant(String value) implements ValueSource {
	}

	/** Where the nearest mention of a role may lie, relative to the trigger. */
	enum Direction {
		EITHER, BEFORE, AFTER
	}

	/**
	 * An event argument: either the tokens of a capture of the same match (linked to the accepted mention over
	 * exactly those tokens, if any), or the nearest accepted mention of {@code nearestType} in the trigger's sentence
	 * on the given side (by token distance to the trigger; the left one on ties).
	 */
	record RoleBinding(String role, String capture, String nearestType, Direction direction) {
		public RoleBinding {
			Objects.requireNonNull(role, "role");
			Objects.requireNonNull(direction, "direction");
			if ((capture == null) == (nearestType == null)) {
				throw new IllegalArgumentException("Role " + role + " needs either a capture or a nearest type");
			}
		}

		public static RoleBinding capture(String role, String capture) {
			return new RoleBinding(role, capture, null, Direction.EITHER);
		}

		public static RoleBinding nearest(String role, String type) {
			return new RoleBinding(role, null, type, Direction.EITHER);
		}

		public static RoleBinding nearestBefore(String role, String type) {
			return new RoleBinding(role, null, type, Direction.BEFORE);
		}

		public static RoleBinding nearestAfter(String role, String type) {
			return new RoleBinding(role, null, type, Direction.AFTER);
		}
	}
}
