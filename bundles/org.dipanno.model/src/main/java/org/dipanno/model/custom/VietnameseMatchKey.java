package org.dipanno.model.custom;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A comparison key under which spellings of the same Vietnamese name match: "hòa" and "hoà" (the tone mark on a
 * different vowel), "Uỷ" and "Ủy", NFD and NFC input, NBSP and runs of spaces, upper and lower case. Only for
 * matching: annotations keep the original text.
 */
public final class VietnameseMatchKey {

	private VietnameseMatchKey() {
	}

	/**
	 * Per syllable: the letters without the five tone marks (grave, acute, hook above, tilde, dot below), followed by
	 * the tone mark, so the key no longer depends on which vowel carries it. Other marks (circumflex, breve, horn) stay
	 * on their letter: they are part of the vowel, not of the tone.
	 */
	public static String of(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(decomposed.length());
		for (String syllable : decomposed.replace('\u00A0', ' ').strip().split("\\s+")) {
			if (syllable.isEmpty()) {
				continue;
			}
			if (!key.isEmpty()) {
				key.append(' ');
			}
			char tone = 0;
			StringBuilder letters = new StringBuilder(syllable.length());
			for (int i = 0; i < syllable.length(); i++) {
				char c = syllable.charAt(i);
				if (isToneMark(c)) {
					tone = c;
				} else {
					letters.append(c);
				}
			}
			key.append(Normalizer.normalize(letters, Normalizer.Form.NFC));
			if (tone != 0) {
				key.append(tone);
			}
		}
		return key.toString();
	}

	private static boolean isToneMark(char c) {
		return c == '\u0300' || c == '\u0301' || c == '\u0309' || c == '\u0303' || c == '\u0323';
	}
}
