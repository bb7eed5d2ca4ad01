package org.dipanno.model.custom;

import org.dipanno.model.ModelFactory;
import org.dipanno.model.OffsetMap;
import org.dipanno.model.OffsetSegment;
import org.dipanno.model.OffsetUnit;

/**
 * Converts between an offset array (stored offset i maps to original offset array[i]) and its run-length form
 * {@link OffsetMap}: consecutive positions whose original offsets also advance by one share a segment, so a clean
 * file gives one segment and each normalization (BOM, CRLF, NFD, NBSP, zero-width char) starts a new one.
 */
public final class OffsetMaps {

	private OffsetMaps() {
	}

	public static OffsetMap fromArray(int[] originalOffsets, int originalLength, OffsetUnit unit) {
		OffsetMap map = ModelFactory.eINSTANCE.createOffsetMap();
		map.setUnit(unit);
		map.setOriginalLength(originalLength);
		int i = 0;
		while (i < originalOffsets.length) {
			int runStart = i;
			while (i + 1 < originalOffsets.length && originalOffsets[i + 1] == originalOffsets[i] + 1) {
				i++;
			}
			i++;
			OffsetSegment segment = ModelFactory.eINSTANCE.createOffsetSegment();
			segment.setStart(runStart);
			segment.setOriginalStart(originalOffsets[runStart]);
			segment.setLength(i - runStart);
			map.getSegments().add(segment);
		}
		return map;
	}

	public static int[] toArray(OffsetMap map) {
		int size = 0;
		for (OffsetSegment segment : map.getSegments()) {
			size = Math.max(size, segment.getStart() + segment.getLength());
		}
		int[] offsets = new int[size];
		for (OffsetSegment segment : map.getSegments()) {
			for (int k = 0; k < segment.getLength(); k++) {
				offsets[segment.getStart() + k] = segment.getOriginalStart() + k;
			}
		}
		return offsets;
	}

	/** The original offset of a stored offset; binary search over the segments, which are in stored-offset order. */
	public static int originalOffset(OffsetMap map, int offset) {
		var segments = map.getSegments();
		int low = 0;
		int high = segments.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			OffsetSegment segment = segments.get(middle);
			if (offset < segment.getStart()) {
				high = middle - 1;
			} else if (offset >= segment.getStart() + segment.getLength()) {
				low = middle + 1;
			} else {
				return segment.getOriginalStart() + offset - segment.getStart();
			}
		}
		throw new IndexOutOfBoundsException("Offset " + offset + " is not covered by the offset map");
	}
}
