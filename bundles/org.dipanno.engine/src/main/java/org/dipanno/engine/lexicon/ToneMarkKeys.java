package org.dipanno.engine.lexicon;

import java.text.Normalizer;
import java.util.List;

import org.dipanno.engine.document.PlainTextAnalyzer;

/**
 * Default matching keys: lower case, with the Vietnamese tone mark taken off the letter that carries it and
 * appended to the end of the key. "hòa" and "hoà" (grave on the o or on the a) therefore share the key, while
 * "hoa" and "hòa" (no tone vs grave) stay different. Splitting follows {@link PlainTextAnalyzer}.
 */
public final class ToneMarkKeys implements MatchingKeys {

	public static final ToneMarkKeys INSTANCE = new ToneMarkKeys();

	/** Separates the base from the tone in a key, so that no written word can produce the same key. */
	private static final char TONE_SEPARATOR = '\u001F';

	private ToneMarkKeys() {
	}

	@Override
	public String fold(String token) {
		boolean ascii = true;
		for (int i = 0; i < token.length() && ascii; i++) {
			ascii = token.charAt(i) < 0x80;
		}
		if (ascii) {
			return token.toLowerCase(java.util.Locale.ROOT);
		}
		String decomposed = Normalizer.normalize(token, Normalizer.Form.NFD);
		StringBuilder base = new StringBuilder(decomposed.length());
		char tone = 0;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			switch (c) {
			case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> tone = c;
			case '\u00D0' -> base.append('\u0111'); // Icelandic eth used for Vietnamese Đ
			default -> base.append(Character.toLowerCase(c));
			}
		}
		String key = Normalizer.normalize(base, Normalizer.Form.NFC);
		return tone == 0 ? key : key + TONE_SEPARATOR + tone;
	}

	@Override
	public List<String> split(String phrase) {
		return PlainTextAnalyzer.split(phrase);
	}
}
