package org.dipanno.cli;

import java.util.List;

/** One subcommand of {@code dipanno-cli}. */
interface Command {

	String name();

	/** One line for the command overview. */
	String summary();

	/** The text of {@code dipanno-cli NAME --help}. */
	String help();

	/** Runs the command; returns the exit code (0 success, 1 failure, 2 usage). */
	int run(List<String> arguments, Console console) throws Exception;
}
