package org.dipanno.ui.editor;

import java.util.List;

import org.dipanno.model.Span;
import org.dipanno.model.Token;
import org.dipanno.text.TokenKind;

/**
 * Turns a selection into an annotation span on syllable boundaries: a span that starts or ends inside a syllable
 * grows to the whole syllable, and white space and punctuation at its ends are dropped. Linguists select roughly; datasets need
 * token-aligned spans.
 */
public final class SpanSnapping {

	private SpanSnapping() {
	}

	/**
	 * The snapped span of [start, end) over tokens sorted by offset, or null when the selection covers no token. An
	 * empty selection snaps to the token at (or just before) the caret.
	 */
	public static int[] snap(List<? extends Span> tokens, int start, int end) {
		if (tokens.isEmpty()) {
			return null;
		}
		if (start == end) {
			int index = tokenIndexAt(tokens, start);
			if (index < 0 && start > 0) {
				index = tokenIndexAt(tokens, start - 1);
			}
			return index < 0 ? null : new int[] { tokens.get(index).getStart(), tokens.get(index).getEnd() };
		}
		int first = firstTokenEndingAfter(tokens, start);
		if (first >= tokens.size() || tokens.get(first).getStart() >= end) {
			return null;
		}
		int last = first;
		while (last + 1 < tokens.size() && tokens.get(last + 1).getStart() < end) {
			last++;
		}
		// A rough selection often catches the comma or bracket next to a name; entity spans leave them out.
		while (first < last && isPunctuation(tokens.get(first))) {
			first++;
		}
		while (last > first && isPunctuation(tokens.get(last))) {
			last--;
		}
		return new int[] { tokens.get(first).getStart(), tokens.get(last).getEnd() };
	}

	private static boolean isPunctuation(Span token) {
		return token instanceof Token t && t.getKind() == TokenKind.PUNCTUATION;
	}

	/** Trims white space from both ends of [start, end) without snapping; null when nothing is left. */
	public static int[] trim(CharSequence text, int start, int end) {
		while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u00A0')) {
			start++;
		}
		while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
			end--;
		}
		return start < end ? new int[] { start, end } : null;
	}

	/** The index of the token containing offset, or -1. */
	public static int tokenIndexAt(List<? extends Span> tokens, int offset) {
		int index = firstTokenEndingAfter(tokens, offset);
		return index < tokens.size() && tokens.get(index).getStart() <= offset ? index : -1;
	}

	/** The smallest index whose token ends after offset (binary search; tokens are sorted and disjoint). */
	public static int firstTokenEndingAfter(List<? extends Span> tokens, int offset) {
		int low = 0;
		int high = tokens.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (tokens.get(middle).getEnd() <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
