package org.dipanno.export.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

import org.dipanno.export.Span;

/**
 * Builds the tokens of one sentence and splits every token that an entity
 * boundary cuts: "a word token that crosses an entity boundary is split at the
 * boundary, never mislabelled". Pieces are trimmed of surrounding whitespace,
 * so "Trung Quốc Vương" cut after "Quốc" gives {@code Trung_Quốc} and
 * {@code Vương}.
 */
public final class TokenSplitter {

	private TokenSplitter() {
	}

	/** Tokens of one sentence and how many source tokens had to be split. */
	public record Result(List<ExportToken> tokens, int splitTokens) {
	}

	/**
	 * @param baseTokens  syllables or words, in text order; those outside {@code sentence} are skipped
	 * @param boundaries  start and end offsets of the entities tagged in this sentence
	 */
	public static Result tokens(String text, Span sentence, List<Span> baseTokens, NavigableSet<Integer> boundaries) {
		List<ExportToken> tokens = new ArrayList<>();
		int split = 0;
		for (int index = firstEndingAfter(baseTokens, sentence.start()); index < baseTokens.size(); index++) {
			Span base = baseTokens.get(index);
			if (base.end() <= sentence.start()) {
				continue;
			}
			if (base.start() >= sentence.end()) {
				break;
			}
			if (!sentence.contains(base)) {
				// A token crossing a sentence boundary is clipped to the sentence.
				base = new Span(Math.max(base.start(), sentence.start()), Math.min(base.end(), sentence.end()));
			}
			Integer firstCut = boundaries.higher(base.start());
			if (firstCut == null || firstCut >= base.end()) {
				addTrimmed(text, base.start(), base.end(), tokens);
				continue;
			}
			NavigableSet<Integer> cuts = boundaries.subSet(base.start(), false, base.end(), false);
			split++;
			int pieceStart = base.start();
			for (int cut : cuts) {
				addTrimmed(text, pieceStart, cut, tokens);
				pieceStart = cut;
			}
			addTrimmed(text, pieceStart, base.end(), tokens);
		}
		return new Result(tokens, split);
	}

	/** Index of the first token ending after the offset (tokens are in text order). */
	private static int firstEndingAfter(List<Span> tokens, int offset) {
		int low = 0;
		int high = tokens.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (tokens.get(middle).end() <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static void addTrimmed(String text, int start, int end, List<ExportToken> tokens) {
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		if (start < end) {
			tokens.add(new ExportToken(start, end, ExportToken.formOf(text, start, end)));
		}
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
