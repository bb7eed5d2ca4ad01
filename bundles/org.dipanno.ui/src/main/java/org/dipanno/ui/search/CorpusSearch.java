package org.dipanno.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.dipanno.model.Document;
import org.dipanno.model.Token;
import org.dipanno.text.TokenKind;
import org.dipanno.text.VietnameseText;

/**
 * Finds a word, a phrase or a pattern in the articles of a corpus. Words and phrases are matched syllable by syllable,
 * whole syllables only, ignoring case and where the tone mark sits ("hoà" finds "hòa"); a pattern is a Java regular
 * expression over the text, case-insensitive. Each hit comes with its keyword-in-context line.
 */
public final class CorpusSearch {

	/** How many characters of context each side of a hit. */
	public static final int CONTEXT = 40;

	/** One occurrence: the article, the span, and the text around it on the same line. */
	public record Hit(Document document, int start, int end, String left, String match, String right) {
	}

	private CorpusSearch() {
	}

	/**
	 * The hits of the query in the documents, in corpus and text order.
	 *
	 * @param pattern the query is a regular expression (else a word or phrase)
	 * @throws IllegalArgumentException for an empty query or a pattern that is not a regular expression
	 */
	public static List<Hit> find(List<Document> documents, String query, boolean pattern) {
		if (query == null || query.isBlank()) {
			throw new IllegalArgumentException("Type a word, a phrase or a pattern to search for");
		}
		List<Hit> hits = new ArrayList<>();
		if (pattern) {
			Pattern compiled;
			try {
				compiled = Pattern.compile(query, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			} catch (PatternSyntaxException e) {
				throw new IllegalArgumentException("Not a regular expression: " + e.getDescription());
			}
			for (Document document : documents) {
				Matcher matcher = compiled.matcher(document.getText());
				while (matcher.find()) {
					if (matcher.end() > matcher.start()) {
						hits.add(hit(document, matcher.start(), matcher.end()));
					}
				}
			}
			return hits;
		}
		String[] syllables = VietnameseText.fold(query.strip()).split("\\s+");
		for (Document document : documents) {
			List<Token> tokens = document.getTokens();
			String text = document.getText();
			for (int i = 0; i + syllables.length <= tokens.size(); i++) {
				int matched = 0;
				while (matched < syllables.length && matches(text, tokens, i + matched, syllables[matched])
						&& (matched == 0 || adjacent(text, tokens.get(i + matched - 1), tokens.get(i + matched)))) {
					matched++;
				}
				if (matched == syllables.length) {
					hits.add(hit(document, tokens.get(i).getStart(), tokens.get(i + matched - 1).getEnd()));
				}
			}
		}
		return hits;
	}

	private static boolean matches(String text, List<Token> tokens, int index, String folded) {
		Token token = tokens.get(index);
		return token.getEnd() - token.getStart() <= folded.length() + 2
				&& VietnameseText.fold(text.substring(token.getStart(), token.getEnd())).equals(folded);
	}

	/** Two syllables of one phrase: only spaces between them, no line break. */
	private static boolean adjacent(String text, Token left, Token right) {
		for (int i = left.getEnd(); i < right.getStart(); i++) {
			char c = text.charAt(i);
			if (c != ' ' && c != '\u00A0') {
				return false;
			}
		}
		return left.getKind() != TokenKind.PUNCTUATION || right.getKind() != TokenKind.PUNCTUATION;
	}

	private static Hit hit(Document document, int start, int end) {
		String text = document.getText();
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		int leftStart = Math.max(lineStart, start - CONTEXT);
		int rightEnd = Math.min(lineEnd, end + CONTEXT);
		return new Hit(document, start, end, (leftStart > lineStart ? "\u2026" : "") + text.substring(leftStart, start),
				text.substring(start, end), text.substring(end, rightEnd) + (rightEnd < lineEnd ? "\u2026" : ""));
	}
}
