package org.dipanno.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.PlainTextAnalyzer;
import org.junit.jupiter.api.Test;

class LexiconTest {

	private final SyllableVocabulary vocabulary = new SyllableVocabulary();
	private final MatchingKeys keys = ToneMarkKeys.INSTANCE;

	@Test
	void tonePlacementVariantsAreTheSameEntry() {
		Lexicon lexicon = Lexicon.builder("words", vocabulary, keys).add("hòa bình").add("Ủy ban").build();
		assertTrue(lexicon.contains("hoà bình", keys));
		assertTrue(lexicon.contains("HÒA BÌNH", keys));
		assertTrue(lexicon.contains("Uỷ ban", keys));
		assertFalse(lexicon.contains("hoa bình", keys));
		assertEquals(vocabulary.lookup(keys.fold("hòa")), vocabulary.lookup(keys.fold("hoà")));
	}

	@Test
	void normalizedValuesOfCountryNames() {
		Lexicon countries = Lexicon.builder("countries", vocabulary, keys).add("Hoa Kỳ", "USA").add("Mỹ", "USA")
				.add("Trung Quốc", "CHN").build();
		assertEquals("USA", countries.valueOf("Hoa Kỳ", keys));
		assertEquals("USA", countries.valueOf("hoa kỳ", keys));
		assertEquals("CHN", countries.valueOf("TRUNG QUỐC", keys));
		assertNull(countries.valueOf("Trung", keys));
		assertEquals(3, countries.entryCount());
		assertEquals(2, countries.maxLength());
	}

	@Test
	void exactEntriesCompareTheWrittenForm() {
		Lexicon abbreviations = Lexicon.builder("abbreviations", vocabulary, keys).add("APEC", "APEC", true).build();
		assertTrue(abbreviations.contains("APEC", keys));
		assertFalse(abbreviations.contains("Apec", keys));
	}

	@Test
	void allMatchesStartingAtAPositionShortestFirstWithoutAllocation() {
		Lexicon titles = Lexicon.builder("titles", vocabulary, keys).add("Bộ trưởng").add("Bộ trưởng Thương mại")
				.add("Bộ").build();
		EngineDocument doc = PlainTextAnalyzer.analyzeBody("000", "Bộ trưởng Thương mại Trung Quốc", keys);
		int[] ids = new int[doc.tokenCount()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = vocabulary.lookup(doc.foldedKey(i));
		}
		int[] ends = new int[titles.maxLength()];
		int[] nodes = new int[titles.maxLength()];
		int count = titles.matchesAt(ids, 0, ids.length, ends, nodes);
		assertEquals(3, count);
		assertArrayEquals(new int[] { 1, 2, 4 }, Arrays.copyOf(ends, count));
		assertEquals(List.of("Bộ", "trưởng", "Thương", "mại"), titles.entryTokens(titles.firstEntry(nodes[2])));
		assertEquals(0, titles.matchesAt(ids, 1, ids.length, ends, nodes));
		// "Trung" and "Quốc" are not in the vocabulary's lexicons: unknown ids stop the walk.
		assertEquals(SyllableVocabulary.UNKNOWN, ids[4]);
	}

	@Test
	void firstSyllablesIndexTheEntries() {
		Lexicon lexicon = Lexicon.builder("l", vocabulary, keys).add("Bộ trưởng").add("Bộ Công Thương").add("Đại sứ")
				.build();
		int[] first = lexicon.firstSyllables();
		assertEquals(2, first.length);
		assertTrue(Arrays.stream(first).anyMatch(id -> id == vocabulary.lookup(keys.fold("bộ"))));
		assertTrue(Arrays.stream(first).anyMatch(id -> id == vocabulary.lookup(keys.fold("Đại"))));
	}

	@Test
	void blankEntriesAreRefusedNamingTheLexicon() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> Lexicon.builder("titles", vocabulary, keys).add("  "));
		assertEquals("Lexicon titles: empty entry '  '", e.getMessage());
	}

	@Test
	void aLargeListKeepsEveryEntry() {
		Lexicon.Builder builder = Lexicon.builder("large", vocabulary, keys);
		for (int i = 0; i < 20_000; i++) {
			builder.add("từ " + i + " mục", Integer.toString(i));
		}
		Lexicon large = builder.build();
		assertEquals(20_000, large.entryCount());
		assertEquals("12345", large.valueOf("Từ 12345 mục", keys));
		assertNull(large.valueOf("từ 20000 mục", keys));
	}
}
