package org.dipanno.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

	@Test
	void resultsAreHandedOverInItemOrderWithAtMostTwicePerThreadInFlight() throws Exception {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger mostInFlight = new AtomicInteger();
		List<Integer> committed = new ArrayList<>();
		Thread caller = Thread.currentThread();
		int done = OrderedPipeline.run(200, 4, index -> {
			mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			Thread.sleep(new Random(index).nextInt(3));
			return index * 10;
		}, (index, result, failure) -> {
			assertSame(caller, Thread.currentThread());
			assertEquals(index * 10, result);
			committed.add(index);
			inFlight.decrementAndGet();
		}, () -> false);
		assertEquals(200, done);
		assertEquals(java.util.stream.IntStream.range(0, 200).boxed().toList(), committed);
		assertTrue(mostInFlight.get() <= 8, "in flight: " + mostInFlight.get());
	}

	@Test
	void aFailureIsHandedOverWithItsItemAndTheOthersGoOn() throws Exception {
		List<String> seen = new ArrayList<>();
		OrderedPipeline.run(6, 3, index -> {
			if (index == 2) {
				throw new IllegalStateException("bad item");
			}
			return "item " + index;
		}, (index, result, failure) -> seen.add(failure == null ? result : index + ": " + failure.getMessage()),
				() -> false);
		assertEquals(List.of("item 0", "item 1", "2: bad item", "item 3", "item 4", "item 5"), seen);
	}

	@Test
	void oneThreadRunsEverythingOnTheCallingThread() throws Exception {
		Thread caller = Thread.currentThread();
		List<Integer> order = new ArrayList<>();
		OrderedPipeline.run(5, 1, index -> {
			assertSame(caller, Thread.currentThread());
			order.add(index);
			return index;
		}, (index, result, failure) -> order.add(-result - 1), () -> false);
		assertEquals(List.of(0, -1, 1, -2, 2, -3, 3, -4, 4, -5), order, "each item is committed before the next starts");
	}

	@Test
	void aCancelStopsTakingUpItemsAndHandsOverThoseStarted() throws Exception {
		AtomicInteger started = new AtomicInteger();
		List<Integer> committed = new ArrayList<>();
		int done = OrderedPipeline.run(1000, 2, index -> {
			started.incrementAndGet();
			return index;
		}, (index, result, failure) -> committed.add(index), () -> committed.size() >= 10);
		assertEquals(started.get(), done, "every started item is handed over");
		assertTrue(done >= 10 && done <= 14, "done: " + done);
	}

	@Test
	void aFailingCommitStopsThePassAfterTheWorkInFlightIsOver() {
		AtomicInteger running = new AtomicInteger();
		IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> OrderedPipeline.run(100, 2,
				index -> {
					running.incrementAndGet();
					Thread.sleep(5);
					running.decrementAndGet();
					return index;
				}, (index, result, failure) -> {
					if (index == 3) {
						throw new IllegalStateException("disk full");
					}
				}, () -> false));
		assertEquals("disk full", thrown.getMessage());
		assertEquals(0, running.get(), "no work runs on after the pass returned");
	}
}
