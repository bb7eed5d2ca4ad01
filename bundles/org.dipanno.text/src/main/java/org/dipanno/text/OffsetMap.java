package org.dipanno.text;

import java.util.Arrays;

/**
 * Maps character offsets (UTF-16 code units) of a stored text to the decoded
 * original file and back.
 *
 * <p>The original is the file decoded as UTF-8 with nothing removed (a BOM, if
 * present, is original offset 0). The map is run-length encoded: a run is a
 * stored range and the original range it came from. A run of equal lengths maps
 * offset by offset (unchanged text, or a lone CR turned into LF); a run of
 * different lengths is a replaced segment (an NFC composition, or a deleted
 * character with stored length 0) and maps as a whole. Unchanged text is one run
 * however long it is, so a file that needed no normalization has one run.
 *
 * <p>Spans map with {@link #toOriginalStart(int)} for their start and
 * {@link #toOriginalEnd(int)} for their (exclusive) end, so that the span of a
 * stored token covers exactly the original characters it came from, including
 * combining marks composed into it, and excludes removed characters around it.
 * Instances are immutable.
 */
public final class OffsetMap {

	/** Run k covers stored [storedStarts[k], storedStarts[k+1]); the last entry is the stored length. */
	private final int[] storedStarts;
	/** Run k covers original [originalStarts[k], originalStarts[k+1]); the last entry is the original length. */
	private final int[] originalStarts;

	private OffsetMap(int[] storedStarts, int[] originalStarts) {
		this.storedStarts = storedStarts;
		this.originalStarts = originalStarts;
	}

	/** The map of a text stored exactly as it was read. */
	public static OffsetMap identity(int length) {
		return new OffsetMap(new int[] { 0, length }, new int[] { 0, length });
	}

	public int storedLength() {
		return storedStarts[storedStarts.length - 1];
	}

	public int originalLength() {
		return originalStarts[originalStarts.length - 1];
	}

	/** The number of runs; 1 when stored and original text are identical. */
	public int runCount() {
		return storedStarts.length - 1;
	}

	/** True if every stored offset equals its original offset. */
	public boolean isIdentity() {
		return runCount() <= 1 && storedLength() == originalLength();
	}

	/** The original offset of the character at stored offset {@code storedOffset} (or of the end, at the length). */
	public int toOriginalStart(int storedOffset) {
		checkRange(storedOffset, storedLength(), "stored");
		if (storedOffset == storedLength()) {
			return originalLength();
		}
		int run = runContaining(storedStarts, storedOffset);
		return isLinear(run) ? originalStarts[run] + storedOffset - storedStarts[run] : originalStarts[run];
	}

	/** The original end offset (exclusive) of a stored span ending (exclusive) at {@code storedEnd}. */
	public int toOriginalEnd(int storedEnd) {
		checkRange(storedEnd, storedLength(), "stored");
		if (storedEnd == 0) {
			return toOriginalStart(0);
		}
		int run = runContaining(storedStarts, storedEnd - 1);
		return isLinear(run) ? originalStarts[run] + storedEnd - storedStarts[run] : originalStarts[run + 1];
	}

	/**
	 * The stored offset of the character at original offset {@code originalOffset};
	 * a removed character maps to the stored offset where it was removed.
	 */
	public int toStoredStart(int originalOffset) {
		checkRange(originalOffset, originalLength(), "original");
		if (originalOffset == originalLength()) {
			return storedLength();
		}
		int run = runContaining(originalStarts, originalOffset);
		return isLinear(run) ? storedStarts[run] + originalOffset - originalStarts[run] : storedStarts[run];
	}

	/** The stored end offset (exclusive) of an original span ending (exclusive) at {@code originalEnd}. */
	public int toStoredEnd(int originalEnd) {
		checkRange(originalEnd, originalLength(), "original");
		if (originalEnd == 0) {
			return toStoredStart(0);
		}
		int run = runContaining(originalStarts, originalEnd - 1);
		return isLinear(run) ? storedStarts[run] + originalEnd - originalStarts[run] : storedStarts[run + 1];
	}

	private boolean isLinear(int run) {
		return storedStarts[run + 1] - storedStarts[run] == originalStarts[run + 1] - originalStarts[run];
	}

	/** The last non-empty run whose range (in {@code starts}) contains {@code offset}. */
	private int runContaining(int[] starts, int offset) {
		int found = Arrays.binarySearch(starts, 0, starts.length - 1, offset);
		int run = found >= 0 ? found : -found - 2;
		// Several runs can start at the same offset when some are empty (deletions); take the last.
		while (run + 1 < starts.length - 1 && starts[run + 1] == offset) {
			run++;
		}
		while (starts[run + 1] == starts[run]) {
			run++;
		}
		return run;
	}

	private static void checkRange(int offset, int length, String side) {
		if (offset < 0 || offset > length) {
			throw new IndexOutOfBoundsException(side + " offset " + offset + " outside [0, " + length + "]");
		}
	}

	/** Maps are equal if they map every offset alike (same runs). */
	@Override
	public boolean equals(Object other) {
		return other instanceof OffsetMap map && Arrays.equals(storedStarts, map.storedStarts)
				&& Arrays.equals(originalStarts, map.originalStarts);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(storedStarts) + Arrays.hashCode(originalStarts);
	}

	@Override
	public String toString() {
		return "OffsetMap[" + runCount() + " runs, stored " + storedLength() + ", original " + originalLength() + "]";
	}

	/** Builds a map run by run, in text order, merging adjacent unchanged runs. */
	static final class Builder {
		private int[] stored = new int[16];
		private int[] original = new int[16];
		private int size; // number of run starts recorded
		private int storedEnd;
		private int originalEnd;
		private boolean lastLinear;

		/** Text copied unchanged (or replaced char for char). */
		void linear(int length) {
			if (length == 0) {
				return;
			}
			if (!(size > 0 && lastLinear)) {
				start(true);
			}
			storedEnd += length;
			originalEnd += length;
		}

		/** Original characters replaced by a stored segment of another length (0 = deleted). */
		void replaced(int storedLength, int originalLength) {
			if (storedLength == originalLength) {
				linear(storedLength);
				return;
			}
			start(false);
			storedEnd += storedLength;
			originalEnd += originalLength;
		}

		private void start(boolean linear) {
			if (size == stored.length) {
				stored = Arrays.copyOf(stored, size * 2);
				original = Arrays.copyOf(original, size * 2);
			}
			stored[size] = storedEnd;
			original[size] = originalEnd;
			size++;
			lastLinear = linear;
		}

		OffsetMap build() {
			if (size == 0) {
				return identity(0);
			}
			int[] s = Arrays.copyOf(stored, size + 1);
			int[] o = Arrays.copyOf(original, size + 1);
			s[size] = storedEnd;
			o[size] = originalEnd;
			return new OffsetMap(s, o);
		}
	}
}
