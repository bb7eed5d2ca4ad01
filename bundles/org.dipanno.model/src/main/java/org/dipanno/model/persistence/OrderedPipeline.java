package org.dipanno.model.persistence;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs work on items 0..n-1 on a pool of threads and hands the results over in item order, on the calling thread: a
 * pass over a corpus uses every core and still reports, commits and writes in document order, so its output is the
 * same whatever the number of threads. At most {@code inFlight} items are taken up and not yet handed over, so memory
 * holds that many documents, not the corpus. With one thread everything runs on the calling thread, one item after
 * the other.
 */
public final class OrderedPipeline {

	/** The work on one item, on a pool thread; a failure is handed over with the item. */
	@FunctionalInterface
	public interface Work<R> {
		R apply(int index) throws Exception;
	}

	/** Takes the items' results in item order, on the calling thread. */
	@FunctionalInterface
	public interface Commit<R> {
		void accept(int index, R result, Exception failure) throws Exception;
	}

	private OrderedPipeline() {
	}

	/**
	 * Waits until the work already started is over, so that nothing writes after the pass returned (e.g. once the
	 * corpus lock is released).
	 */
	private static void awaitTermination(ExecutorService pool) {
		boolean interrupted = false;
		while (true) {
			try {
				if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
					break;
				}
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** The default number of threads: the available processors. */
	public static int defaultThreads() {
		return Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Runs the work on every item with the given number of threads, at most twice as many items in flight.
	 *
	 * @param canceled asked before each item is taken up; once true, no further item is started, and those already
	 *                 started are still handed over
	 * @return the number of items handed over
	 * @throws Exception what {@code commit} threw (the items not yet started are then left alone)
	 */
	public static <R> int run(int count, int threads, Work<R> work, Commit<R> commit, BooleanSupplier canceled)
			throws Exception {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, not " + threads);
		}
		if (threads == 1 || count <= 1) {
			int done = 0;
			for (int i = 0; i < count && !canceled.getAsBoolean(); i++) {
				R result = null;
				Exception failure = null;
				try {
					result = work.apply(i);
				} catch (Exception e) {
					failure = e;
				}
				commit.accept(i, result, failure);
				done++;
			}
			return done;
		}
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "dipanno-pipeline-" + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		int inFlight = 2 * threads;
		ArrayDeque<Future<R>> window = new ArrayDeque<>();
		int next = 0;
		int done = 0;
		try {
			while (true) {
				while (window.size() < inFlight && next < count && !canceled.getAsBoolean()) {
					int index = next++;
					window.add(pool.submit(() -> work.apply(index)));
				}
				Future<R> head = window.poll();
				if (head == null) {
					return done;
				}
				R result = null;
				Exception failure = null;
				try {
					result = head.get();
				} catch (ExecutionException e) {
					failure = e.getCause() instanceof Exception cause ? cause : new RuntimeException(e.getCause());
				}
				commit.accept(done, result, failure);
				done++;
			}
		} finally {
			for (Future<R> pending : window) {
				pending.cancel(false);
			}
			pool.shutdown();
			awaitTermination(pool);
		}
	}
}
