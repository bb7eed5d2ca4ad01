package org.dipanno.rules.examples;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where the rule engine registers its {@link ExampleEvaluator} (e.g. when its
 * bundle starts). Without one, examples are reported as not run, never as passed.
 */
public final class ExampleEvaluators {

	private static final AtomicReference<ExampleEvaluator> CURRENT = new AtomicReference<>();

	private ExampleEvaluators() {
	}

	/** Registers an evaluator; closing the returned handle removes it again. */
	public static AutoCloseable register(ExampleEvaluator evaluator) {
		CURRENT.set(evaluator);
		return () -> CURRENT.compareAndSet(evaluator, null);
	}

	public static Optional<ExampleEvaluator> current() {
		return Optional.ofNullable(CURRENT.get());
	}
}
