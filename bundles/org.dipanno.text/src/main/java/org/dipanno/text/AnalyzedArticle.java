package org.dipanno.text;

import java.util.List;

/**
 * An imported and analysed article. All offsets are stored-text offsets of
 * {@code normalized.text()}; zones tile the text; sentences, tokens and words
 * are in text order and cover every zone (boilerplate and captions too).
 * {@link Word#firstToken()} and {@link Word#lastTokenExclusive()} index
 * {@code tokens}, so the syllable view and the word view share offsets.
 */
public record AnalyzedArticle(NormalizedText normalized, List<Zone> zones, List<Sentence> sentences,
		List<Token> tokens, List<Word> words) {

	public AnalyzedArticle {
		zones = List.copyOf(zones);
		sentences = List.copyOf(sentences);
		tokens = List.copyOf(tokens);
		words = List.copyOf(words);
	}

	/** The stored text. */
	public String text() {
		return normalized.text();
	}

	/** The zone containing a stored offset, or null for an offset outside the text. */
	public Zone zoneAt(int offset) {
		return Zoner.zoneAt(zones, offset);
	}

	/** The kind of the zone containing a stored offset, or null outside the text. */
	public ZoneKind zoneKindAt(int offset) {
		Zone zone = zoneAt(offset);
		return zone == null ? null : zone.kind();
	}
}
