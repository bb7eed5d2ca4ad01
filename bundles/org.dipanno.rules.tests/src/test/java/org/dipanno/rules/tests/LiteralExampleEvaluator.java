package org.dipanno.rules.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dipanno.rules.examples.ExampleEvaluator;
import org.dipanno.rules.examples.ExampleOutcome;
import org.dipanno.rules.model.Action;
import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.ConstantValue;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.LiteralPattern;
import org.dipanno.rules.model.MarkAction;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;

/**
 * A real evaluator for the simplest rules only: a literal pattern (possibly
 * captured) whose actions mark entities, with constant values. It finds every
 * occurrence of the literal on syllable boundaries, case-insensitively. Any
 * other rule is refused, which exercises the validator's error path.
 */
final class LiteralExampleEvaluator implements ExampleEvaluator {

	@Override
	public ExampleOutcome evaluate(RuleFile file, Example example) {
		List<ExampleOutcome.Entity> entities = new ArrayList<>();
		for (Rule rule : org.eclipse.xtext.EcoreUtil2.typeSelect(file.getElements(), Rule.class)) {
			LiteralPattern literal = literalOf(rule);
			Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(literal.getText()) + "(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(example.getText());
			while (matcher.find()) {
				for (Action action : rule.getActions()) {
					MarkAction mark = (MarkAction) action;
					String value = mark.getValue() instanceof ConstantValue constant ? constant.getText() : null;
					entities.add(new ExampleOutcome.Entity(mark.getType().getName(), matcher.group(), value));
				}
			}
		}
		return new ExampleOutcome(entities, List.<ExampleOutcome.Event>of());
	}

	private static LiteralPattern literalOf(Rule rule) {
		Object pattern = rule.getPattern() instanceof Capture capture ? capture.getElement() : rule.getPattern();
		boolean onlyMarks = rule.getActions().stream().allMatch(action -> action instanceof MarkAction mark
				&& (mark.getValue() == null || mark.getValue() instanceof ConstantValue));
		if (!(pattern instanceof LiteralPattern literal) || !onlyMarks || rule.getBefore() != null
				|| rule.getAfter() != null) {
			throw new UnsupportedOperationException("rule " + rule.getName()
					+ ": only literal patterns marking entities are supported here");
		}
		return literal;
	}

}
