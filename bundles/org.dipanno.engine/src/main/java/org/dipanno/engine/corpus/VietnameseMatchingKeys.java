package org.dipanno.engine.corpus;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.text.SyllableTokenizer;
import org.dipanno.text.Token;
import org.dipanno.text.VietnameseText;

/**
 * The text layer's conventions for matching: phrases are cut into syllables exactly as articles are, and a syllable's
 * key is {@link VietnameseText#fold(String)} (case, NFC, tone-mark placement: "hòa" = "hoà"), the same fold the rule
 * language uses to find duplicate lexicon entries.
 */
public final class VietnameseMatchingKeys implements MatchingKeys {

	public static final VietnameseMatchingKeys INSTANCE = new VietnameseMatchingKeys();

	private VietnameseMatchingKeys() {
	}

	@Override
	public String fold(String token) {
		return VietnameseText.fold(token);
	}

	@Override
	public List<String> split(String phrase) {
		List<String> parts = new ArrayList<>();
		for (Token token : SyllableTokenizer.tokenize(phrase)) {
			parts.add(phrase.substring(token.start(), token.end()));
		}
		return parts;
	}
}
