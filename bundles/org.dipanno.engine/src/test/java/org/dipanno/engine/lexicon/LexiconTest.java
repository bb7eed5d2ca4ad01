package org.dipanno.engine.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.PlainTextAnalyzer;
import org.junit.jupiter.api.Test;

class LexiconTest {

	private final SyllableVocabulary vocabulary = new SyllableVocabulary();
	private final MatchingKeys keys = VietnameseKeys.INSTANCE;

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
	void anEntryEndingExactlyAtAToken() {
		Lexicon lexicon = Lexicon.builder("l", vocabulary, keys).add("Bộ trưởng").add("APEC", null, true)
				.add("Việt Nam").build();
		EngineDocument doc = PlainTextAnalyzer.analyzeBody("000", "Bộ trưởng Apec APEC gặp bộ trưởng Việt", keys);
		int[] ids = new int[doc.tokenCount()];
		int[] starts = new int[ids.length];
		int[] ends = new int[ids.length];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = vocabulary.lookup(doc.foldedKey(i));
			starts[i] = doc.tokenStart(i);
			ends[i] = doc.tokenEnd(i);
		}
		String text = doc.text();
		assertTrue(lexicon.hasEntry(ids, 0, 2, text, starts, ends), "Bộ trưởng");
		assertFalse(lexicon.hasEntry(ids, 0, 1, text, starts, ends), "Bộ: only the start of an entry");
		assertFalse(lexicon.hasEntry(ids, 0, 3, text, starts, ends), "Bộ trưởng Apec: beyond an entry");
		assertFalse(lexicon.hasEntry(ids, 2, 3, text, starts, ends), "Apec: the exact entry is written APEC");
		assertTrue(lexicon.hasEntry(ids, 3, 4, text, starts, ends), "APEC");
		assertTrue(lexicon.hasEntry(ids, 5, 7, text, starts, ends), "bộ trưởng: case does not matter");
		assertFalse(lexicon.hasEntry(ids, 7, 8, text, starts, ends), "Việt: the end of the text before Nam");
		assertFalse(lexicon.hasEntry(ids, 4, 4, text, starts, ends), "no tokens");
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

	/**
	 * Random lists against a plain map of keys: every start of random token sequences, with limits that cut walks
	 * short, tokens unknown to the vocabulary, syllables interned after the lexicon was built, and a second lexicon
	 * of syllables interned late (high ids). Walks must find the same ends and entries in the same order.
	 */
	@Test
	void walksAgreeWithAPlainMapOfKeys() {
		Random random = new Random(20240611L);
		RandomList early = new RandomList(random, syllables(random, "", 300), 4000);
		RandomList late = new RandomList(random, syllables(random, "x", 150), 1500);
		List<String> newer = syllables(random, "z", 400); // interned after both lexicons were built
		for (String syllable : newer) {
			vocabulary.intern(keys.fold(syllable));
		}
		int matches = 0;
		for (int round = 0; round < 40; round++) {
			List<String> tokens = new ArrayList<>();
			while (tokens.size() < 300) {
				int pick = random.nextInt(10);
				if (pick < 4) {
					early.addWrittenEntry(random, tokens);
				} else if (pick < 6) {
					late.addWrittenEntry(random, tokens);
				} else if (pick < 8) {
					tokens.add(random.nextBoolean() ? early.anySyllable(random) : late.anySyllable(random));
				} else if (pick < 9) {
					tokens.add(newer.get(random.nextInt(newer.size())));
				} else {
					tokens.add("qqq"); // never interned: UNKNOWN
				}
			}
			Text text = new Text(tokens, vocabulary, keys);
			for (int from = 0; from < tokens.size(); from++) {
				for (int limit : new int[] { tokens.size(), from + random.nextInt(4), from }) {
					matches += early.checkWalks(text, from, Math.min(limit, tokens.size()));
					late.checkWalks(text, from, Math.min(limit, tokens.size()));
				}
			}
		}
		assertTrue(matches > 10_000, "the sequences hit the list: " + matches);
		early.checkWholePhrases();
		late.checkWholePhrases();
	}

	/** Random distinct lower-case syllables (letters only, so that each is one token), each starting with prefix. */
	private static List<String> syllables(Random random, String prefix, int count) {
		String[] onsets = { "b", "c", "d", "g", "h", "k", "l", "m", "n", "ph", "qu", "r", "s", "t", "th", "tr", "v" };
		String[] vowels = { "a", "e", "i", "o", "u", "ai", "ao", "oi", "ua", "uy", "ie" };
		String[] codas = { "", "n", "ng", "m", "c", "t", "p" };
		LinkedHashSet<String> out = new LinkedHashSet<>();
		while (out.size() < count) {
			out.add(prefix + onsets[random.nextInt(onsets.length)] + vowels[random.nextInt(vowels.length)]
					+ codas[random.nextInt(codas.length)]);
		}
		return new ArrayList<>(out);
	}

	/** Tokens written with spaces, their offsets and their ids as a document would have them. */
	private record Text(List<String> tokens, String text, int[] starts, int[] ends, int[] ids) {
		Text(List<String> tokens, SyllableVocabulary vocabulary, MatchingKeys keys) {
			this(tokens, String.join(" ", tokens), new int[tokens.size()], new int[tokens.size()],
					new int[tokens.size()]);
			for (int i = 0, at = 0; i < tokens.size(); i++) {
				starts[i] = at;
				ends[i] = at + tokens.get(i).length();
				ids[i] = vocabulary.lookup(keys.fold(tokens.get(i)));
				at = ends[i] + 1;
			}
		}
	}

