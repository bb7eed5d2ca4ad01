package org.dipanno.ui.editor;

import java.util.List;

import org.dipanno.model.Document;
import org.dipanno.model.Sentence;

/** What a span must be to become an annotation: it holds a word, and stays within one sentence. */
public final class SpanChecks {

	static final String PUNCTUATION_ONLY = "Punctuation alone is not an entity; select a word";
	static final String CROSSES_SENTENCES = "An annotation cannot cross a sentence boundary; select within one sentence";

	private SpanChecks() {
	}

	/** Why [start, end) cannot be annotated, or null when it can. */
	public static String problem(Document document, int start, int end) {
		String text = document.getText();
		boolean word = false;
		for (int i = start; i < end && !word; i = text.offsetByCodePoints(i, 1)) {
			word = Character.isLetterOrDigit(text.codePointAt(i));
		}
		if (!word) {
			return PUNCTUATION_ONLY;
		}
		// Datasets are written sentence by sentence; a span across two would be dropped from them.
		Sentence first = sentenceAt(document.getSentences(), start);
		Sentence last = sentenceAt(document.getSentences(), end - 1);
		return first != last ? CROSSES_SENTENCES : null;
	}

	private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
		int low = 0;
		int high = sentences.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			Sentence sentence = sentences.get(middle);
			if (sentence.getEnd() <= offset) {
				low = middle + 1;
			} else if (sentence.getStart() > offset) {
				high = middle - 1;
			} else {
				return sentence;
			}
		}
		return null;
	}
}
