package org.dipanno.engine;

import java.util.Objects;

/** Where a rule comes from: its name, the rule file and the line of its declaration. */
public record Provenance(String ruleName, String sourceFile, int line) {
	public Provenance {
		Objects.requireNonNull(ruleName, "rule name");
		Objects.requireNonNull(sourceFile, "source file of rule " + ruleName);
	}

	@Override
	public String toString() {
		return ruleName + " (" + sourceFile + ":" + line + ")";
	}
}
