package org.dipanno.model.custom;

import java.util.List;

import org.dipanno.model.ModelFactory;
import org.dipanno.model.OffsetMap;
import org.dipanno.model.OffsetRun;

/**
 * Behaviour of {@link OffsetMap}, with the semantics of {@code org.dipanno.text.OffsetMap}: runs tile the stored and
 * the original text in order; a run of equal lengths maps offset by offset, a run of different lengths maps as a
 * whole (a start maps to the run's original start, an end to its original end); a run of stored length 0 is text
 * removed from the original.
 */
public final class OffsetMaps {

	private OffsetMaps() {
	}

	/** The map of a text stored exactly as it was read: one run. */
	public static OffsetMap identity(int length) {
		OffsetMap map = ModelFactory.eINSTANCE.createOffsetMap();
		map.setStoredLength(length);
		map.setOriginalLength(length);
		if (length > 0) {
			addRun(map, 0, length, 0, length);
		}
		return map;
	}

	/** Appends a run; runs must be added in text order. */
	public static OffsetRun addRun(OffsetMap map, int start, int length, int originalStart, int originalLength) {
		OffsetRun run = ModelFactory.eINSTANCE.createOffsetRun();
		run.setStart(start);
		run.setLength(length);
		run.setOriginalStart(originalStart);
		run.setOriginalLength(originalLength);
		map.getRuns().add(run);
		return run;
	}

	public static int toOriginalStart(OffsetMap map, int storedOffset) {
		checkRange(map, storedOffset);
		if (storedOffset == map.getStoredLength()) {
			return map.getOriginalLength();
		}
		OffsetRun run = runContaining(map.getRuns(), storedOffset);
		return isLinear(run) ? run.getOriginalStart() + storedOffset - run.getStart() : run.getOriginalStart();
	}

	public static int toOriginalEnd(OffsetMap map, int storedEnd) {
		checkRange(map, storedEnd);
		if (storedEnd == 0) {
			return toOriginalStart(map, 0);
		}
		OffsetRun run = runContaining(map.getRuns(), storedEnd - 1);
		return isLinear(run) ? run.getOriginalStart() + storedEnd - run.getStart()
				: run.getOriginalStart() + run.getOriginalLength();
	}

	private static boolean isLinear(OffsetRun run) {
		return run.getLength() == run.getOriginalLength();
	}

	/** The non-empty run that covers the char at a stored offset (binary search; runs are in stored order). */
	private static OffsetRun runContaining(List<OffsetRun> runs, int storedOffset) {
		int low = 0;
		int high = runs.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			OffsetRun run = runs.get(middle);
			if (storedOffset < run.getStart()) {
				high = middle - 1;
			} else if (storedOffset >= run.getStart() + run.getLength()) {
				low = middle + 1;
			} else {
				return run;
			}
		}
		throw new IllegalStateException("The offset map has no run covering stored offset " + storedOffset
				+ " (runs must tile the stored text)");
	}

	private static void checkRange(OffsetMap map, int storedOffset) {
		if (storedOffset < 0 || storedOffset > map.getStoredLength()) {
			throw new IndexOutOfBoundsException(
					"stored offset " + storedOffset + " outside [0, " + map.getStoredLength() + "]");
		}
	}
}
