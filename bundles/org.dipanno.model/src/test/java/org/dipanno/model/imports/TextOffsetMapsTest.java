package org.dipanno.model.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.dipanno.model.OffsetMap;
import org.dipanno.model.SeedFiles;
import org.dipanno.text.NormalizedText;
import org.dipanno.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class TextOffsetMapsTest {

	@Test
	void aCleanSeedIsOneRun() throws Exception {
		NormalizedText normalized = TextNormalizer.normalize(SeedFiles.read("001_19fe77e609455608.txt"),
				"001_19fe77e609455608.txt");
		OffsetMap map = TextOffsetMaps.toModel(normalized.offsets());
		assertSameMapping(normalized.offsets(), map);
	}

	@Test
	void bomCrlfDecomposedMarksAndZeroWidthCharsMapLikeTheTextBundle() throws Exception {
		// BOM, "Mỹ" with a decomposed tone mark, CRLF, a zero-width space, NBSP, CR at the end
		String original = "\uFEFFM\u1EF9 va\u0300 Trung\u200B Quo\u0302\u0301c\r\nHoa\u00A0Ky\u0300\r";
		NormalizedText normalized = TextNormalizer.normalize(original.getBytes(StandardCharsets.UTF_8), "odd.txt");
		OffsetMap map = TextOffsetMaps.toModel(normalized.offsets());
		assertEquals(normalized.offsets().originalLength(), map.getOriginalLength());
		assertEquals(normalized.text().length(), map.getStoredLength());
		assertEquals(1, map.toOriginalStart(0), "the BOM is original offset 0 and was removed");
		assertSameMapping(normalized.offsets(), map);
	}

	@Test
	void everySeedMapsLikeTheTextBundle() throws Exception {
		for (String name : SeedFiles.FILE_NAMES) {
			NormalizedText normalized = TextNormalizer.normalize(SeedFiles.read(name), name);
			assertSameMapping(normalized.offsets(), TextOffsetMaps.toModel(normalized.offsets()));
		}
	}

	private static void assertSameMapping(org.dipanno.text.OffsetMap expected, OffsetMap actual) {
		assertEquals(expected.storedLength(), actual.getStoredLength());
		assertEquals(expected.originalLength(), actual.getOriginalLength());
		for (int offset = 0; offset <= expected.storedLength(); offset++) {
			assertEquals(expected.toOriginalStart(offset), actual.toOriginalStart(offset), "start " + offset);
			assertEquals(expected.toOriginalEnd(offset), actual.toOriginalEnd(offset), "end " + offset);
		}
	}
}
