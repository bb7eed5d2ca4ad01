package org.dipanno.model.imports;

import org.dipanno.model.ModelFactory;
import org.dipanno.model.OffsetMap;
import org.dipanno.model.OffsetRun;
import org.dipanno.model.custom.OffsetMaps;

/**
 * Converts the text bundle's offset map into the model's runs. The text bundle exposes its map only through its
 * mapping functions, so the runs are rebuilt from them: per stored char its original [start, end); original chars
 * before a stored char that no stored char maps to were removed (a run of stored length 0); consecutive chars mapping
 * one to one join a linear run; consecutive chars mapping to the same original range form one replaced run.
 */
public final class TextOffsetMaps {

	private TextOffsetMaps() {
	}

	public static OffsetMap toModel(org.dipanno.text.OffsetMap textMap) {
		OffsetMap map = ModelFactory.eINSTANCE.createOffsetMap();
		int storedLength = textMap.storedLength();
		map.setStoredLength(storedLength);
		map.setOriginalLength(textMap.originalLength());
		int originalCursor = 0;
		OffsetRun last = null;
		for (int stored = 0; stored < storedLength; stored++) {
			int originalStart = textMap.toOriginalStart(stored);
			int originalEnd = textMap.toOriginalEnd(stored + 1);
			if (last != null && !isLinear(last) && last.getOriginalStart() == originalStart
					&& last.getOriginalStart() + last.getOriginalLength() == originalEnd) {
				last.setLength(last.getLength() + 1); // another stored char of the same replaced segment
				continue;
			}
			if (originalStart > originalCursor) {
				OffsetMaps.addRun(map, stored, 0, originalCursor, originalStart - originalCursor);
				last = null;
			}
			boolean oneToOne = originalEnd - originalStart == 1;
			if (oneToOne && last != null && isLinear(last) && last.getStart() + last.getLength() == stored
					&& last.getOriginalStart() + last.getOriginalLength() == originalStart) {
				last.setLength(last.getLength() + 1);
				last.setOriginalLength(last.getOriginalLength() + 1);
			} else {
				last = OffsetMaps.addRun(map, stored, 1, originalStart, originalEnd - originalStart);
			}
			originalCursor = originalEnd;
		}
		if (originalCursor < textMap.originalLength()) {
			OffsetMaps.addRun(map, storedLength, 0, originalCursor, textMap.originalLength() - originalCursor);
		}
		return map;
	}

	private static boolean isLinear(OffsetRun run) {
		return run.getLength() == run.getOriginalLength();
	}
}
