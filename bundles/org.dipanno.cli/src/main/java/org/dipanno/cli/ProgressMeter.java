package org.dipanno.cli;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long pass over documents on standard error: documents done of all, rate in documents and megabytes
 * per second, and the time left. Nothing is shown for the first {@value #QUIET_SECONDS} seconds, so short runs print
 * what they always printed; on a terminal one line is rewritten in place at most every second, otherwise (a log
 * file) a line is added every {@value #LOG_SECONDS} seconds.
 */
final class ProgressMeter {

	static final double QUIET_SECONDS = 2;
	static final double LOG_SECONDS = 10;

	private final String what;
	private final int total;
	private final LongSupplier nanoClock;
	private final Consumer<String> sink;
	private final boolean terminal;
	private final long start;
	private double lastShown = -1;
	private boolean shown;

	/**
	 * @param sink     takes each line (on a terminal, a carriage return and the line, without a line end)
	 * @param terminal whether standard error is a terminal
	 */
	ProgressMeter(String what, int total, LongSupplier nanoClock, Consumer<String> sink, boolean terminal) {
		this.what = what;
		this.total = total;
		this.nanoClock = nanoClock;
		this.sink = sink;
		this.terminal = terminal;
		this.start = nanoClock.getAsLong();
	}

	/** A meter on the console's standard error, terminal or not as the JVM sees it. */
	static ProgressMeter on(Console console, String what, int total) {
		boolean terminal = System.console() != null && console.err() == System.err;
		return new ProgressMeter(what, total, System::nanoTime, line -> {
			console.err().print(terminal ? line : line + System.lineSeparator());
			console.err().flush();
		}, terminal);
	}

	/** Documents done so far and the bytes of their text. */
	void update(int done, long bytes) {
		double seconds = (nanoClock.getAsLong() - start) / 1e9;
		if (seconds < QUIET_SECONDS || (lastShown >= 0 && seconds - lastShown < (terminal ? 1 : LOG_SECONDS))) {
			return;
		}
		lastShown = seconds;
		shown = true;
		String line = format(what, done, total, bytes, seconds);
		sink.accept(terminal ? "\r" + line : line);
	}

	/** Ends the meter's line on a terminal, when it showed anything. */
	void finish() {
		if (shown && terminal) {
			sink.accept(System.lineSeparator());
		}
	}

	/** E.g. "annotate: 1,200 of 200,000 documents (0.6 %), 41.3 documents/s, 0.43 MB/s, 1 h 20 min left". */
	static String format(String what, int done, int total, long bytes, double seconds) {
		double perSecond = seconds > 0 ? done / seconds : 0;
		String left = perSecond > 0 ? duration((total - done) / perSecond) + " left" : "time left unknown";
		return String.format(Locale.ROOT, "%s: %,d of %,d documents (%.1f %%), %.1f documents/s, %.2f MB/s, %s", what,
				done, total, total == 0 ? 100.0 : 100.0 * done / total, perSecond,
				seconds > 0 ? bytes / 1e6 / seconds : 0.0, left);
	}

	/** "45 s", "12 min 5 s", "3 h 20 min". */
	static String duration(double seconds) {
		long whole = Math.round(seconds);
		if (whole < 60) {
			return whole + " s";
		}
		if (whole < 3600) {
			return whole / 60 + " min " + whole % 60 + " s";
		}
		return whole / 3600 + " h " + whole % 3600 / 60 + " min";
	}
}
