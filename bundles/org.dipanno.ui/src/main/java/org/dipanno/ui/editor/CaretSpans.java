package org.dipanno.ui.editor;

import java.util.List;

import org.dipanno.model.Document;
import org.dipanno.model.Span;
import org.dipanno.model.Token;
import org.dipanno.model.Word;
import org.dipanno.text.TokenKind;

/**
 * What a type key labels when only the caret is placed: a run of capitalized syllables under it (a name: "Vương Văn
 * Đào", "Gina Raimondo", "Bộ Công Thương"), else the dictionary word under it ("thủ đô"), else the syllable.
 */
final class CaretSpans {

	private CaretSpans() {
	}

	/** The span to label for a caret at the offset, or null when there is no token there. */
	static int[] at(Document document, int caret) {
		List<Token> tokens = document.getTokens();
		int index = SpanSnapping.tokenIndexAt(tokens, caret);
		if ((index < 0 || !isWord(tokens.get(index))) && caret > 0) {
			int before = SpanSnapping.tokenIndexAt(tokens, caret - 1);
			if (before >= 0) {
				index = before;
			}
		}
		if (index < 0) {
			return null;
		}
		Token token = tokens.get(index);
		String text = document.getText();
		List<Word> words = document.getWords();
		Span word = wordAt(words, token.getStart());
		if (word != null && (word.getStart() < token.getStart() || token.getEnd() < word.getEnd())) {
			return new int[] { word.getStart(), word.getEnd() }; // a dictionary word of several syllables
		}
		if (isWord(token) && isCapitalized(text, token)) {
			// A name is a run of capitalized syllables that are no dictionary word of several syllables together:
			// "Vương Văn Đào" after "Trung Quốc".
			int first = index;
			int last = index;
			while (first > 0 && joins(text, tokens.get(first - 1), tokens.get(first)) && alone(words, tokens.get(first - 1))) {
				first--;
			}
			while (last + 1 < tokens.size() && joins(text, tokens.get(last), tokens.get(last + 1))
					&& alone(words, tokens.get(last + 1))) {
				last++;
			}
			return new int[] { tokens.get(first).getStart(), tokens.get(last).getEnd() };
		}
		return new int[] { token.getStart(), token.getEnd() };
	}

	/** Whether the token is a word by itself (not a syllable of a longer dictionary word). */
	private static boolean alone(List<Word> words, Token token) {
		Span word = wordAt(words, token.getStart());
		return word == null || word.getStart() == token.getStart() && word.getEnd() == token.getEnd();
	}

	/** Two capitalized word syllables with one space between them, on the same line, belong to one name. */
	private static boolean joins(String text, Token left, Token right) {
		return isWord(left) && isWord(right) && isCapitalized(text, left) && isCapitalized(text, right)
				&& right.getStart() - left.getEnd() == 1 && text.charAt(left.getEnd()) == ' ';
	}

	private static boolean isWord(Token token) {
		return token.getKind() != TokenKind.PUNCTUATION && token.getKind() != TokenKind.SYMBOL;
	}

	private static boolean isCapitalized(String text, Token token) {
		return Character.isUpperCase(text.codePointAt(token.getStart()));
	}

	private static Span wordAt(List<? extends Span> words, int offset) {
		int index = SpanSnapping.tokenIndexAt(words, offset);
		return index < 0 ? null : words.get(index);
	}
}
