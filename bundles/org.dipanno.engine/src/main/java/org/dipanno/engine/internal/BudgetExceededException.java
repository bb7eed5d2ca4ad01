package org.dipanno.engine.internal;

/** Thrown inside the matcher when a rule has used its step budget on a document; caught per rule. */
final class BudgetExceededException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	BudgetExceededException() {
		super(null, null, false, false);
	}
}
