package org.dipanno.engine.document;

import java.util.Arrays;

import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.text.TokenKind;
import org.dipanno.text.ZoneKind;

/**
 * A small, self-contained analysis that turns plain text into an {@link EngineDocument} for the engine's tests and
 * the benchmark (which compiles this file with its own sources); the product makes its documents from the text
 * layer's analysis ({@code EngineDocuments}). Tokens are letter/digit runs (numbers keep their
 * inner '.', ',', '/', ':' between digits) and single punctuation or symbol characters. A sentence ends at a line
 * break or after '.', '!', '?', '…' unless the '.' follows a single capital letter (an initial, as in
 * "Jamieson L. Greer"). The first non-blank line is the TITLE zone, the rest BODY; the text layer's zoning
 * replaces this when its analysis is used.
 */
public final class PlainTextAnalyzer {

	private static final TokenKind[] KINDS = TokenKind.values();

	private PlainTextAnalyzer() {
	}

	/** Analyzes a whole article: the first non-blank line is its TITLE zone, the rest BODY. */
	public static EngineDocument analyze(String id, String text, MatchingKeys keys) {
		return analyze(id, text, keys, true);
	}

	/** Analyzes a text snippet that is all BODY (no title line). */
	public static EngineDocument analyzeBody(String id, String text, MatchingKeys keys) {
		return analyze(id, text, keys, false);
	}

	private static EngineDocument analyze(String id, String text, MatchingKeys keys, boolean firstLineIsTitle) {
		int capacity = Math.max(16, text.length() / 4);
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		int[] sentences = new int[capacity];
		byte[] kinds = new byte[capacity];
		boolean[] titleZone = new boolean[capacity];
		int count = 0;
		int sentence = 0;
		boolean sawLineBreak = false;
		boolean inTitle = firstLineIsTitle;
		boolean titleSeen = false;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				if (c == '\n' || c == '\r') {
					sawLineBreak = true;
				}
				i++;
				continue;
			}
			if (sawLineBreak && count > 0) {
				sentence++;
				if (titleSeen) {
					inTitle = false;
				}
			} else if (count > 0 && endsSentence(text, starts, ends, count, c)) {
				sentence++;
			}
			sawLineBreak = false;
			int end = tokenEnd(text, i);
			if (count == starts.length) {
				int grown = count * 2;
				starts = Arrays.copyOf(starts, grown);
				ends = Arrays.copyOf(ends, grown);
				sentences = Arrays.copyOf(sentences, grown);
				kinds = Arrays.copyOf(kinds, grown);
				titleZone = Arrays.copyOf(titleZone, grown);
			}
			starts[count] = i;
			ends[count] = end;
			sentences[count] = sentence;
			kinds[count] = (byte) kindOf(text, i, end).ordinal();
			titleZone[count] = inTitle;
			titleSeen = true;
			count++;
			i = end;
		}
		String[] folded = new String[count];
		TokenKind[] tokenKinds = new TokenKind[count];
		ZoneKind[] zones = new ZoneKind[count];
		for (int t = 0; t < count; t++) {
			folded[t] = keys.fold(text.substring(starts[t], ends[t]));
			tokenKinds[t] = KINDS[kinds[t]];
			zones[t] = titleZone[t] ? ZoneKind.TITLE : ZoneKind.BODY;
		}
		return new EngineDocument(id, text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), folded,
				tokenKinds, Arrays.copyOf(sentences, count), zones);
	}

	private static boolean endsSentence(String text, int[] starts, int[] ends, int count, char next) {
		int last = count - 1;
		if (ends[last] - starts[last] != 1) {
			return false;
		}
		char p = text.charAt(starts[last]);
		if (p == '!' || p == '?' || p == '\u2026') {
			return true;
		}
		if (p != '.') {
			return false;
		}
		if (!Character.isUpperCase(next) && !Character.isDigit(next) && next != '"' && next != '\u201C') {
			return false;
		}
		// "L. Greer": a single capital before the period is an initial, not a sentence end.
		return !(last > 0 && ends[last - 1] == starts[last] && ends[last - 1] - starts[last - 1] == 1
				&& Character.isUpperCase(text.charAt(starts[last - 1])));
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c == '\u2007'
				|| c == '\u202F';
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private static int tokenEnd(CharSequence text, int from) {
		int n = text.length();
		if (!isWordChar(text.charAt(from))) {
			return from + 1;
		}
		int i = from + 1;
		while (i < n) {
			char c = text.charAt(i);
			if (isWordChar(c)) {
				i++;
			} else if ((c == '.' || c == ',' || c == '/' || c == ':') && i + 1 < n
					&& Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
				i++;
			} else {
				break;
			}
		}
		return i;
	}

	private static TokenKind kindOf(String text, int start, int end) {
		char first = text.charAt(start);
		if (end - start == 1 && !isWordChar(first)) {
			int type = Character.getType(first);
			return switch (type) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION -> TokenKind.PUNCTUATION;
			default -> TokenKind.SYMBOL;
			};
		}
		boolean letters = false;
		boolean dateSeparator = false;
		boolean timeSeparator = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters = true;
			} else if (c == '/') {
				dateSeparator = true;
			} else if (c == ':') {
				timeSeparator = true;
			}
		}
		if (letters) {
			return TokenKind.WORD;
		}
		return dateSeparator ? TokenKind.DATE : timeSeparator ? TokenKind.TIME : TokenKind.NUMBER;
	}
}
