package org.dipanno.engine.internal;

import java.util.regex.Matcher;

/**
 * A token regex that is one character class with a quantifier ({@code \p{L}+}, {@code [0-9]{1,2}}, {@code \p{Lu}}):
 * matched by a loop over the token's characters rather than a {@link Matcher}, which for such a regex spends most of
 * its time being reset. Same results as {@code java.util.regex} (its test compares the two), and the same charge:
 * one step for each character read.
 */
final class CharClassRegex {

	/** The classes recognised, with {@code java.util.regex}'s meaning (no flags: {@code \d} is ASCII). */
	enum CharClass {
		/** {@code \d}, {@code [0-9]} */
		DIGIT,
		/** {@code \p{L}}: any letter category */
		LETTER,
		/** {@code \p{Lu}} */
		UPPERCASE_LETTER,
		/** {@code \p{Ll}} */
		LOWERCASE_LETTER;

		boolean contains(int codePoint) {
			return switch (this) {
			case DIGIT -> codePoint >= '0' && codePoint <= '9';
			case LETTER -> Character.isLetter(codePoint);
			case UPPERCASE_LETTER -> Character.getType(codePoint) == Character.UPPERCASE_LETTER;
			case LOWERCASE_LETTER -> Character.getType(codePoint) == Character.LOWERCASE_LETTER;
			};
		}
	}

	private static final String[][] CLASS_SPELLINGS = { { "\\d", "[0-9]" }, { "\\p{L}" }, { "\\p{Lu}" },
			{ "\\p{Ll}" } };

	final CharClass charClass;
	/** Fewest and most characters (code points); {@code max} is {@link Integer#MAX_VALUE} when unbounded. */
	final int min;
	final int max;
	/**
	 * Whether java.util.regex reads the characters again when it gives back what the class took: for {@code *} and
	 * {@code +} on a class beyond the BMP ({@code \p{..}}), which step back by code point; the charge counts those
	 * reads too.
	 */
	private final boolean readsBack;

	CharClassRegex(CharClass charClass, int min, int max, boolean starOrPlus) {
		this.charClass = charClass;
		this.min = min;
		this.max = max;
		this.readsBack = starOrPlus && charClass != CharClass.DIGIT;
	}

	/**
	 * The regex as a class and a quantifier ({@code ?}, {@code *}, {@code +}, {@code {n}}, {@code {m,}},
	 * {@code {m,n}}, or none), or null when it is anything else (then it is run as a {@link Matcher}).
	 */
	static CharClassRegex parse(String regex) {
		for (CharClass charClass : CharClass.values()) {
			for (String spelling : CLASS_SPELLINGS[charClass.ordinal()]) {
				if (regex.startsWith(spelling)) {
					String quantifier = regex.substring(spelling.length());
					int[] bounds = bounds(quantifier);
					return bounds == null ? null
							: new CharClassRegex(charClass, bounds[0], bounds[1],
									quantifier.equals("*") || quantifier.equals("+"));
				}
			}
		}
		return null;
	}

	private static int[] bounds(String q) {
		switch (q) {
		case "":
			return new int[] { 1, 1 };
		case "?":
			return new int[] { 0, 1 };
		case "*":
			return new int[] { 0, Integer.MAX_VALUE };
		case "+":
			return new int[] { 1, Integer.MAX_VALUE };
		default:
			if (!q.matches("\\{[0-9]{1,6}(,[0-9]{0,6})?\\}")) {
				return null; // lazy or possessive forms, or more than a quantifier: left to java.util.regex
			}
			String[] parts = q.substring(1, q.length() - 1).split(",", -1);
			int min = Integer.parseInt(parts[0]);
			int max = parts.length == 1 ? min : parts[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
			return min <= max ? new int[] { min, max } : null; // {3,1} is java.util.regex's error to report
		}
	}

	/**
	 * Whether the whole of {@code text[from, to)} matches, and how many characters that read: {@code reads << 1 | 1}
	 * for a match, {@code reads << 1} otherwise. Stops at the first character outside the class, or once {@link #max}
	 * characters are read.
	 */
	long match(String text, int from, int to) {
		int count = 0;
		int reads = 0;
		int i = from;
		while (i < to && count < max) {
			int codePoint = text.charAt(i);
			reads++;
			int width = 1;
			// As Character.codePointAt reads it: the char after a high surrogate is read, and joined if it is low
			// (java.util.regex reads digits char by char: none is outside the BMP).
			if (charClass != CharClass.DIGIT && Character.isHighSurrogate((char) codePoint) && i + 1 < to) {
				char low = text.charAt(i + 1);
				reads++;
				if (Character.isLowSurrogate(low)) {
					codePoint = Character.toCodePoint((char) codePoint, low);
					width = 2;
				}
			}
			if (!charClass.contains(codePoint)) {
				if (readsBack) {
					reads += readBack(text, from, i, count - min);
				}
				return (long) reads << 1;
			}
			i += width;
			count++;
		}
		return (long) reads << 1 | (i == to && count >= min ? 1 : 0);
	}

	/**
	 * How many characters java.util.regex reads stepping back {@code steps} code points from {@code i} (with
	 * Character.codePointBefore).
	 */
	private static int readBack(String text, int from, int i, int steps) {
		int reads = 0;
		for (int k = 0; k < steps; k++) {
			char low = text.charAt(--i);
			reads++;
			if (Character.isLowSurrogate(low) && i > from) {
				reads++;
				if (Character.isHighSurrogate(text.charAt(i - 1))) {
					i--;
				}
			}
		}
		return reads;
	}
}
