package org.dipanno.engine.corpus;

import java.util.List;

import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.TokenKind;
import org.dipanno.engine.document.Zone;
import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.model.Document;
import org.dipanno.model.Sentence;
import org.dipanno.model.Token;
import org.dipanno.text.AnalyzedArticle;
import org.dipanno.text.ArticleAnalyzer;
import org.dipanno.text.TextNormalizer;

/** Builds the engine's token view of a document: of an imported model document, or of a single sentence. */
public final class EngineDocuments {

	private EngineDocuments() {
	}

	/** The engine view of a model document: its tokens, their kinds, sentences and zones, with matching keys. */
	public static EngineDocument of(Document document, MatchingKeys keys) {
		List<Token> tokens = document.getTokens();
		List<Sentence> sentences = document.getSentences();
		int n = tokens.size();
		int[] starts = new int[n];
		int[] ends = new int[n];
		String[] folded = new String[n];
		TokenKind[] kinds = new TokenKind[n];
		int[] sentenceOf = new int[n];
		Zone[] zones = new Zone[n];
		String text = document.getText();
		int sentence = 0;
		for (int i = 0; i < n; i++) {
			Token token = tokens.get(i);
			starts[i] = token.getStart();
			ends[i] = token.getEnd();
			folded[i] = keys.fold(text.substring(token.getStart(), token.getEnd()));
			kinds[i] = kind(token.getKind() == null ? null : token.getKind().getName());
			// Sentences are sorted; tokens between sentences (e.g. a lone caption mark) join the previous one.
			while (sentence + 1 < sentences.size() && sentences.get(sentence + 1).getStart() <= token.getStart()) {
				sentence++;
			}
			sentenceOf[i] = sentence;
			var zone = document.zoneAt(token.getStart());
			zones[i] = zone == null ? Zone.OTHER : Zone.valueOf(zone.getKind().getName());
		}
		return new EngineDocument(document.getId(), text, starts, ends, folded, kinds, sentenceOf, zones);
	}

	/**
	 * The engine view of a piece of text analysed on its own (an example sentence of a rule file): every token is
	 * body text, whatever the zoner would call a lone line.
	 */
	public static EngineDocument ofText(String id, String rawText, MatchingKeys keys) {
		AnalyzedArticle article = ArticleAnalyzer.analyze(TextNormalizer.normalize(rawText));
		String text = article.text();
		int n = article.tokens().size();
		int[] starts = new int[n];
		int[] ends = new int[n];
		String[] folded = new String[n];
		TokenKind[] kinds = new TokenKind[n];
		int[] sentenceOf = new int[n];
		Zone[] zones = new Zone[n];
		int sentence = 0;
		for (int i = 0; i < n; i++) {
			org.dipanno.text.Token token = article.tokens().get(i);
			starts[i] = token.start();
			ends[i] = token.end();
			folded[i] = keys.fold(text.substring(token.start(), token.end()));
			kinds[i] = kind(token.kind().name());
			while (sentence + 1 < article.sentences().size()
					&& article.sentences().get(sentence + 1).start() <= token.start()) {
				sentence++;
			}
			sentenceOf[i] = sentence;
			zones[i] = Zone.BODY;
		}
		return new EngineDocument(id, text, starts, ends, folded, kinds, sentenceOf, zones);
	}

	/** The text layer's token kinds in the engine's terms (times count as date-like). */
	static TokenKind kind(String textKind) {
		if (textKind == null) {
			return TokenKind.OTHER;
		}
		return switch (textKind) {
		case "WORD" -> TokenKind.WORD;
		case "NUMBER" -> TokenKind.NUMBER;
		case "DATE", "TIME" -> TokenKind.DATE_LIKE;
		case "PUNCTUATION" -> TokenKind.PUNCTUATION;
		case "SYMBOL" -> TokenKind.SYMBOL;
		default -> TokenKind.OTHER;
		};
	}
}
