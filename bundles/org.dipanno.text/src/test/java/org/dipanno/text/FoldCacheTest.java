package org.dipanno.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FoldCacheTest {

	@Test
	void repeatedSpellingsGetTheSameKeyInstance() {
		String text = "Hoà Bình và hòa bình, HOÀ BÌNH";
		String first = VietnameseText.fold(text, 0, 3);
		assertEquals("hòa", first);
		assertSame(first, VietnameseText.fold("xx Hoà", 3, 6));
		assertEquals("hòa", VietnameseText.fold(text, 12, 15));
		assertEquals("bình", VietnameseText.fold(text, 26, 30));
	}

	@Test
	void aFullCacheStillFoldsCorrectly() {
		String syllables = "ThoẢ";
		for (int n = 0; n < 40_000; n++) { // more spellings than the cache keeps
			String spelling = syllables + n + "ùy";
			assertEquals(VietnameseText.foldByNormalizer(spelling), VietnameseText.fold(spelling, 0, spelling.length()));
		}
		String late = "Khoẻ-" + 123;
		assertEquals("khỏe-123", VietnameseText.fold(late, 0, late.length()));
		assertEquals("khỏe-123", VietnameseText.fold(late, 0, late.length()));
	}

	@Test
	void longTextsAndNumbersAreFoldedWithoutTheCache() {
		String line = "Có thể bạn quan tâm: Thủ tướng Phạm Minh Chính";
		assertEquals(VietnameseText.foldByNormalizer(line), VietnameseText.fold(line, 0, line.length()));
		assertEquals("780.000", VietnameseText.fold("780.000", 0, 7));
	}
}
