package org.dipanno.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class ToneMarkKeysTest {

	private final ToneMarkKeys keys = ToneMarkKeys.INSTANCE;

	@Test
	void tonePlacementAndCaseDoNotMatter() {
		// Article 002 writes both "hòa" and "hoà"; "Ủy" and "Uỷ" likewise.
		assertEquals(keys.fold("hòa"), keys.fold("hoà"));
		assertEquals(keys.fold("HÒA"), keys.fold("hoà"));
		assertEquals(keys.fold("Ủy"), keys.fold("Uỷ"));
		assertEquals(keys.fold("thuỷ"), keys.fold("thủy"));
		assertEquals(keys.fold("hòa"), keys.fold(Normalizer.normalize("hòa", Normalizer.Form.NFD)));
	}

	@Test
	void tonesAndLettersStillMatter() {
		assertNotEquals(keys.fold("hoa"), keys.fold("hòa"));
		assertNotEquals(keys.fold("hòa"), keys.fold("hóa"));
		assertNotEquals(keys.fold("đa"), keys.fold("da"));
		assertEquals("trung", keys.fold("Trung"));
		assertEquals("đ", keys.fold("Đ"));
	}

	@Test
	void fastTableFoldingAgreesWithNormalizingFoldingOnEverySeedToken() throws Exception {
		int checked = 0;
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../../seeds"))) {
			for (var file : files.toList()) {
				for (String token : keys.split(java.nio.file.Files.readString(file))) {
					assertEquals(ToneMarkKeys.foldSlowly(token), keys.fold(token), token);
					checked++;
				}
			}
		}
		assertEquals(true, checked > 5000, "tokens checked: " + checked);
	}

	@Test
	void splitsPhrasesLikeTheAnalyzer() {
		assertEquals(List.of("Jamieson", "L", ".", "Greer"), keys.split("Jamieson L. Greer"));
		assertEquals(List.of("ngày", "23/4", ","), keys.split("ngày 23/4,"));
	}
}
