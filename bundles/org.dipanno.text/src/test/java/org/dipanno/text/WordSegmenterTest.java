package org.dipanno.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WordSegmenterTest {

	private static final WordSegmenter DEFAULT = WordSegmenter.defaultSegmenter();

	/** The VLSP form of a text: its words, underscored, separated by spaces. */
	static String segmented(WordSegmenter segmenter, String text) {
		List<Token> tokens = SyllableTokenizer.tokenize(text);
		StringBuilder out = new StringBuilder();
		for (Word word : segmenter.segment(text, tokens)) {
			out.append(out.isEmpty() ? "" : " ").append(word.underscored(text));
		}
		return out.toString();
	}

	static String seedSentence(String seed, String start, String end) {
		String text = Seeds.text(seed);
		int from = text.indexOf(start);
		return text.substring(from, text.indexOf(end, from) + end.length());
	}

	@Test
	void theDictionaryIsViet74kPlusProperNames() {
		assertTrue(DEFAULT.dictionarySize() > 60_000, "" + DEFAULT.dictionarySize());
		assertTrue(DEFAULT.isDictionaryWord("bộ trưởng"));
		assertTrue(DEFAULT.isDictionaryWord("Trung Quốc"));
		// Viet74K writes "hoà bình" only; matching folds tone placement
		assertTrue(DEFAULT.isDictionaryWord("hòa bình"));
		assertTrue(DEFAULT.isDictionaryWord("HOÀ BÌNH"));
	}

	@Test
	void theWordListShipsWithItsLicence() throws Exception {
		try (var in = WordSegmenter.class.getResourceAsStream("Viet74K.LICENSE.txt")) {
			String licence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(licence.contains("@vntk/dictionary, version 1.0.0"));
			assertTrue(licence.contains("MIT License"));
			assertTrue(licence.contains("Copyright (c) 2017 Vietnamese Natural Language Processing (VNTK)"));
		}
		try (var in = WordSegmenter.class.getResourceAsStream("Viet74K.txt")) {
			assertEquals(73_901, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n").length);
		}
	}

	@Test
	void seed000LeadJoinsMinistersCountriesTradeTalksAndNames() {
		String sentence = seedSentence(Seeds.S000, "Ngày 28/8", "Gina Raimondo.");
		assertEquals("Ngày 28/8 , tại thủ_đô Bắc_Kinh , Bộ_trưởng Thương_mại Trung_Quốc Vương_Văn_Đào đã có cuộc "
				+ "hội_đàm với Bộ_trưởng Thương_mại Mỹ Gina_Raimondo .", segmented(DEFAULT, sentence));
	}

	@Test
	void seed000HyphenatedCompoundStaysThreeWords() {
		String sentence = seedSentence(Seeds.S000, "cũng như quan hệ kinh tế-thương mại Trung-Mỹ", "Trung-Mỹ");
		assertEquals("cũng_như quan_hệ kinh_tế - thương_mại Trung - Mỹ", segmented(DEFAULT, sentence));
	}

	@Test
	void seed001InitialStaysInTheName() {
		String sentence = seedSentence(Seeds.S001, "Trưởng Đại diện Thương mại Hoa Kỳ Jamieson", "Greer");
		assertEquals("Trưởng Đại_diện Thương_mại Hoa_Kỳ Jamieson_L._Greer", segmented(DEFAULT, sentence));
	}

	@Test
	void seed001VietnameseNamesAfterTitles() {
		assertEquals("Thủ_tướng Chính_phủ Phạm_Minh_Chính đã ký",
				segmented(DEFAULT, seedSentence(Seeds.S001, "Thủ tướng Chính phủ Phạm", "đã ký")));
		// "Sinh Nhật" is a dictionary word (birthday) with every syllable capitalised: it continues the name
		assertEquals("Thứ_trưởng Bộ Công_Thương Nguyễn_Sinh_Nhật_Tân giữ vai_trò",
				segmented(DEFAULT, seedSentence(Seeds.S001, "Thứ trưởng Bộ Công Thương Nguyễn Sinh", "vai trò")));
	}

	@Test
	void seed003And004ChineseNames() {
		assertEquals("Chủ_tịch Trung_Quốc Tập_Cận_Bình và Tổng_thống Mỹ Joe_Biden",
				segmented(DEFAULT, seedSentence(Seeds.S003, "Chủ tịch Trung Quốc Tập", "Joe Biden")));
		assertEquals("Ông Vương_Nghị kêu_gọi Mỹ - Trung đối_thoại sâu_sắc và toàn_diện",
				segmented(DEFAULT, seedSentence(Seeds.S004, "Ông Vương Nghị kêu gọi", "toàn diện")));
		assertEquals("Bộ_trưởng Ngoại_giao Trung_Quốc Tần_Cương .",
				segmented(DEFAULT, seedSentence(Seeds.S003, "Bộ trưởng Ngoại giao Trung Quốc Tần", "Cương.")));
	}

	@Test
	void tonePlacementVariantsSegmentAlike() {
		assertEquals("chung_sống_hòa_bình", segmented(DEFAULT, "chung sống hòa bình"));
		assertEquals("chung_sống_hoà_bình", segmented(DEFAULT, "chung sống hoà bình"));
		assertEquals("thỏa_thuận thoả_thuận", segmented(DEFAULT, "thỏa thuận thoả thuận"));
	}

	// Policy, on a small dictionary so that the expectations do not depend on Viet74K.
	private static final WordSegmenter SMALL = WordSegmenter.withDictionary(
			List.of("bộ trưởng", "thương mại", "cấp bộ", "quốc vương", "hội đàm", "sinh nhật"),
			Set.of("Trung Quốc"), List.of("Mỹ"));

	@Test
	void fewestWordsThenLongestFirstWord() {
		// "cấp bộ | trưởng" and "cấp | bộ trưởng" both have two words: the longer first word wins
		assertEquals("cấp_bộ trưởng", segmented(SMALL, "cấp bộ trưởng"));
		assertEquals("Bộ_trưởng Thương_mại", segmented(SMALL, "Bộ trưởng Thương mại"));
	}

	@Test
	void properNamesWinTiesAndNeverJoinANameRun() {
		// "Trung | Quốc Vương | Văn | Đào" has as few words, but the proper name Trung Quốc is preferred
		assertEquals("Trung_Quốc Vương_Văn_Đào", segmented(SMALL, "Trung Quốc Vương Văn Đào"));
	}

	@Test
	void nameRunsNeverStartWithAFunctionWordOrCountry() {
		assertEquals("Ông Vương_Nghị", segmented(SMALL, "Ông Vương Nghị"));
		assertEquals("Tại Washington", segmented(SMALL, "Tại Washington"));
		assertEquals("Mỹ Gina_Raimondo", segmented(SMALL, "Mỹ Gina Raimondo"));
		assertEquals("Nguyễn_Sinh_Nhật_Tân", segmented(SMALL, "Nguyễn Sinh Nhật Tân"));
		assertEquals("sinh_nhật Tân", segmented(SMALL, "sinh nhật Tân"));
		assertEquals("hội_đàm Vương_Nghị .", segmented(SMALL, "hội đàm Vương Nghị."));
	}

	@Test
	void initialsNeedNamesOnBothSides() {
		assertEquals("Jamieson_L._Greer", segmented(SMALL, "Jamieson L. Greer"));
		assertEquals("hạng A . Sau", segmented(SMALL, "hạng A. Sau"));
	}

	@Test
	void wordsNeverCrossPunctuationLineBreaksOrDomainNames() {
		assertEquals("Vương , Nghị", segmented(SMALL, "Vương, Nghị"));
		assertEquals("Vương Nghị", segmented(SMALL, "Vương\nNghị"));
		assertEquals("( Ảnh Korea.net )", segmented(DEFAULT, "(Ảnh Korea.net)"));
	}

	@Test
	void nbspBetweenSyllablesJoinsLikeASpaceAndUnderscoresOnce() {
		String text = "Bộ\u00A0trưởng";
		List<Word> words = SMALL.segment(text, SyllableTokenizer.tokenize(text));
		assertEquals(1, words.size());
		assertEquals("Bộ_trưởng", words.getFirst().underscored(text));
		assertEquals(new Word(0, 9, 0, 2), words.getFirst());
	}
}
