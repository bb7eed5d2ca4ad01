package org.dipanno.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Matching keys for Vietnamese text: case folding and tone-mark placement
 * folding, available separately and combined.
 *
 * <p>Vietnamese writes the tone mark (grave, acute, hook above, tilde, dot
 * below) on one vowel of a syllable, and two conventions disagree on which
 * vowel for some syllables. NFC does not unify them because they are different
 * code point sequences ("hòa" is {@code h o U+00F2 ... } but "hoà" is
 * {@code h o U+00E0}). Annotations keep the original spelling; lexicons, rules
 * and search compare {@link #fold(String) folded} keys.
 *
 * <h2>What {@link #foldTonePlacement(String)} unifies</h2>
 * Per syllable (a maximal run of letters), the single tone mark is detached from
 * whichever vowel carries it and put on the canonical vowel of the
 * <em>traditional</em> ("old style") convention:
 * <ol>
 * <li>onsets {@code qu} and {@code gi} (when another vowel follows the
 * {@code i}) are consonants, so their {@code u}/{@code i} never carries the
 * tone: "qủa" becomes "quả", "gìa" becomes "già";</li>
 * <li>the nucleus is the run of vowels (a ă â e ê i o ô ơ u ư y) after the onset;
 * if it holds a vowel with a quality mark (ă â ê ô ơ ư), the tone goes on the
 * last such vowel ("người", "khuấy", "thuở");</li>
 * <li>otherwise, if a final consonant follows, on the last vowel of the nucleus
 * ("hoàng", "toán", "huỳnh");</li>
 * <li>otherwise on the middle vowel of a three-vowel nucleus ("ngoài",
 * "khuỷu") and on the first vowel of a two-vowel nucleus, which is where the
 * two conventions differ: oa, oe, uy ("hoà"/"hòa", "khoẻ"/"khỏe",
 * "thuỷ"/"thủy", "Uỷ"/"Ủy" all fold to the second form).</li>
 * </ol>
 * So every placement of one tone mark within a syllable, including misplaced
 * ones such as "họa" for "hoạ", gets the same key. Syllables with no tone mark,
 * with two or more tone marks, or whose vowels are not one contiguous run
 * (foreign words such as "Raimondo") are left as they are. Letter case is
 * preserved by this step.
 *
 * <h2>What {@link #foldCase(String)} unifies</h2> Upper and lower case (root
 * locale), after NFC.
 *
 * <p>{@link #fold(String)} applies both, and also turns NBSP (U+00A0) into an
 * ordinary space. All methods return NFC text and are thread-safe.
 */
public final class VietnameseText {

	private static final char COMBINING_GRAVE = '\u0300';
	private static final char COMBINING_ACUTE = '\u0301';
	private static final char COMBINING_TILDE = '\u0303';
	private static final char COMBINING_HOOK_ABOVE = '\u0309';
	private static final char COMBINING_DOT_BELOW = '\u0323';
	private static final char COMBINING_CIRCUMFLEX = '\u0302';
	private static final char COMBINING_BREVE = '\u0306';
	private static final char COMBINING_HORN = '\u031B';

	private VietnameseText() {
	}

	/**
	 * The matching key of a syllable or phrase: NFC, tone placement folded,
	 * lower case, NBSP replaced by a space.
	 */
	public static String fold(String text) {
		return foldUncached(text, 0, text.length()); // word lists and lines: the cache keeps the syllables of texts
	}

	/**
	 * The matching key of text[start, end): {@link #fold(String)} of that part,
	 * without copying it out first when it is precomposed Latin text (as
	 * Vietnamese is after NFC). Short parts are looked up in a per-thread cache
	 * first (a text's syllables repeat).
	 */
	public static String fold(String text, int start, int end) {
		Objects.checkFromToIndex(start, end, text.length());
		char first = start < end ? text.charAt(start) : '0';
		if (end - start <= FoldCache.MAX_LENGTH && (first < '0' || first > '9')) {
			return FoldCache.ofThisThread().fold(text, start, end); // numbers rarely repeat: not kept
		}
		return foldUncached(text, start, end);
	}

	/** {@link #fold(String, int, int)} computed afresh. */
	static String foldUncached(String text, int start, int end) {
		String folded = PrecomposedFolding.fold(text, start, end);
		return folded != null ? folded : foldByNormalizer(text.substring(start, end));
	}

	/** {@link #fold(String)} through the normalizer, for any text. */
	static String foldByNormalizer(String text) {
		return foldCase(foldTonePlacement(text)).replace('\u00A0', ' ');
	}

	/** NFC and lower case (root locale); tone placement is kept. */
	public static String foldCase(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	/**
	 * NFC with the tone mark of every syllable moved to its canonical vowel (see
	 * the class comment); letter case and everything else is kept.
	 */
	public static String foldTonePlacement(String text) {
		if (isAscii(text)) {
			return text;
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		int i = 0;
		while (i < decomposed.length()) {
			char c = decomposed.charAt(i);
			if (Character.isLetter(c)) {
				int end = i + 1;
				while (end < decomposed.length() && (Character.isLetter(decomposed.charAt(end))
						|| Character.getType(decomposed.charAt(end)) == Character.NON_SPACING_MARK)) {
					end++;
				}
				out.append(canonicalSyllable(decomposed.substring(i, end)));
				i = end;
			} else {
				out.append(c);
				i++;
			}
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	/** True if the text (a syllable or phrase) has the same fold as {@code other}. */
	public static boolean sameFold(String text, String other) {
		return fold(text).equals(fold(other));
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static boolean isToneMark(char c) {
		return c == COMBINING_GRAVE || c == COMBINING_ACUTE || c == COMBINING_TILDE || c == COMBINING_HOOK_ABOVE
				|| c == COMBINING_DOT_BELOW;
	}

	private static boolean isQualityMark(char c) {
		return c == COMBINING_CIRCUMFLEX || c == COMBINING_BREVE || c == COMBINING_HORN;
	}

	private static boolean isVowelLetter(char c) {
		return switch (Character.toLowerCase(c)) {
		case 'a', 'e', 'i', 'o', 'u', 'y' -> true;
		default -> false;
		};
	}

	/**
	 * One NFD syllable (letters and their combining marks) with its tone mark
	 * moved to the canonical vowel; unchanged if it is not a one-tone syllable
	 * with one contiguous vowel run.
	 */
	private static String canonicalSyllable(String nfd) {
		// Split into letters, each with its combining marks; collect the tone.
		int letterCount = 0;
		for (int i = 0; i < nfd.length(); i++) {
			if (Character.getType(nfd.charAt(i)) != Character.NON_SPACING_MARK) {
				letterCount++;
			}
		}
		char[] base = new char[letterCount];
		StringBuilder[] marks = new StringBuilder[letterCount];
		char tone = 0;
		int toneCount = 0;
		int letter = -1;
		for (int i = 0; i < nfd.length(); i++) {
			char c = nfd.charAt(i);
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				letter++;
				base[letter] = c;
				marks[letter] = new StringBuilder(2);
			} else if (isToneMark(c)) {
				tone = c;
				toneCount++;
			} else if (letter >= 0) {
				marks[letter].append(c);
			} else {
				return nfd;
			}
		}
		if (toneCount != 1) {
			return nfd;
		}
		// Onset: leading consonants, plus the u of "qu" and the i of "gi" + vowel.
		int nucleusStart = 0;
		while (nucleusStart < letterCount && !isVowelLetter(base[nucleusStart])) {
			nucleusStart++;
		}
		if (nucleusStart == 1 && nucleusStart < letterCount) {
			char onset = Character.toLowerCase(base[0]);
			char glide = Character.toLowerCase(base[1]);
			boolean plainGlide = marks[1].isEmpty();
			if (plainGlide && nucleusStart + 1 < letterCount && isVowelLetter(base[nucleusStart + 1])
					&& ((onset == 'q' && glide == 'u') || (onset == 'g' && glide == 'i'))) {
				nucleusStart++;
			}
		}
		int nucleusEnd = nucleusStart;
		while (nucleusEnd < letterCount && isVowelLetter(base[nucleusEnd])) {
			nucleusEnd++;
		}
		int nucleusLength = nucleusEnd - nucleusStart;
		if (nucleusLength == 0 || nucleusLength > 3) {
			return nfd;
		}
		for (int i = nucleusEnd; i < letterCount; i++) {
			if (isVowelLetter(base[i])) {
				return nfd; // vowels in two runs: not one Vietnamese syllable
			}
		}
		int target = -1;
		for (int i = nucleusStart; i < nucleusEnd; i++) {
			for (int m = 0; m < marks[i].length(); m++) {
				if (isQualityMark(marks[i].charAt(m))) {
					target = i;
				}
			}
		}
		if (target < 0) {
			if (nucleusEnd < letterCount) {
				target = nucleusEnd - 1;
			} else if (nucleusLength == 3) {
				target = nucleusStart + 1;
			} else {
				target = nucleusStart;
			}
		}
		StringBuilder out = new StringBuilder(nfd.length());
		for (int i = 0; i < letterCount; i++) {
			out.append(base[i]).append(marks[i]);
			if (i == target) {
				out.append(tone);
			}
		}
		return out.toString();
	}
}
