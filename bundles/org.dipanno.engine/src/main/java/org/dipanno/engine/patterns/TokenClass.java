package org.dipanno.engine.patterns;

/** Classes of single tokens a pattern can ask for. */
public enum TokenClass {
	/** Any token. */
	ANY,
	/** A token of kind WORD. */
	WORD,
	/** A word whose first character is upper case ("Vương", "L"). */
	CAPITALIZED,
	/** A word whose letters are all upper case, as the rule language's AllCaps: "APEC", "TIFA", the initial "L". */
	UPPERCASE,
	/** A word whose first character is lower case. */
	LOWERCASE,
	NUMBER,
	DATE_LIKE,
	PUNCTUATION,
	SYMBOL
}
