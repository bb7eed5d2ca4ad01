package org.dipanno.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table path of {@link VietnameseText#fold} gives the normalizer path's key, for every input. */
class PrecomposedFoldingTest {

	private static final String[] TONES = { "\u0300", "\u0301", "\u0303", "\u0309", "\u0323" };

	private static void assertSameKey(String text) {
		String expected = VietnameseText.foldByNormalizer(text);
		assertEquals(expected, VietnameseText.fold(text), () -> "fold of \"" + text + "\" " + codes(text));
		String framed = "x " + text + " y";
		assertEquals(expected, VietnameseText.fold(framed, 2, 2 + text.length()), () -> "region \"" + text + "\"");
	}

	private static String codes(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append(String.format("U+%04X ", c)));
		return out.toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "hoà", "hòa", "HOÀ", "Hoà Bình", "khoẻ", "thuỷ", "Uỷ", "ỦY", "qủa", "QỦA", "gìa", "già",
			"gìn", "hòang", "ngừơi", "người", "NGƯỜI", "khuỷu", "khúyu", "Raimondo", "Peña", "PEÑA", "São", "Đào", "ĐẢNG",
			"mofcom.gov.cn", "TP.HCM", "G20", "5G", "./.", "28/8", "ẞ", "ǈ", "İstanbul", "Ǖ", "ǘ", "ç", "Ø", "ø",
			"đường", "Hà\u00A0Nội", "ho\u0300a", "Ho\u0323c", "a\u200Bb", "\u1EA0\u0301", "ỏò", "hóàng", "aí",
			"uyển", "UYỂN", "quốc", "QUỐC", "gịa", "Gịa", "ươu", "yêu", "oóc", "ÓOC", "kiểm", "xoáy", "XOÁY" })
	void trickyTextsFoldAsTheNormalizerDoes(String text) {
		assertSameKey(text);
		assertSameKey(Normalizer.normalize(text, Normalizer.Form.NFC));
		assertSameKey(Normalizer.normalize(text, Normalizer.Form.NFD));
		assertSameKey(text.toUpperCase(Locale.ROOT));
	}

	@Test
	void textTheTablesDoNotCoverGoesToTheNormalizer() {
		assertNull(PrecomposedFolding.fold("ho\u0300a", 0, 4), "decomposed tone mark");
		assertNull(PrecomposedFolding.fold("Hà\u00A0Nội", 0, 6), "NBSP");
		assertNull(PrecomposedFolding.fold("İ", 0, 1), "lower-cases to two characters");
		assertNull(PrecomposedFolding.fold("Σ", 0, 1), "outside the Latin tables");
		assertNotNull(PrecomposedFolding.fold("Nguyễn Phú Trọng", 0, 16));
	}

	/** Every word-list entry and every syllable of it, in three letter cases and with the tone on every letter. */
	@Test
	void wordListEntriesAndEveryTonePlacementFoldAsTheNormalizerDoes() throws IOException {
		int checked = 0;
		for (String resource : List.of("Viet74K.txt", "proper-names.txt")) {
			for (String line : lines(resource)) {
				for (String text : List.of(line, line.toUpperCase(Locale.ROOT), titleCase(line))) {
					assertSameKey(text);
					for (String syllable : text.split(" ")) {
						for (String placed : tonePlacements(syllable)) {
							assertSameKey(placed);
							checked++;
						}
					}
				}
			}
		}
		assertEquals(true, checked > 300_000, "checked " + checked);
	}

	/** Random strings over every character the tables cover, some they do not, and combining marks. */
	@Test
	void randomTextsFoldAsTheNormalizerDoes() {
		List<Character> alphabet = new ArrayList<>();
		for (char c = 0x20; c < 0x7F; c++) {
			alphabet.add(c);
		}
		for (char c = 0xA0; c < 0x250; c++) {
			alphabet.add(c);
		}
		for (char c = 0x1E00; c < 0x1F00; c++) {
			alphabet.add(c);
		}
		for (String tone : TONES) {
			alphabet.add(tone.charAt(0));
		}
		alphabet.addAll(List.of('\u0302', '\u0306', '\u031B', '\u0308', '\u03A3', '\u03C3', '\u0130', '\u212B'));
		String vowels = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
		Random random = new Random(20261202L);
		for (int n = 0; n < 400_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(7);
			for (int i = 0; i < length; i++) {
				// mostly Vietnamese-like: vowels with a tone mark, then anything
				text.append(random.nextInt(3) == 0 ? alphabet.get(random.nextInt(alphabet.size()))
						: random.nextBoolean() ? vowels.charAt(random.nextInt(vowels.length()))
								: (char) ('a' + random.nextInt(26)));
				if (random.nextInt(4) == 0) {
					text.append(TONES[random.nextInt(TONES.length)]);
				}
			}
			String raw = text.toString();
			assertSameKey(raw);
			assertSameKey(Normalizer.normalize(raw, Normalizer.Form.NFC));
		}
	}

	/** The syllable with its (first) tone mark put on each of its letters in turn, in NFC. */
	private static List<String> tonePlacements(String syllable) {
		String nfd = Normalizer.normalize(syllable, Normalizer.Form.NFD);
		String tone = null;
		StringBuilder bare = new StringBuilder();
		for (char c : nfd.toCharArray()) {
			if (tone == null && "\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0) {
				tone = String.valueOf(c);
			} else {
				bare.append(c);
			}
		}
		List<String> placements = new ArrayList<>(List.of(syllable));
		if (tone == null) {
			return placements;
		}
		for (int i = 0; i < bare.length(); i++) {
			if (Character.isLetter(bare.charAt(i))) {
				int end = i + 1;
				while (end < bare.length() && !Character.isLetter(bare.charAt(end))) {
					end++;
				}
				String placed = bare.substring(0, end) + tone + bare.substring(end);
				placements.add(Normalizer.normalize(placed, Normalizer.Form.NFC));
			}
		}
		return placements;
	}

	private static String titleCase(String line) {
		StringBuilder out = new StringBuilder();
		for (String word : line.split(" ")) {
			out.append(out.isEmpty() ? "" : " ");
			out.append(word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
		}
		return out.toString();
	}

	private static List<String> lines(String resource) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				WordSegmenter.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}
}
