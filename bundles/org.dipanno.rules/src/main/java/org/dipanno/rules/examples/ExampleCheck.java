package org.dipanno.rules.examples;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.rules.model.ArgumentExpectation;
import org.dipanno.rules.model.EntityExpectation;
import org.dipanno.rules.model.EventExpectation;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.Expectation;

/**
 * Compares an example's expectations with what the rules produced. Texts are
 * compared exactly (they are copied from the example sentence); an expectation
 * without text matches any annotation of its type.
 */
public final class ExampleCheck {

	/** An expectation that did not hold (null for "yields nothing"), with the reason. */
	public record Failure(Expectation expectation, String message) {
	}

	private ExampleCheck() {
	}

	public static List<Failure> check(Example example, ExampleOutcome outcome) {
		List<Failure> failures = new ArrayList<>();
		if (example.isNothing()) {
			if (!outcome.isEmpty()) {
				failures.add(new Failure(null, "expected nothing but the rules produced: " + outcome));
			}
			return failures;
		}
		for (Expectation expectation : example.getExpectations()) {
			boolean found = isProduced(expectation, outcome);
			boolean absent = expectation instanceof EntityExpectation entity ? entity.isAbsent()
					: ((EventExpectation) expectation).isAbsent();
			if (found == absent) {
				String verb = absent ? "expected no " : "expected ";
				failures.add(new Failure(expectation,
						verb + describe(expectation) + " but the rules produced: " + outcome));
			}
		}
		return failures;
	}

	static boolean isProduced(Expectation expectation, ExampleOutcome outcome) {
		if (expectation instanceof EntityExpectation entity) {
			String type = entity.getType() == null ? null : entity.getType().getName();
			return outcome.entities().stream()
					.anyMatch(produced -> produced.type().equals(type)
							&& (entity.getText() == null || entity.getText().equals(produced.text()))
							&& (entity.getValue() == null || entity.getValue().equals(produced.value())));
		}
		EventExpectation event = (EventExpectation) expectation;
		String type = event.getType() == null ? null : event.getType().getName();
		return outcome.events().stream().anyMatch(produced -> produced.type().equals(type)
				&& (event.getTrigger() == null || event.getTrigger().equals(produced.trigger()))
				&& event.getArguments().stream().allMatch(argument -> argument.getRole() != null
						&& argument.getText().equals(produced.arguments().get(argument.getRole().getName()))));
	}

	/** The expectation as the author wrote it, e.g. {@code PERSON "Vương Văn Đào"}. */
	public static String describe(Expectation expectation) {
		if (expectation instanceof EntityExpectation entity) {
			return (entity.getType() == null ? "?" : entity.getType().getName())
					+ (entity.getText() == null ? "" : " \"" + entity.getText() + "\"")
					+ (entity.getValue() == null ? "" : " = " + entity.getValue());
		}
		EventExpectation event = (EventExpectation) expectation;
		StringBuilder text = new StringBuilder("event ")
				.append(event.getType() == null ? "?" : event.getType().getName());
		if (event.getTrigger() != null) {
			text.append(" \"").append(event.getTrigger()).append('"');
		}
		if (!event.getArguments().isEmpty()) {
			text.append('(');
			for (ArgumentExpectation argument : event.getArguments()) {
				if (text.charAt(text.length() - 1) != '(') {
					text.append(", ");
				}
				text.append(argument.getRole() == null ? "?" : argument.getRole().getName()).append("=\"")
						.append(argument.getText()).append('"');
			}
			text.append(')');
		}
		return text.toString();
	}
}
