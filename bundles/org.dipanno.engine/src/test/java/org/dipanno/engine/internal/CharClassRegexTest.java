package org.dipanno.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The loop form of one-class token regexes against java.util.regex: the same answers and the same reads. */
class CharClassRegexTest {

	private static final List<String> REGEXES = List.of("\\d", "\\d+", "\\d*", "\\d?", "\\d{1,2}", "\\d{4}",
			"\\d{2,}", "[0-9]{1,2}", "[0-9]+", "\\p{L}+", "\\p{L}{2,3}", "\\p{Lu}", "\\p{Lu}+", "\\p{Ll}*",
			"\\p{Ll}{0,2}");

	/** Tokens with Vietnamese letters, digits beyond ASCII, and letters outside the BMP (surrogate pairs). */
	private static final List<String> TOKENS = List.of("1", "12", "123", "2025", "٣", "١٢", "a", "ab", "abc", "Việt",
			"NAM", "Đ", "đ", "ĐẠI", "Ư", "ư", "ỹ", "Mỹ", "USD", "3a", "a3", "G7", "%", "-", ".", "𝐀", "𝐚", "𝐀𝐁", "𠀀",
			"a𠀀b", "𝐀𝐁3", "a𝐚3", "\uD835", "\uD835a", "x\uDC00", "\uDC00a3", "ǅ", "ʰ");

	@Test
	void answersAndChargesAsJavaUtilRegexDoes() {
		for (String regex : REGEXES) {
			CharClassRegex loop = CharClassRegex.parse(regex);
			assertNotNull(loop, regex);
			Pattern pattern = Pattern.compile(regex);
			for (String token : TOKENS) {
				// The token inside a longer text, as the engine reads it: offsets into the document.
				String text = "x " + token + " y";
				int from = 2;
				int to = from + token.length();
				CountingText counted = new CountingText(text, from, to);
				boolean expected = pattern.matcher(counted).matches();
				long match = loop.match(text, from, to);
				assertEquals(expected, (match & 1) != 0, "/" + regex + "/ on '" + token + "'");
				assertEquals(counted.reads, match >>> 1, "characters read by /" + regex + "/ on '" + token + "'");
			}
		}
	}

	@Test
	void otherRegexesAreLeftToJavaUtilRegex() {
		for (String regex : List.of("\\d{1,2}/\\d{1,2}", "\\d+?", "\\d++", "\\p{L}+\\.", "[0-9a-f]+", "\\w+", "a+",
				"\\d{3,1}", "\\d{1,2", "\\p{IsL}+", "(\\d)+", "\\d|\\p{L}", "")) {
			assertNull(CharClassRegex.parse(regex), regex);
		}
	}

	/** The token as a CharSequence of its own, as the engine hands it to java.util.regex, counting reads. */
	private static final class CountingText implements CharSequence {
		private final String text;
		private final int from;
		private final int to;
		int reads;

		CountingText(String text, int from, int to) {
			this.text = text;
			this.from = from;
			this.to = to;
		}

		@Override
		public int length() {
			return to - from;
		}

		@Override
		public char charAt(int index) {
			reads++;
			return text.charAt(from + index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return text.subSequence(from + start, from + end);
		}
	}
}
