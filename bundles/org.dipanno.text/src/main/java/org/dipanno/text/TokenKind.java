package org.dipanno.text;

/** What a syllable-level token is (see {@link SyllableTokenizer}). */
public enum TokenKind {
	/** A syllable or other run of letters (may contain digits: "G20", "A80"), or a domain name ("mofcom.gov.cn"). */
	WORD,
	/** A number: digits with optional decimal or thousands separators ("8,5", "780.000", "2025"). */
	NUMBER,
	/** A day/month(/year) or month/year date: "28/8", "12/4/2025", "9/2025". */
	DATE,
	/** A clock time: "07:59", "20:38". */
	TIME,
	/** Punctuation: . , ; : ! ? quotes, brackets, dashes, hyphens, "…", "...", the end marker "./.". */
	PUNCTUATION,
	/** Anything else that is not a space: % & @ # + = | $ € and other symbols. */
	SYMBOL
}
