package org.dipanno.cli;

import java.io.PrintStream;

/** Where a command writes: results to standard output, progress and errors to standard error. */
public record Console(PrintStream out, PrintStream err) {

	public void progress(String message) {
		err.println(message);
	}

	public void error(String message) {
		err.println("dipanno-cli: " + message);
	}
}
