package org.dipanno.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits stored text into syllable-level tokens.
 *
 * <h2>Policy</h2>
 * <ul>
 * <li>Whitespace separates tokens and is never part of one: spaces, tabs, line
 * breaks, NBSP (U+00A0) and every other Unicode space, and control
 * characters.</li>
 * <li>{@link TokenKind#WORD}: a run of letters, combining marks and digits that
 * starts with a letter ("Bộ", "G20", "XIV"), or a digit run directly followed
 * by letters ("5G"). Dots join a run with a following all-lower-case or
 * all-upper-case ASCII part of two letters or more, so domain names stay whole
 * ("mofcom.gov.cn", "Korea.net", "VOV.VN", "TP.HCM"), while "IPEF.Là" (a
 * missing space after a full stop) is three tokens.</li>
 * <li><b>Hyphens are separate punctuation tokens</b>: "kinh tế-thương mại" is
 * kinh | tế | - | thương | mại and "Trung-Mỹ" is Trung | - | Mỹ, because the
 * parts are separate syllables (and often separate entities); codes split the
 * same way ("753/QĐ-TTg" is 753 | / | QĐ | - | TTg).</li>
 * <li>{@link TokenKind#DATE}: d/m, d/m/y or m/yyyy with plausible values
 * ("28/8", "12/4/2025", "9/2025"); {@link TokenKind#TIME}: hh:mm(:ss)
 * ("07:59"); {@link TokenKind#NUMBER}: digits with inner '.' or ',' between
 * digits ("780.000", "8,5").</li>
 * <li>{@link TokenKind#PUNCTUATION}: one punctuation character, except that
 * "./." (the Vietnamese end-of-article marker) and runs of two or more full
 * stops ("...") are one token; "…" is one character.</li>
 * <li>{@link TokenKind#SYMBOL}: any other non-space character, one code point
 * each: % &amp; @ # * + = | $ € and so on.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SyllableTokenizer {

	private SyllableTokenizer() {
	}

	/** The tokens of the whole text. */
	public static List<Token> tokenize(String text) {
		return tokenize(text, 0, text.length());
	}

	/** The tokens of [start, end) of the text; no token extends beyond the range. */
	public static List<Token> tokenize(String text, int start, int end) {
		List<Token> tokens = new ArrayList<>();
		tokenize(text, start, end, tokens);
		return tokens;
	}

	/** Appends the tokens of [start, end) of the text to {@code tokens}. */
	public static void tokenize(String text, int start, int end, List<Token> tokens) {
		int i = start;
		while (i < end) {
			int cp = text.codePointAt(i);
			if (cp == ' ') {
				i++; // the common separator, without the character class look-ups
			} else if (isSeparator(cp)) {
				i += Character.charCount(cp);
			} else if (Character.isLetter(cp)) {
				int tokenEnd = joinDomainParts(text, alphanumericEnd(text, i, end), end);
				tokens.add(new Token(i, tokenEnd, TokenKind.WORD));
				i = tokenEnd;
			} else if (Character.isDigit(cp)) {
				i = number(text, i, end, tokens);
			} else if (cp == '.' && text.startsWith("./.", i) && i + 3 <= end) {
				tokens.add(new Token(i, i + 3, TokenKind.PUNCTUATION));
				i += 3;
			} else if (cp == '.' && i + 1 < end && text.charAt(i + 1) == '.') {
				int dots = i;
				while (dots < end && text.charAt(dots) == '.') {
					dots++;
				}
				tokens.add(new Token(i, dots, TokenKind.PUNCTUATION));
				i = dots;
			} else {
				int next = i + Character.charCount(cp);
				tokens.add(new Token(i, next, isPunctuation(cp) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL));
				i = next;
			}
		}
	}

	/** True for characters between tokens: whitespace, NBSP and other spaces, control characters. */
	public static boolean isSeparator(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
				|| (cp < 0x10000 && TextNormalizer.isRemovedInvisible((char) cp));
	}

	static boolean isPunctuation(int cp) {
		if (cp == '%' || cp == '&' || cp == '@' || cp == '#' || cp == '*' || cp == '\u2030' || cp == '\\') {
			return false;
		}
		return switch (Character.getType(cp)) {
		case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
				Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
				Character.OTHER_PUNCTUATION ->
			true;
		default -> false;
		};
	}

	private static boolean isWordPart(int cp) {
		if (cp < 0x80) {
			return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
		}
		int type = Character.getType(cp);
		return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	private static int alphanumericEnd(String text, int i, int end) {
		while (i < end) {
			int cp = text.codePointAt(i);
			if (!isWordPart(cp)) {
				break;
			}
			i += Character.charCount(cp);
		}
		return i;
	}

	/** Extends a word over ".part" while the part is 2+ ASCII letters of one case (domain names). */
	private static int joinDomainParts(String text, int wordEnd, int end) {
		int i = wordEnd;
		while (i + 2 < end && text.charAt(i) == '.') {
			int partEnd = alphanumericEnd(text, i + 1, end);
			if (partEnd - (i + 1) < 2 || !isOneCaseAscii(text, i + 1, partEnd)) {
				break;
			}
			i = partEnd;
		}
		return i;
	}

	private static boolean isOneCaseAscii(String text, int start, int end) {
		boolean lower = true;
		boolean upper = true;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			lower &= c >= 'a' && c <= 'z';
			upper &= c >= 'A' && c <= 'Z';
		}
		return lower || upper;
	}

	private static int digitsEnd(String text, int i, int end) {
		while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
			i++;
		}
		return i;
	}

	private static boolean digitAt(String text, int i, int end) {
		return i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9';
	}

	/** Scans a token starting with a digit; returns its end. */
	private static int number(String text, int start, int end, List<Token> tokens) {
		int first = digitsEnd(text, start, end);
		if (first < end && Character.isLetter(text.codePointAt(first))) {
			int wordEnd = alphanumericEnd(text, first, end);
			tokens.add(new Token(start, wordEnd, TokenKind.WORD));
			return wordEnd;
		}
		// hh:mm or hh:mm:ss
		if (first - start <= 2 && first + 2 < end && text.charAt(first) == ':' && digitAt(text, first + 1, end)) {
			int minutes = digitsEnd(text, first + 1, end);
			if (minutes - first - 1 == 2 && Integer.parseInt(text, start, first, 10) < 24) {
				int timeEnd = minutes;
				if (timeEnd + 2 < end && text.charAt(timeEnd) == ':' && digitsEnd(text, timeEnd + 1, end) == timeEnd + 3) {
					timeEnd += 3;
				}
				tokens.add(new Token(start, timeEnd, TokenKind.TIME));
				return timeEnd;
			}
		}
		// d/m, d/m/y, m/yyyy
		if (first - start <= 2 && first < end && text.charAt(first) == '/' && digitAt(text, first + 1, end)) {
			int second = digitsEnd(text, first + 1, end);
			int a = Integer.parseInt(text, start, first, 10);
			int secondLength = second - first - 1;
			if (secondLength <= 4) {
				int b = Integer.parseInt(text, first + 1, second, 10);
				if (second < end && text.charAt(second) == '/' && digitAt(text, second + 1, end)
						&& secondLength <= 2) {
					int third = digitsEnd(text, second + 1, end);
					int thirdLength = third - second - 1;
					if (isDay(a) && isMonth(b) && (thirdLength == 2 || thirdLength == 4)) {
						tokens.add(new Token(start, third, TokenKind.DATE));
						return third;
					}
				} else if ((secondLength <= 2 && isDay(a) && isMonth(b)) || (secondLength == 4 && isMonth(a))) {
					tokens.add(new Token(start, second, TokenKind.DATE));
					return second;
				}
			}
		}
		// digits with inner separators: 780.000, 8,5, 1.234,5
		int numberEnd = first;
		while (numberEnd + 1 < end && (text.charAt(numberEnd) == '.' || text.charAt(numberEnd) == ',')
				&& digitAt(text, numberEnd + 1, end)) {
			numberEnd = digitsEnd(text, numberEnd + 1, end);
		}
		tokens.add(new Token(start, numberEnd, TokenKind.NUMBER));
		return numberEnd;
	}

	private static boolean isDay(int value) {
		return value >= 1 && value <= 31;
	}

	private static boolean isMonth(int value) {
		return value >= 1 && value <= 12;
	}

	/**
	 * True if token {@code k} is the single capital letter of an initial inside a
	 * name ("Jamieson L. Greer"): a one-letter upper-case word followed directly by
	 * "." and preceded and followed by capitalised words.
	 */
	static boolean isInitial(String text, List<Token> tokens, int k) {
		Token token = tokens.get(k);
		if (token.kind() != TokenKind.WORD || token.end() - token.start() != 1
				|| !Character.isUpperCase(text.charAt(token.start())) || k == 0 || k + 2 >= tokens.size()) {
			return false;
		}
		Token dot = tokens.get(k + 1);
		Token previous = tokens.get(k - 1);
		Token next = tokens.get(k + 2);
		return dot.start() == token.end() && dot.end() == dot.start() + 1 && text.charAt(dot.start()) == '.'
				&& isCapitalisedWord(text, previous) && isCapitalisedWord(text, next)
				&& isSpaceOnly(text, previous.end(), token.start()) && isSpaceOnly(text, dot.end(), next.start())
				&& next.start() > dot.end();
	}

	static boolean isCapitalisedWord(String text, Token token) {
		return token.kind() == TokenKind.WORD && Character.isUpperCase(text.codePointAt(token.start()));
	}

	/** True if [start, end) holds only separators and no line break. */
	static boolean isSpaceOnly(String text, int start, int end) {
		if (end == start + 1 && text.charAt(start) == ' ') {
			return true; // the common case, one space
		}
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || !isSeparator(c)) {
				return false;
			}
		}
		return true;
	}
}
