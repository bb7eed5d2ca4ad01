package org.dipanno.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * {@link VietnameseText#fold(String)} for precomposed Latin text by table
 * look-ups: the key the normalizer path gives, without normalizing. Every
 * character must be ASCII, or a letter of U+00C0..U+024F or U+1E00..U+1EFF that
 * is NFC, lower-cases to one character and decomposes into a letter with at
 * most one quality mark (circumflex, breve, horn) and at most one tone mark;
 * for any other text {@link #fold} answers null and the caller takes the
 * normalizer path. The tables are derived from {@link Normalizer} when the class
 * loads, so they hold exactly what the normalizer path computes.
 */
final class PrecomposedFolding {

	private static final int TABLE_SIZE = 0x1F00;
	private static final char[] QUALITY_MARKS = { 0, '\u0302', '\u0306', '\u031B' };
	private static final char[] TONE_MARKS = { 0, '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' };

	private static final int MOVED = 1;
	private static final int KEPT = 0;
	private static final int UNCOVERED = -1;

	private static final int SUPPORTED = 1 << 22;
	private static final int LETTER = 1 << 21;
	private static final int QUALITY_SHIFT = 16;
	private static final int TONE_SHIFT = 18;

	/**
	 * Per character: {@link #SUPPORTED}, {@link #LETTER}, the quality mark index
	 * (bits 16-17), the tone mark index (bits 18-20) and the lower-case base letter
	 * of its decomposition (bits 0-15); 0 for characters the tables do not cover.
	 */
	private static final int[] INFO = new int[TABLE_SIZE];
	/** Per supported character: the character lower-cased (its fold when the tone stays where it is). */
	private static final char[] LOWER = new char[TABLE_SIZE];
	/** NFC of a lower-case ASCII letter, a quality mark and a tone mark, or 0 when that is not one character. */
	private static final char[] COMPOSED = new char[26 * QUALITY_MARKS.length * TONE_MARKS.length];

	static {
		for (char c = 0; c < 0x80; c++) {
			boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
			char lower = Character.toLowerCase(c);
			INFO[c] = SUPPORTED | (letter ? LETTER : 0) | lower;
			LOWER[c] = lower;
		}
		for (char c = '\u00C0'; c < TABLE_SIZE; c++) {
			if (c == '\u0250') {
				c = '\u1E00';
			}
			int info = infoOf(c);
			if (info != 0) {
				INFO[c] = info;
				LOWER[c] = String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0);
			}
		}
		for (char base = 'a'; base <= 'z'; base++) {
			for (int q = 0; q < QUALITY_MARKS.length; q++) {
				for (int t = 0; t < TONE_MARKS.length; t++) {
					COMPOSED[composedIndex(base, q, t)] = compose(base, q, t);
				}
			}
		}
	}

	private PrecomposedFolding() {
	}

	/** The table entry of a non-ASCII character, or 0 if the tables do not cover it. */
	private static int infoOf(char c) {
		String alone = String.valueOf(c);
		String lower = alone.toLowerCase(Locale.ROOT);
		if (!Character.isLetter(c) || !Normalizer.isNormalized(alone, Normalizer.Form.NFC) || lower.length() != 1
				|| lower.charAt(0) != Character.toLowerCase(c)) {
			return 0;
		}
		String nfd = Normalizer.normalize(alone, Normalizer.Form.NFD);
		char base = nfd.charAt(0);
		int quality = 0;
		int tone = 0;
		for (int i = 1; i < nfd.length(); i++) {
			int q = indexOf(QUALITY_MARKS, nfd.charAt(i));
			int t = indexOf(TONE_MARKS, nfd.charAt(i));
			if (q > 0 && quality == 0) {
				quality = q;
			} else if (t > 0 && tone == 0) {
				tone = t;
			} else {
				return 0;
			}
		}
		char lowerBase = Character.toLowerCase(base);
		if (!Character.isLetter(base) || (nfd.length() > 1 && (lowerBase < 'a' || lowerBase > 'z'))) {
			return 0;
		}
		return SUPPORTED | LETTER | quality << QUALITY_SHIFT | tone << TONE_SHIFT | lowerBase;
	}

	/** NFC of base + marks when it is one character and lower-cases alike from the upper-case base; else 0. */
	private static char compose(char base, int quality, int tone) {
		String marks = (quality > 0 ? String.valueOf(QUALITY_MARKS[quality]) : "")
				+ (tone > 0 ? String.valueOf(TONE_MARKS[tone]) : "");
		String lower = Normalizer.normalize(base + marks, Normalizer.Form.NFC);
		String upper = Normalizer.normalize(Character.toUpperCase(base) + marks, Normalizer.Form.NFC);
		if (lower.length() != 1 || upper.length() != 1 || !upper.toLowerCase(Locale.ROOT).equals(lower)) {
			return 0;
		}
		return lower.charAt(0);
	}

	private static int indexOf(char[] marks, char c) {
		for (int i = 1; i < marks.length; i++) {
			if (marks[i] == c) {
				return i;
			}
		}
		return 0;
	}

	private static int composedIndex(char lowerBase, int quality, int tone) {
		return ((lowerBase - 'a') * QUALITY_MARKS.length + quality) * TONE_MARKS.length + tone;
	}

	/** The fold of text[start, end), or null if the tables do not cover it. */
	static String fold(String text, int start, int end) {
		char[] out = new char[end - start];
		int i = start;
		while (i < end) {
			char c = text.charAt(i);
			int info = c < TABLE_SIZE ? INFO[c] : 0;
			if (info == 0) {
				return null;
			}
			if ((info & LETTER) == 0) {
				out[i - start] = LOWER[c];
				i++;
				continue;
			}
			int runEnd = i + 1;
			int tones = tone(info) > 0 ? 1 : 0;
			while (runEnd < end) {
				char d = text.charAt(runEnd);
				int next = d < TABLE_SIZE ? INFO[d] : 0;
				if (next == 0) {
					return null;
				}
				if ((next & LETTER) == 0) {
					break;
				}
				tones += tone(next) > 0 ? 1 : 0;
				runEnd++;
			}
			int moved = tones == 1 ? foldSyllable(text, i, runEnd, out, i - start) : KEPT;
			if (moved == UNCOVERED) {
				return null;
			}
			if (moved == KEPT) {
				for (int k = i; k < runEnd; k++) {
					out[k - start] = LOWER[text.charAt(k)];
				}
			}
			i = runEnd;
		}
		return new String(out);
	}

	/**
	 * Writes the syllable text[from, to) (letters, one tone mark among them) with
	 * the tone on its canonical vowel (the rules of {@link VietnameseText}) into
	 * {@code out} at {@code at}: {@link #MOVED}, {@link #KEPT} if the syllable
	 * keeps its spelling (nothing written), {@link #UNCOVERED} if the result is
	 * not one character per letter.
	 */
	private static int foldSyllable(String text, int from, int to, char[] out, int at) {
		int letters = to - from;
		int nucleusStart = 0;
		while (nucleusStart < letters && !isVowel(base(text, from + nucleusStart))) {
			nucleusStart++;
		}
		if (nucleusStart == 1 && letters > 2 && quality(INFO[text.charAt(from + 1)]) == 0
				&& isVowel(base(text, from + 2))) {
			char onset = base(text, from);
			char glide = base(text, from + 1);
			if ((onset == 'q' && glide == 'u') || (onset == 'g' && glide == 'i')) {
				nucleusStart++;
			}
		}
		int nucleusEnd = nucleusStart;
		while (nucleusEnd < letters && isVowel(base(text, from + nucleusEnd))) {
			nucleusEnd++;
		}
		int nucleusLength = nucleusEnd - nucleusStart;
		if (nucleusLength == 0 || nucleusLength > 3) {
			return KEPT;
		}
		for (int k = nucleusEnd; k < letters; k++) {
			if (isVowel(base(text, from + k))) {
				return KEPT;
			}
		}
		int target = -1;
		int tone = 0;
		for (int k = 0; k < letters; k++) {
			int info = INFO[text.charAt(from + k)];
			if (k >= nucleusStart && k < nucleusEnd && quality(info) > 0) {
				target = k;
			}
			tone = Math.max(tone, tone(info));
		}
		if (target < 0) {
			target = nucleusEnd < letters ? nucleusEnd - 1 : nucleusLength == 3 ? nucleusStart + 1 : nucleusStart;
		}
		for (int k = 0; k < letters; k++) {
			int info = INFO[text.charAt(from + k)];
			int t = k == target ? tone : 0;
			int q = quality(info);
			if (q == 0 && t == 0) {
				out[at + k] = (char) info; // the base letter alone
			} else {
				char composed = COMPOSED[composedIndex((char) info, q, t)];
				if (composed == 0) {
					return UNCOVERED;
				}
				out[at + k] = composed;
			}
		}
		return MOVED;
	}

	private static char base(String text, int i) {
		return (char) INFO[text.charAt(i)];
	}

	private static boolean isVowel(char lowerBase) {
		return lowerBase == 'a' || lowerBase == 'e' || lowerBase == 'i' || lowerBase == 'o' || lowerBase == 'u'
				|| lowerBase == 'y';
	}

	private static int quality(int info) {
		return info >>> QUALITY_SHIFT & 3;
	}

	private static int tone(int info) {
		return info >>> TONE_SHIFT & 7;
	}
}
