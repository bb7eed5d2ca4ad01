package org.dipanno.export.tokens;

/** Which tokens a token-level format is written in. */
public enum TokenForm {
	/** One token per syllable (space-separated unit of Vietnamese script). */
	SYLLABLE("syllable"),
	/** One token per segmented word, syllables joined with {@code _} (VLSP style: {@code Bộ_trưởng}). */
	WORD("word");

	private final String folderName;

	TokenForm(String folderName) {
		this.folderName = folderName;
	}

	/** Lower-case name used in folder names of the dataset. */
	public String folderName() {
		return folderName;
	}
}
