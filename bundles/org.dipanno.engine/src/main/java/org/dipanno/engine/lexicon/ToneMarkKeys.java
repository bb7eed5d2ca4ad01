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

	/** Characters below this have their folded form precomputed. */
	private static final int TABLE_SIZE = 0x2000;
	/** Lower-case base letter of a precomposed character without its tone mark; 0 when the table cannot say. */
	private static final char[] BASE = new char[TABLE_SIZE];
	/** The tone mark (a combining character) a precomposed character carries, or 0. */
	private static final char[] TONE = new char[TABLE_SIZE];

	static {
		for (char c = 0x80; c < TABLE_SIZE; c++) {
			if (!Character.isLetter(c)) {
				continue;
			}
			String slow = foldSlowly(String.valueOf(c));
			int separator = slow.indexOf(TONE_SEPARATOR);
			String base = separator < 0 ? slow : slow.substring(0, separator);
			if (base.length() == 1) {
				BASE[c] = base.charAt(0);
				TONE[c] = separator < 0 ? 0 : slow.charAt(separator + 1);
			}
		}
	}

	private ToneMarkKeys() {
	}

	@Override
	public String fold(String token) {
		// Fast path for precomposed (NFC) text: one table look-up per character, no normalization.
		int n = token.length();
		char[] out = new char[n + 2];
		char tone = 0;
		for (int i = 0; i < n; i++) {
			char c = token.charAt(i);
			if (c < 0x80) {
				out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
			} else if (c < TABLE_SIZE && BASE[c] != 0) {
				out[i] = BASE[c];
				char t = TONE[c];
				if (t != 0) {
					if (tone != 0) {
						return foldSlowly(token);
					}
					tone = t;
				}
			} else {
				return foldSlowly(token);
			}
		}
		if (tone == 0) {
			return new String(out, 0, n);
		}
		out[n] = TONE_SEPARATOR;
		out[n + 1] = tone;
		return new String(out, 0, n + 2);
	}

	/** Any input (also decomposed): NFD, take the tone mark off, lower case, NFC, append the tone mark. */
	static String foldSlowly(String token) {
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
