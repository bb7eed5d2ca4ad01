package org.dipanno.engine.corpus;

import java.util.List;

import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.model.Document;
import org.dipanno.model.Sentence;
import org.dipanno.model.Token;
import org.dipanno.text.AnalyzedArticle;
import org.dipanno.text.TokenKind;
import org.dipanno.text.VietnameseText;
import org.dipanno.text.Zone;
import org.dipanno.text.ZoneKind;

/**
 * The engine's documents from the text layer's analysis, as the product makes them: an imported model
 * {@link Document}, or an {@link AnalyzedArticle} (a text analysed on the spot, e.g. a rule file's example). Same
 * offsets; zones and token kinds are the text layer's; a token outside every sentence is a sentence of its own, so
 * that no match joins it to a neighbour; a token in no zone (zones tile the text) counts as boilerplate.
 */
public final class EngineDocuments {

	private EngineDocuments() {
	}

	/** A model document, its tokens folded with {@code keys} (the rules' {@link MatchingKeys}). */
	public static EngineDocument of(Document document, MatchingKeys keys) {
		List<Token> tokens = document.getTokens();
		List<Sentence> sentences = document.getSentences();
		String text = document.getText();
		Tokens t = new Tokens(tokens.size(), sentences.size());
		for (int i = 0; i < t.count; i++) {
			Token token = tokens.get(i);
			var zone = document.zoneAt(token.getStart());
			t.set(i, token.getStart(), token.getEnd(), keys.fold(text.substring(token.getStart(), token.getEnd())),
					token.getKind(), zone == null ? null : zone.getKind());
		}
		for (int s = 0; s < sentences.size(); s++) {
			t.sentence(s, sentences.get(s).getStart(), sentences.get(s).getEnd());
		}
		return t.document(document.getId(), text);
	}

	/** An analysed article, its tokens folded by {@link VietnameseText#fold} (rules compiled with VietnameseKeys). */
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
		var tokens = article.tokens(); // the text layer's tokens and sentences, not the model's
		var sentences = article.sentences();
		Tokens t = new Tokens(tokens.size(), sentences.size());
		List<Zone> zones = article.zones();
		int zone = 0; // tokens are in text order: the zones are walked along, not searched per token
		for (int i = 0; i < t.count; i++) {
			var token = tokens.get(i);
			while (zone < zones.size() && zones.get(zone).end() <= token.start()) {
				zone++;
			}
			ZoneKind kind = zone < zones.size() && zones.get(zone).contains(token.start()) ? zones.get(zone).kind() : null;
			t.set(i, token.start(), token.end(), VietnameseText.fold(text, token.start(), token.end()), token.kind(),
					allBody ? ZoneKind.BODY : kind);
		}
		for (int s = 0; s < sentences.size(); s++) {
			t.sentence(s, sentences.get(s).start(), sentences.get(s).end());
		}
		return t.document(id, text);
	}

	/** The parallel arrays of a document being built, and its sentences' spans. */
	private static final class Tokens {
		final int count;
		final int[] starts;
		final int[] ends;
		final String[] keys;
		final TokenKind[] kinds;
		final ZoneKind[] zones;
		final int[] sentenceStarts;
		final int[] sentenceEnds;

		Tokens(int count, int sentenceCount) {
			this.count = count;
			starts = new int[count];
			ends = new int[count];
			keys = new String[count];
			kinds = new TokenKind[count];
			zones = new ZoneKind[count];
			sentenceStarts = new int[sentenceCount];
			sentenceEnds = new int[sentenceCount];
		}

		void set(int i, int start, int end, String key, TokenKind kind, ZoneKind zone) {
			starts[i] = start;
			ends[i] = end;
			keys[i] = key;
			kinds[i] = kind;
			zones[i] = zone == null ? ZoneKind.BOILERPLATE : zone;
		}

		void sentence(int s, int start, int end) {
			sentenceStarts[s] = start;
			sentenceEnds[s] = end;
		}

		/** Numbers the tokens' sentences in order: each sentence, and each token outside all, gets the next. */
		EngineDocument document(String id, String text) {
			int[] sentenceOf = new int[count];
			int sentence = 0;
			int index = 0;
			int previous = -1;
			for (int i = 0; i < count; i++) {
				while (sentence < sentenceStarts.length && sentenceEnds[sentence] <= starts[i]) {
					sentence++;
				}
				boolean inside = sentence < sentenceStarts.length && sentenceStarts[sentence] <= starts[i];
				int current = inside ? sentence : -1 - i;
				if (i > 0 && current != previous) {
					index++;
				}
				previous = current;
				sentenceOf[i] = index;
			}
			return new EngineDocument(id, text, starts, ends, keys, kinds, sentenceOf, zones);
		}
	}
}
