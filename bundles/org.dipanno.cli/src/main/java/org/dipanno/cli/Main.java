package org.dipanno.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dipanno-cli}: the headless command line over the same bundles as the workbench. It needs no display.
 * Results go to standard output, progress and errors to standard error.
 */
public final class Main {

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Main() {
		for (Command command : List.of(new ImportCommand(), new ImportAnnotationsCommand(), new ValidateCommand(), new AnnotateCommand(),
				new ExplainCommand(), new ScoreCommand(), new StatsCommand(), new ExportCommand(), new AgreementCommand(),
				new RecommendCommand(), new LexiconCommand(), new CurateCommand(),
				new LspCommand())) {
			commands.put(command.name(), command);
		}
	}

	public static void main(String[] args) {
		System.exit(new Main().run(Arrays.asList(args), System.out, System.err));
	}

	/** Runs a command line; returns the exit code. */
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Console console = new Console(out, err);
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
			out.print(overview());
			return args.isEmpty() ? 2 : 0;
		}
		Command command = commands.get(args.get(0));
		if (command == null) {
			console.error("unknown command \"" + args.get(0) + "\"");
			err.print(overview());
			return 2;
		}
		List<String> rest = new ArrayList<>(args.subList(1, args.size()));
		if (rest.contains("--help") || rest.contains("-h")) {
			out.println(command.help());
			return 0;
		}
		try {
			return command.run(rest, console);
		} catch (UsageException e) {
			console.error(command.name() + ": " + e.getMessage() + " (see dipanno-cli " + command.name() + " --help)");
			return 2;
		} catch (Exception e) {
			console.error(command.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
			return 1;
		}
	}

	private String overview() {
		StringBuilder text = new StringBuilder("Usage: dipanno-cli COMMAND [options]   (dipanno-cli COMMAND --help)\n\n");
		for (Command command : commands.values()) {
			text.append(String.format("  %-18s %s%n", command.name(), command.summary()));
		}
		return text.toString();
	}
}
