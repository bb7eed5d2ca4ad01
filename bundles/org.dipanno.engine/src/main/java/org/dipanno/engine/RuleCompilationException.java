package org.dipanno.engine;

/** A rule set that cannot be compiled: the message names the rule (with file and line) and the problem. */
public class RuleCompilationException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public RuleCompilationException(String message) {
		super(message);
	}

	public RuleCompilationException(String message, Throwable cause) {
		super(message, cause);
	}
}
