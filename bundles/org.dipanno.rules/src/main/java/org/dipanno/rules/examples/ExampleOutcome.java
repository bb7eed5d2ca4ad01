package org.dipanno.rules.examples;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The annotations the rules produced on an example's text. */
public record ExampleOutcome(List<Entity> entities, List<Event> events) {

	/** An entity mention: its type name, covered text and normalized value (null if none). */
	public record Entity(String type, String text, String value) {
		@Override
		public String toString() {
			return type + " \"" + text + "\"" + (value == null ? "" : " = " + value);
		}
	}

	/** An event: its type name, trigger text and argument texts by role name. */
	public record Event(String type, String trigger, Map<String, String> arguments) {
		@Override
		public String toString() {
			String args = arguments.entrySet().stream().map(entry -> entry.getKey() + "=\"" + entry.getValue() + "\"")
					.collect(Collectors.joining(", "));
			return "event " + type + " \"" + trigger + "\"" + (args.isEmpty() ? "" : "(" + args + ")");
		}
	}

	public ExampleOutcome {
		entities = List.copyOf(entities);
		events = List.copyOf(events);
	}

	public boolean isEmpty() {
		return entities.isEmpty() && events.isEmpty();
	}

	@Override
	public String toString() {
		if (isEmpty()) {
			return "nothing";
		}
		return java.util.stream.Stream.concat(entities.stream(), events.stream()).map(Object::toString)
				.collect(Collectors.joining(", "));
	}
}
