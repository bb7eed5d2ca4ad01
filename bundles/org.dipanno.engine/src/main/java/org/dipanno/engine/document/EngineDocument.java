package org.dipanno.engine.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * The engine's input: an analyzed text as parallel arrays, one entry per token.
 *
 * <p>Offsets are character offsets into {@link #text()} (end exclusive). The folded key of a token is its
 * case- and tone-placement-insensitive matching key (the text layer's fold); the engine maps keys to the
 * interned syllable ids of a compiled rule set when it runs. Sentences are given as a sentence index per
 * token (non-decreasing); zones as one {@link Zone} per token. Arrays are copied, so a document cannot be
 * changed after it is built.
 */
public final class EngineDocument {

	private final String id;
	private final String text;
	private final int[] tokenStart;
	private final int[] tokenEnd;
	private final String[] foldedKey;
	private final byte[] kind;
	private final int[] sentence;
	private final byte[] zone;

	public EngineDocument(String id, String text, int[] tokenStart, int[] tokenEnd, String[] foldedKey,
			TokenKind[] kinds, int[] sentenceOfToken, Zone[] zones) {
		this.id = Objects.requireNonNull(id, "document id");
		this.text = Objects.requireNonNull(text, "text of document " + id);
		int n = tokenStart.length;
		if (tokenEnd.length != n || foldedKey.length != n || kinds.length != n || sentenceOfToken.length != n
				|| zones.length != n) {
			throw new IllegalArgumentException("Document " + id + ": token arrays differ in length (starts " + n
					+ ", ends " + tokenEnd.length + ", keys " + foldedKey.length + ", kinds " + kinds.length
					+ ", sentences " + sentenceOfToken.length + ", zones " + zones.length + ")");
		}
		this.tokenStart = tokenStart.clone();
		this.tokenEnd = tokenEnd.clone();
		this.foldedKey = foldedKey.clone();
		this.sentence = sentenceOfToken.clone();
		this.kind = new byte[n];
		this.zone = new byte[n];
		for (int i = 0; i < n; i++) {
			if (tokenStart[i] < 0 || tokenEnd[i] <= tokenStart[i] || tokenEnd[i] > text.length()) {
				throw new IllegalArgumentException("Document " + id + ": token " + i + " has bad offsets ["
						+ tokenStart[i] + ", " + tokenEnd[i] + ") for a text of length " + text.length());
			}
			if (i > 0 && tokenStart[i] < tokenEnd[i - 1]) {
				throw new IllegalArgumentException("Document " + id + ": token " + i + " at " + tokenStart[i]
						+ " overlaps token " + (i - 1) + " ending at " + tokenEnd[i - 1]);
			}
			if (i > 0 && sentenceOfToken[i] < sentenceOfToken[i - 1]) {
				throw new IllegalArgumentException("Document " + id + ": sentence index goes back at token " + i);
			}
			this.kind[i] = (byte) Objects.requireNonNull(kinds[i], "kind of token " + i).ordinal();
			this.zone[i] = (byte) Objects.requireNonNull(zones[i], "zone of token " + i).ordinal();
			Objects.requireNonNull(foldedKey[i], "folded key of token " + i);
		}
	}

	public String id() {
		return id;
	}

	public String text() {
		return text;
	}

	public int tokenCount() {
		return tokenStart.length;
	}

	public int tokenStart(int token) {
		return tokenStart[token];
	}

	public int tokenEnd(int token) {
		return tokenEnd[token];
	}

	public String foldedKey(int token) {
		return foldedKey[token];
	}

	public TokenKind kind(int token) {
		return TokenKind.ofOrdinal(kind[token]);
	}

	public int sentence(int token) {
		return sentence[token];
	}

	public Zone zone(int token) {
		return Zone.ofOrdinal(zone[token]);
	}

	/** The token's text as written (allocates; the engine's hot loop uses offsets instead). */
	public String tokenText(int token) {
		return text.substring(tokenStart[token], tokenEnd[token]);
	}

	/** The text covered by tokens {@code [from, to)}. */
	public String coveredText(int fromToken, int toToken) {
		return text.substring(tokenStart[fromToken], tokenEnd[toToken - 1]);
	}

	/** The index of the token that starts at character offset {@code offset}, or -1. */
	public int tokenStartingAt(int offset) {
		int i = Arrays.binarySearch(tokenStart, offset);
		return i >= 0 ? i : -1;
	}

	/** The index of the token that ends at character offset {@code offset}, or -1. */
	public int tokenEndingAt(int offset) {
		int i = Arrays.binarySearch(tokenEnd, offset);
		return i >= 0 ? i : -1;
	}

	@Override
	public String toString() {
		return "EngineDocument[" + id + ", " + tokenStart.length + " tokens]";
	}
}
