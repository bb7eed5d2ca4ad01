package org.dipanno.engine;

import java.util.List;
import java.util.Objects;

import org.dipanno.engine.patterns.PatternElement;

/**
 * A rule: a token pattern, the actions taken on each match, a priority (higher wins conflicts), a confidence in
 * [0, 1] carried to the proposals, and its provenance.
 */
public record Rule(String name, PatternElement pattern, List<Action> actions, int priority, double confidence,
		Provenance provenance) {

	public Rule {
		Objects.requireNonNull(name, "rule name");
		Objects.requireNonNull(pattern, "pattern of rule " + name);
		actions = List.copyOf(actions);
		Objects.requireNonNull(provenance, "provenance of rule " + name);
		if (confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("Rule " + provenance + ": confidence " + confidence + " is not in [0, 1]");
		}
	}

	/** A rule declared in {@code sourceFile} at {@code line}, named {@code name}. */
	public static Rule of(String name, String sourceFile, int line, PatternElement pattern, int priority,
			double confidence, Action... actions) {
		return new Rule(name, pattern, List.of(actions), priority, confidence, new Provenance(name, sourceFile, line));
	}
}
