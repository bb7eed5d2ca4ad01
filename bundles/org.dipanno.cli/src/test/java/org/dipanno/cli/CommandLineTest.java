package org.dipanno.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Base of the tests that run {@code dipanno-cli} commands in-process and read what they printed. */
abstract class CommandLineTest {

	/** What the last {@link #run} printed on standard output and standard error. */
	protected String out;
	protected String err;

	/** Runs the command line with these arguments and returns its exit code. */
	protected int run(String... args) {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		int code = new Main().run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
				new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}
}
