package org.dipanno.engine.corpus;

import java.util.List;

import org.dipanno.engine.document.ArticleDocuments;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.TokenKind;
import org.dipanno.engine.document.Zone;
import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.model.Document;
import org.dipanno.model.Sentence;
import org.dipanno.model.Token;
import org.dipanno.text.ZoneKind;

/** The engine's token view of an imported model document. */
public final class EngineDocuments {

	private EngineDocuments() {
	}

	/**
	 * The engine view of a model document: its tokens with matching keys, kinds, sentences and zones, as
	 * {@link ArticleDocuments} builds it from the text layer's analysis (a token outside every sentence is a sentence of
	 * its own).
	 */
	public static EngineDocument of(Document document, MatchingKeys keys) {
		List<Token> tokens = document.getTokens();
		List<Sentence> sentences = document.getSentences();
		String text = document.getText();
		int n = tokens.size();
		int[] starts = new int[n];
		int[] ends = new int[n];
		String[] folded = new String[n];
		TokenKind[] kinds = new TokenKind[n];
		int[] sentenceOf = new int[n];
		Zone[] zones = new Zone[n];
		int sentence = 0;
		int index = 0;
		int previous = -1;
		for (int i = 0; i < n; i++) {
			Token token = tokens.get(i);
			starts[i] = token.getStart();
			ends[i] = token.getEnd();
			folded[i] = keys.fold(text.substring(token.getStart(), token.getEnd()));
			kinds[i] = ArticleDocuments.kindOf(org.dipanno.text.TokenKind.valueOf(token.getKind().getName()));
			while (sentence < sentences.size() && sentences.get(sentence).getEnd() <= token.getStart()) {
				sentence++;
			}
			boolean inside = sentence < sentences.size() && sentences.get(sentence).getStart() <= token.getStart();
			int current = inside ? sentence : -1 - i;
			if (i > 0 && current != previous) {
				index++;
			}
			previous = current;
			sentenceOf[i] = index;
			var zone = document.zoneAt(token.getStart());
			zones[i] = ArticleDocuments.zoneOf(zone == null ? null : ZoneKind.valueOf(zone.getKind().getName()));
		}
		return new EngineDocument(document.getId(), text, starts, ends, folded, kinds, sentenceOf, zones);
	}
}
