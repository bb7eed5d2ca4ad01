package org.dipanno.engine.lexicon;

import java.util.List;

import org.dipanno.text.SyllableTokenizer;
import org.dipanno.text.VietnameseText;

/**
 * The text layer's conventions: tokens as {@link SyllableTokenizer} cuts them, keys as {@link VietnameseText#fold}
 * (case folded, tone mark moved to its canonical vowel). Use with documents made by {@code EngineDocuments}.
 */
public final class VietnameseKeys implements MatchingKeys {

	public static final VietnameseKeys INSTANCE = new VietnameseKeys();

	private VietnameseKeys() {
	}

	@Override
	public String fold(String token) {
		return VietnameseText.fold(token);
	}

	@Override
	public List<String> split(String phrase) {
		return SyllableTokenizer.tokenize(phrase).stream().map(t -> t.text(phrase)).toList();
	}
}
