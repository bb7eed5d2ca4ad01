package org.dipanno.cli;

/** The command line was not understood; the message says what to write instead. Exit code 2. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
