package org.dipanno.engine.document;

import java.util.List;

import org.dipanno.text.AnalyzedArticle;
import org.dipanno.text.Sentence;
import org.dipanno.text.Token;
import org.dipanno.text.VietnameseText;
import org.dipanno.text.ZoneKind;

/**
 * Adapter from the text layer: an {@link AnalyzedArticle} (stored text, zones, sentences, syllable tokens) becomes
 * an {@link EngineDocument} with the same offsets, keys folded by {@link VietnameseText#fold}. Match such documents
 * with rules compiled with {@code VietnameseKeys}.
 */
public final class ArticleDocuments {

	private ArticleDocuments() {
	}

	public static EngineDocument of(String id, AnalyzedArticle article) {
		return of(id, article, false);
	}

	/**
	 * A text analysed on its own (e.g. an example sentence of a rule file) as body text: a lone line would
	 * otherwise be zoned as a title, which rules do not match.
	 */
	public static EngineDocument asBody(String id, AnalyzedArticle article) {
		return of(id, article, true);
	}

	private static EngineDocument of(String id, AnalyzedArticle article, boolean allBody) {
		String text = article.text();
		List<Token> tokens = article.tokens();
		List<Sentence> sentences = article.sentences();
		int n = tokens.size();
		int[] starts = new int[n];
		int[] ends = new int[n];
		String[] keys = new String[n];
		TokenKind[] kinds = new TokenKind[n];
		int[] sentenceOfToken = new int[n];
		Zone[] zones = new Zone[n];
		int sentence = 0;
		int index = 0;
		int previousSentence = -1;
		for (int i = 0; i < n; i++) {
			Token token = tokens.get(i);
			starts[i] = token.start();
			ends[i] = token.end();
			keys[i] = VietnameseText.fold(token.text(text));
			kinds[i] = kindOf(token.kind());
			while (sentence < sentences.size() && sentences.get(sentence).end() <= token.start()) {
				sentence++;
			}
			boolean inside = sentence < sentences.size() && sentences.get(sentence).start() <= token.start();
			// A token outside every sentence is a sentence of its own, so that no match joins it to a neighbour.
			int current = inside ? sentence : -1 - i;
			if (i == 0 || current != previousSentence) {
				index = i == 0 ? 0 : index + 1;
			}
			previousSentence = current;
			sentenceOfToken[i] = index;
			zones[i] = allBody ? Zone.BODY : zoneOf(article.zoneKindAt(token.start()));
		}
		return new EngineDocument(id, text, starts, ends, keys, kinds, sentenceOfToken, zones);
	}

	/** The text layer's token kinds in the engine's terms (times count as date-like). */
	public static TokenKind kindOf(org.dipanno.text.TokenKind kind) {
		return switch (kind) {
		case WORD -> TokenKind.WORD;
		case NUMBER -> TokenKind.NUMBER;
		case DATE, TIME -> TokenKind.DATE_LIKE;
		case PUNCTUATION -> TokenKind.PUNCTUATION;
		case SYMBOL -> TokenKind.SYMBOL;
		};
	}

	/** The text layer's zones in the engine's terms. */
	public static Zone zoneOf(ZoneKind zone) {
		return zone == null ? Zone.OTHER : switch (zone) {
		case TITLE -> Zone.TITLE;
		case LEAD -> Zone.LEAD;
		case BODY -> Zone.BODY;
		case CAPTION -> Zone.CAPTION;
		case BOILERPLATE -> Zone.BOILERPLATE;
		};
	}
}
