package org.dipanno.engine;

import java.util.List;
import java.util.Optional;

/** A proposed event: a trigger span, a type and role arguments. */
public record EventProposal(String documentId, String type, int startToken, int endToken, int start, int end,
		List<EventArgument> arguments, Provenance rule, int priority, double confidence, int stage, int ruleOrder,
		int actionIndex) implements Proposal {

	public EventProposal {
		arguments = List.copyOf(arguments);
	}

	public Optional<EventArgument> argument(String role) {
		return arguments.stream().filter(a -> a.role().equals(role)).findFirst();
	}

	public List<EventArgument> arguments(String role) {
		return arguments.stream().filter(a -> a.role().equals(role)).toList();
	}

	@Override
	public String describe(String documentText) {
		return type + " trigger '" + documentText.substring(start, end) + "' [" + start + "," + end + ") by " + rule;
	}

	/**
	 * One argument. {@code mention} is the accepted entity proposal over the argument's span, or null when the span
	 * is not (or not yet) a mention.
	 */
	public record EventArgument(String role, int startToken, int endToken, int start, int end,
			EntityProposal mention) {
		public String text(String documentText) {
			return documentText.substring(start, end);
		}
	}
}
