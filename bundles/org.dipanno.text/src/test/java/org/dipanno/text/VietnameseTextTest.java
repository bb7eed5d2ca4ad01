package org.dipanno.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

	@ParameterizedTest(name = "{0} ~ {1} -> {2}")
	@CsvSource({
			// new style (tone on the second vowel of open oa, oe, uy) -> traditional
			"hoà, hòa, hòa",
			"Hoà Bình, Hòa Bình, hòa bình",
			"khoẻ, khỏe, khỏe",
			"thuỷ, thủy, thủy",
			"Uỷ ban, Ủy ban, ủy ban",
			"thoả thuận, thỏa thuận, thỏa thuận",
			"hoá, hóa, hóa",
			// qu and gi onsets never carry the tone
			"qủa, quả, quả",
			"gìa, già, già",
			// misplaced tones on closed syllables and special vowels
			"hòang, hoàng, hoàng",
			"ngừơi, người, người",
			"họa, hoạ, họa" })
	void variantsOfOneSyllableFoldEqual(String variant, String other, String key) {
		assertEquals(key, VietnameseText.fold(variant));
		assertEquals(key, VietnameseText.fold(other));
		assertTrue(VietnameseText.sameFold(variant, other));
	}

	@Test
	void syllablesThatDifferOnlyInToneOrVowelStayDifferent() {
		assertNotEquals(VietnameseText.fold("hòa"), VietnameseText.fold("hóa"));
		assertNotEquals(VietnameseText.fold("thủy"), VietnameseText.fold("thùy"));
		assertNotEquals(VietnameseText.fold("quả"), VietnameseText.fold("qua"));
		assertNotEquals(VietnameseText.fold("gì"), VietnameseText.fold("giá"));
	}

	@Test
	void giAndQuWithoutAnotherVowelKeepTheToneOnTheirVowel() {
		assertEquals("gì", VietnameseText.fold("gì"));
		assertEquals("gìn", VietnameseText.fold("gìn"));
		assertEquals("quý", VietnameseText.fold("quý"));
		assertEquals("quyết", VietnameseText.fold("quyết"));
	}

	@Test
	void tonePlacementFoldingKeepsCase() {
		assertEquals("Ủy viên Bộ Chính trị", VietnameseText.foldTonePlacement("Uỷ viên Bộ Chính trị"));
		assertEquals("HÒA", VietnameseText.foldTonePlacement("HOÀ"));
		assertNotEquals(VietnameseText.foldTonePlacement("Hòa"), VietnameseText.foldTonePlacement("hòa"));
	}

	@Test
	void caseFoldingKeepsTonePlacement() {
		assertEquals("hoà", VietnameseText.foldCase("HOÀ"));
		assertNotEquals(VietnameseText.foldCase("hoà"), VietnameseText.foldCase("hòa"));
	}

	@Test
	void foldComposesNfdAndTurnsNbspIntoSpace() {
		String nfd = Normalizer.normalize("Hoà\u00A0Bình", Normalizer.Form.NFD);
		assertEquals("hòa bình", VietnameseText.fold(nfd));
	}

	@Test
	void foreignWordsAndMultiToneStringsAreUnchangedButLowerCased() {
		assertEquals("raimondo", VietnameseText.fold("Raimondo"));
		assertEquals("café au lait", VietnameseText.fold("Café au lait"));
		assertEquals("ầàa", VietnameseText.fold("ầàa"));
	}

	@Test
	void seed002WritesBothHoaSpellingsAndTheyFoldEqual() {
		String text = Seeds.text(Seeds.S002);
		// "hiện thực hoá" (new style, line 3) and "hiện thực hóa" (traditional, line 7)
		int newStyle = text.indexOf("hiện thực hoá");
		int oldStyle = text.indexOf("hiện thực hóa");
		assertTrue(newStyle > 0 && oldStyle > newStyle, newStyle + " " + oldStyle);
		assertTrue(text.contains("hài hòa") && text.contains("tự do hóa"));
		assertEquals(VietnameseText.fold("hiện thực hoá"), VietnameseText.fold("hiện thực hóa"));
		assertEquals("hiện thực hóa", VietnameseText.fold(text.substring(newStyle, newStyle + 13)));
	}
}
