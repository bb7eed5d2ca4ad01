package org.dipanno.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text layer in one call: normalize, zone, tokenize, split sentences and
 * segment words. Tokens are made zone by zone (no token crosses a zone
 * boundary), sentences within each zone, words within each sentence.
 * Deterministic, stateless and thread-safe.
 */
public final class ArticleAnalyzer {

	private ArticleAnalyzer() {
	}

	/**
	 * Imports and analyses one article file.
	 *
	 * @throws TextImportException if the file is not acceptable text (see {@link TextNormalizer})
	 */
	public static AnalyzedArticle analyze(byte[] raw, String sourceName) throws TextImportException {
		return analyze(TextNormalizer.normalize(raw, sourceName));
	}

	/** Analyses an already normalized text with the default word segmenter. */
	public static AnalyzedArticle analyze(NormalizedText normalized) {
		return analyze(normalized, WordSegmenter.defaultSegmenter());
	}

	/** Analyses an already normalized text with the given word segmenter. */
	public static AnalyzedArticle analyze(NormalizedText normalized, WordSegmenter segmenter) {
		String text = normalized.text();
		List<Zone> zones = Zoner.zone(text);
		List<Token> tokens = new ArrayList<>();
		List<Sentence> sentences = new ArrayList<>();
		List<Word> words = new ArrayList<>();
		for (Zone zone : zones) {
			int zoneFrom = tokens.size();
			SyllableTokenizer.tokenize(text, zone.start(), zone.end(), tokens);
			List<Sentence> zoneSentences = SentenceSplitter.split(text, tokens, zoneFrom, tokens.size());
			int k = zoneFrom;
			for (Sentence sentence : zoneSentences) {
				int sentenceFrom = k;
				while (k < tokens.size() && tokens.get(k).end() <= sentence.end()) {
					k++;
				}
				segmenter.segment(text, tokens, sentenceFrom, k, words);
			}
			sentences.addAll(zoneSentences);
		}
		return new AnalyzedArticle(normalized, zones, sentences, tokens, words);
	}
}
