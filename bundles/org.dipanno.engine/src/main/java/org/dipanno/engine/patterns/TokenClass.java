package org.dipanno.engine.patterns;

/** Classes of single tokens a pattern can ask for. */
public enum TokenClass {
	/** Any token. */
	ANY,
	/** A token of kind WORD. */
	WORD,
	/** A word whose first character is upper case ("Vương", "L"). */
	CAPITALIZED,
	/** A word written entirely in upper case, at least two letters ("APEC", "TIFA"). */
	UPPERCASE,
	/** A word whose first character is lower case. */
	LOWERCASE,
	NUMBER,
	DATE_LIKE,
	PUNCTUATION,
	SYMBOL
}
