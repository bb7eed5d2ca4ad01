package org.dipanno.cli;

import org.dipanno.model.persistence.OrderedPipeline;

/** The {@code --threads N} option of the commands that go through a corpus: default, the available processors. */
final class Threads {

	static final String OPTION = "threads";

	private Threads() {
	}

	static int of(Arguments arguments) throws UsageException {
		long threads = arguments.longValue(OPTION, OrderedPipeline.defaultThreads());
		if (threads < 1 || threads > 1024) {
			throw new UsageException("--threads takes a number from 1 to 1024, not " + threads);
		}
		return (int) threads;
	}
}