	/** A random list built into a lexicon, with the same entries in a map from folded keys to entries. */
	private final class RandomList {
		private final List<String> syllables;
		private final Lexicon lexicon;
		private final List<List<String>> written = new ArrayList<>();
		private final List<Boolean> exact = new ArrayList<>();
		private final Map<List<Integer>, List<Integer>> entriesByKey = new HashMap<>();

		RandomList(Random random, List<String> syllables, int entries) {
			this.syllables = syllables;
			Lexicon.Builder builder = Lexicon.builder("random", vocabulary, keys);
			for (int entry = 0; entry < entries; entry++) {
				List<String> tokens = new ArrayList<>();
				int pick = random.nextInt(10);
				if (pick < 3 && !written.isEmpty()) { // an entry of another with more syllables: shared prefixes
					tokens.addAll(written.get(random.nextInt(written.size())));
					for (int k = 1 + random.nextInt(2); k > 0; k--) {
						tokens.add(syllables.get(random.nextInt(syllables.size())));
					}
				} else if (pick < 4 && !written.isEmpty()) { // the same key again, maybe written otherwise
					for (String token : written.get(random.nextInt(written.size()))) {
						tokens.add(random.nextBoolean() ? token : capitalized(token));
					}
				} else {
					// A few frequent first syllables, so that some nodes have many children.
					tokens.add(syllables.get(random.nextInt(random.nextBoolean() ? 20 : syllables.size())));
					for (int k = random.nextInt(4); k > 0; k--) {
						tokens.add(syllables.get(random.nextInt(syllables.size())));
					}
				}
				boolean isExact = random.nextInt(4) == 0;
				if (isExact && random.nextBoolean()) {
					tokens.replaceAll(RandomList::capitalized);
				}
				builder.add(String.join(" ", tokens), "v" + entry, isExact);
				written.add(tokens);
				exact.add(isExact);
				entriesByKey.computeIfAbsent(key(tokens), k -> new ArrayList<>()).add(entry);
			}
			this.lexicon = builder.build();
		}

		private static String capitalized(String token) {
			return Character.toUpperCase(token.charAt(0)) + token.substring(1);
		}

		private List<Integer> key(List<String> tokens) {
			return tokens.stream().map(t -> vocabulary.lookup(keys.fold(t))).toList();
		}

		String anySyllable(Random random) {
			return syllables.get(random.nextInt(syllables.size()));
		}

		/** An entry's tokens: as written in the list or in another case (which exact entries refuse). */
		void addWrittenEntry(Random random, List<String> tokens) {
			for (String token : written.get(random.nextInt(written.size()))) {
				tokens.add(random.nextInt(3) == 0 ? token.toUpperCase() : token);
			}
		}

		/** Checks both walks at one start; returns the number of matches. */
		int checkWalks(Text text, int from, int limit) {
			List<Integer> expectedEnds = new ArrayList<>();
			List<List<Integer>> expectedEntries = new ArrayList<>();
			long expectedLongest = -1;
			for (int end = from + 1; end <= Math.min(limit, from + lexicon.maxLength()); end++) {
				List<Integer> entries = entriesByKey.get(Arrays.stream(text.ids, from, end).boxed().toList());
				if (entries != null) {
					expectedEnds.add(end);
					expectedEntries.add(entries);
					for (int entry : entries) {
						if (!exact.get(entry) || written.get(entry).equals(text.tokens.subList(from, end))) {
							expectedLongest = (long) end << 32 | entry;
							break;
						}
					}
				}
			}
			int[] ends = new int[lexicon.maxLength()];
			int[] nodes = new int[lexicon.maxLength()];
			int count = lexicon.matchesAt(text.ids, from, limit, ends, nodes);
			Supplier<String> where = () -> "at " + from + " (limit " + limit + ") in " + text.text;
			assertEquals(expectedEnds, Arrays.stream(ends, 0, count).boxed().toList(), where);
			for (int m = 0; m < count; m++) {
				List<Integer> entries = new ArrayList<>();
				for (int entry = lexicon.firstEntry(nodes[m]); entry >= 0; entry = lexicon.nextEntry(entry)) {
					entries.add(entry);
				}
				assertEquals(expectedEntries.get(m), entries, where);
			}
			assertEquals(expectedLongest,
					lexicon.longestMatchAt(text.ids, from, limit, text.text, text.starts, text.ends), where);
			return count;
		}

		/** Every entry looked up as a whole phrase, as written and in another case. */
		void checkWholePhrases() {
			for (int entry = 0; entry < written.size(); entry++) {
				List<String> tokens = written.get(entry);
				for (List<String> phrase : List.of(tokens, tokens.stream().map(String::toUpperCase).toList())) {
					String expected = null;
					for (int e : entriesByKey.get(key(tokens))) {
						if (!exact.get(e) || written.get(e).equals(phrase)) {
							expected = "v" + e;
							break;
						}
					}
					assertEquals(expected, lexicon.valueOf(String.join(" ", phrase), keys), String.join(" ", phrase));
				}
			}
			assertNull(lexicon.valueOf("qqq", keys));
		}
	}
}
