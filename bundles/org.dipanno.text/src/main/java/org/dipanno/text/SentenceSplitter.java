package org.dipanno.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the tokens of one zone into sentences.
 *
 * <h2>Policy</h2>
 * <ul>
 * <li>A line break always ends a sentence (paragraphs, titles, captions and
 * boilerplate lines are at least one sentence each).</li>
 * <li>A sentence ends after ". ! ? … ..." or the end marker "./.", together
 * with the closing quotes and brackets right after it, if the next token can
 * start a sentence: a capitalised word, a number or date, an opening quote or
 * bracket, a dash. A lower-case next word never starts a sentence ("… và",
 * "v.v. và").</li>
 * <li>A full stop does not end a sentence after an abbreviation ("TP.", "Tp.",
 * "TS.", "PGS.", "GS.", "ThS.", "Mr.", "Dr.", "St.", and the others in
 * {@link #ABBREVIATIONS}) or after the initial of a name ("Jamieson L. Greer");
 * dates ("28/8", "12/4/2025") and decimal numbers ("8,5", "780.000") are single
 * tokens, so their separators never end a sentence.</li>
 * <li>While a quotation is open (straight or curly quotes, when they are balanced
 * within the line) no sentence ends inside it; a sentence ending at the quote's
 * closing mark ends after it.</li>
 * <li>"ông." is deliberately <em>not</em> an abbreviation: in Vietnamese
 * news "ông" is a full word, and "... của ông." ends a sentence.</li>
 * </ul>
 * A sentence spans from its first token's start to its last token's end.
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {

	/** Words that a full stop abbreviates rather than ends a sentence after (case-sensitive). */
	public static final Set<String> ABBREVIATIONS = Set.of("TP", "Tp", "tp", "TS", "ThS", "Ths", "PGS", "GS", "BS",
			"KS", "CN", "Th", "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "Co", "Ltd", "Inc", "Corp", "No", "vs",
			"Tr", "tr", "etc", "Q", "P", "H", "TX", "TT", "UBND");

	private SentenceSplitter() {
	}

	/** The sentences of [start, end) of the text (tokenized here). */
	public static List<Sentence> split(String text, int start, int end) {
		return split(text, SyllableTokenizer.tokenize(text, start, end));
	}

	/** The sentences formed by {@code tokens} (tokens of one zone, in order). */
	public static List<Sentence> split(String text, List<Token> tokens) {
		return split(text, tokens, 0, tokens.size());
	}

	/** The sentences formed by tokens [from, to) of {@code tokens}. */
	public static List<Sentence> split(String text, List<Token> tokens, int from, int to) {
		List<Sentence> sentences = new ArrayList<>();
		int lineFrom = from;
		while (lineFrom < to) {
			int lineTo = lineFrom + 1;
			while (lineTo < to && !hasLineBreak(text, tokens.get(lineTo - 1).end(), tokens.get(lineTo).start())) {
				lineTo++;
			}
			splitLine(text, tokens, lineFrom, lineTo, sentences);
			lineFrom = lineTo;
		}
		return sentences;
	}

	private static void splitLine(String text, List<Token> tokens, int from, int to, List<Sentence> sentences) {
		boolean quotesBalanced = quotesBalanced(text, tokens, from, to);
		int curlyDepth = 0;
		boolean straightOpen = false;
		int sentenceStart = from;
		int k = from;
		while (k < to) {
			char token = single(text, tokens.get(k));
			if (token == '\u201C') {
				curlyDepth++;
			} else if (token == '\u201D') {
				curlyDepth = Math.max(0, curlyDepth - 1);
			} else if (token == '"') {
				straightOpen = !straightOpen;
			}
			if (isTerminal(text, tokens.get(k)) && !isAbbreviationStop(text, tokens, k)) {
				int last = k;
				// closing quotes and brackets right after the terminal belong to the sentence
				while (last + 1 < to && isCloser(single(text, tokens.get(last + 1)), straightOpen)) {
					char closer = single(text, tokens.get(last + 1));
					if (closer == '\u201D') {
						curlyDepth = Math.max(0, curlyDepth - 1);
					} else if (closer == '"') {
						straightOpen = false;
					}
					last++;
				}
				boolean insideQuote = quotesBalanced && (curlyDepth > 0 || straightOpen);
				if (!insideQuote && (last + 1 == to || canStartSentence(text, tokens.get(last + 1)))) {
					sentences.add(new Sentence(tokens.get(sentenceStart).start(), tokens.get(last).end()));
					sentenceStart = last + 1;
				}
				k = last + 1;
			} else {
				k++;
			}
		}
		if (sentenceStart < to) {
			sentences.add(new Sentence(tokens.get(sentenceStart).start(), tokens.get(to - 1).end()));
		}
	}

	/** The token's character if it is one character long, else 0 (no token is a NUL). */
	private static char single(String text, Token token) {
		return token.end() - token.start() == 1 ? text.charAt(token.start()) : 0;
	}

	/** ". ! ? …", "./." or a run of two or more full stops. */
	private static boolean isTerminal(String text, Token token) {
		char c = single(text, token);
		if (c != 0) {
			return c == '.' || c == '!' || c == '?' || c == '\u2026';
		}
		if (token.end() - token.start() == 3 && text.startsWith("./.", token.start())) {
			return true;
		}
		for (int i = token.start(); i < token.end(); i++) {
			if (text.charAt(i) != '.') {
				return false;
			}
		}
		return true;
	}

	private static boolean isCloser(char token, boolean straightOpen) {
		return switch (token) {
		case '\u201D', '\u2019', ')', ']', '\u00BB' -> true;
		case '"' -> straightOpen;
		default -> false;
		};
	}

	/** True if the full stop at k follows an abbreviation or a name initial. */
	private static boolean isAbbreviationStop(String text, List<Token> tokens, int k) {
		if (k == 0 || single(text, tokens.get(k)) != '.') {
			return false;
		}
		Token previous = tokens.get(k - 1);
		if (previous.end() != tokens.get(k).start() || previous.kind() != TokenKind.WORD) {
			return false;
		}
		return ABBREVIATIONS.contains(previous.text(text)) || SyllableTokenizer.isInitial(text, tokens, k - 1);
	}

	private static boolean canStartSentence(String text, Token next) {
		int cp = text.codePointAt(next.start());
		if (next.kind() == TokenKind.WORD) {
			return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
		}
		if (next.kind() == TokenKind.NUMBER || next.kind() == TokenKind.DATE || next.kind() == TokenKind.TIME) {
			return true;
		}
		return switch (cp) {
		case '"', '\u201C', '\u2018', '(', '[', '-', '\u2013', '\u2014', '\u00AB', '\'' -> true;
		default -> false;
		};
	}

	private static boolean quotesBalanced(String text, List<Token> tokens, int from, int to) {
		int curly = 0;
		int straight = 0;
		for (int k = from; k < to; k++) {
			char token = single(text, tokens.get(k));
			if (token == '\u201C') {
				curly++;
			} else if (token == '\u201D') {
				curly--;
			} else if (token == '"') {
				straight++;
			}
		}
		return curly == 0 && straight % 2 == 0;
	}

	private static boolean hasLineBreak(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (text.charAt(i) == '\n') {
				return true;
			}
		}
		return false;
	}
}
