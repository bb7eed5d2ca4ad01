package org.dipanno.engine.document;

import java.util.Arrays;
import java.util.Objects;

import org.dipanno.text.TokenKind;
import org.dipanno.text.ZoneKind;

/**
 * The engine's input: an analyzed text as parallel arrays, one entry per token.
 *
 * <p>Offsets are character offsets into {@link #text()} (end exclusive). The folded key of a token is its
 * case- and tone-placement-insensitive matching key (the text layer's fold); the engine maps keys to the
 * interned syllable ids of a compiled rule set when it runs; each distinct key is kept once, with an index per
 * token ({@link #keyIndex}), so that a run looks up a document's few hundred distinct keys rather than every
 * token's (and the document holds each word's key once). Sentences are given as a sentence index per
 * token (non-decreasing); zones as one {@link ZoneKind} per token. Arrays are copied, so a document cannot be
 * changed after it is built.
 */
public final class EngineDocument {

	private static final TokenKind[] KINDS = TokenKind.values();
	private static final ZoneKind[] ZONES = ZoneKind.values();

	private final String id;
	private final String text;
	private final int[] tokenStart;
	private final int[] tokenEnd;
	/**
	 * The distinct folded keys, in order of first occurrence, packed: their chars one after another
	 * ({@code keyBounds[k]} to {@code keyBounds[k + 1]}) and their String hashes; and each token's index into them.
	 * A run reads them in one sweep; as Strings they were objects of their own, several times the size.
	 */
	private final char[] keyChars;
	private final int[] keyBounds;
	private final int[] keyHashes;
	private final int[] keyIndex;
	private final byte[] kind;
	/**
	 * Per word token, how its letters are written ({@link #CAPITALIZED}, {@link #ALL_UPPER}, {@link #LOWERCASE}
	 * bits; 0 for other tokens): worked out once here, so that runs, which ask it of most tokens, need not read the
	 * text.
	 */
	private final byte[] letterCase;
	private final int[] sentence;
	private final byte[] zone;

	/** {@link #letterCase} bit: the first character is an upper-case letter. */
	public static final int CAPITALIZED = 1;
	/** {@link #letterCase} bit: capitalized, and no letter is lower case. */
	public static final int ALL_UPPER = 2;
	/** {@link #letterCase} bit: the first character is a lower-case letter. */
	public static final int LOWERCASE = 4;

	public EngineDocument(String id, String text, int[] tokenStart, int[] tokenEnd, String[] foldedKey,
			TokenKind[] kinds, int[] sentenceOfToken, ZoneKind[] zones) {
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
		this.keyIndex = new int[n];
		String[] distinctKeys = distinctKeys(foldedKey, keyIndex);
		int keys = distinctKeys.length;
		this.keyBounds = new int[keys + 1];
		this.keyHashes = new int[keys];
		for (int k = 0; k < keys; k++) {
			keyBounds[k + 1] = keyBounds[k] + distinctKeys[k].length();
			keyHashes[k] = distinctKeys[k].hashCode();
		}
		this.keyChars = new char[keyBounds[keys]];
		for (int k = 0; k < keys; k++) {
			distinctKeys[k].getChars(0, distinctKeys[k].length(), keyChars, keyBounds[k]);
		}
		this.sentence = sentenceOfToken.clone();
		this.kind = new byte[n];
		this.letterCase = new byte[n];
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
			this.kind[i] = (byte) nonNull(kinds[i], "kind", i).ordinal();
			this.letterCase[i] = kinds[i] == TokenKind.WORD ? letterCase(text, tokenStart[i], tokenEnd[i]) : 0;
			this.zone[i] = (byte) nonNull(zones[i], "zone", i).ordinal();
		}
	}

	private static byte letterCase(String text, int from, int to) {
		char first = text.charAt(from);
		if (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) {
			for (int i = from; i < to; i++) {
				char c = text.charAt(i);
				if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLetter(c) && !Character.isUpperCase(c)) {
					return CAPITALIZED;
				}
			}
			return CAPITALIZED | ALL_UPPER;
		}
		return (byte) (first < 128 ? first >= 'a' && first <= 'z' ? LOWERCASE : 0
				: Character.isLowerCase(first) ? LOWERCASE : 0);
	}

	/** A token's value, checked (the message is made only when it is missing: this runs for every token). */
	private static <T> T nonNull(T value, String what, int token) {
		if (value == null) {
			throw new NullPointerException(what + " of token " + token);
		}
		return value;
	}

	/** Fills {@code index} with each key's position among the distinct keys, which it returns. */
	private String[] distinctKeys(String[] keys, int[] index) {
		// Open addressing over positions into the result: no boxing, and the table stays small.
		int capacity = Integer.highestOneBit(Math.max(4, keys.length) * 2 - 1) << 1;
		int[] slots = new int[capacity];
		Arrays.fill(slots, -1);
		String[] distinct = new String[Math.min(keys.length, 16)];
		int count = 0;
		for (int i = 0; i < keys.length; i++) {
			String key = nonNull(keys[i], "folded key", i);
			int slot = (key.hashCode() * 0x9E3779B9 >>> 7) & (capacity - 1);
			while (slots[slot] >= 0 && !distinct[slots[slot]].equals(key)) {
				slot = (slot + 1) & (capacity - 1);
			}
			if (slots[slot] < 0) {
				if (count == distinct.length) {
					distinct = Arrays.copyOf(distinct, 2 * count);
				}
				distinct[count] = key;
				slots[slot] = count++;
			}
			index[i] = slots[slot];
		}
		return Arrays.copyOf(distinct, count);
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

	/** The token's folded key (made anew: runs read the packed keys). */
	public String foldedKey(int token) {
		return distinctKey(keyIndex[token]);
	}

	/** How many distinct folded keys the document's tokens have. */
	public int distinctKeyCount() {
		return keyHashes.length;
	}

	/** A distinct folded key, {@code 0 <= key < distinctKeyCount()}, in order of first occurrence (made anew). */
	public String distinctKey(int key) {
		return new String(keyChars, keyBounds[key], keyBounds[key + 1] - keyBounds[key]);
	}

	/**
	 * Writes the id of each distinct key into {@code ids} (at least {@link #distinctKeyCount()} long), reading the
	 * packed keys.
	 */
	public void lookUpDistinctKeys(KeyIds keyIds, int[] ids) {
		for (int k = 0; k < keyHashes.length; k++) {
			ids[k] = keyIds.idOf(keyChars, keyBounds[k], keyBounds[k + 1], keyHashes[k]);
		}
	}

	/** The index of a token's folded key among the distinct keys. */
	public int keyIndex(int token) {
		return keyIndex[token];
	}

	public TokenKind kind(int token) {
		return KINDS[kind[token]];
	}

	public int sentence(int token) {
		return sentence[token];
	}

	public ZoneKind zone(int token) {
		return ZONES[zone[token]];
	}

	/** How a word token's letters are written, as {@link #CAPITALIZED}, {@link #ALL_UPPER}, {@link #LOWERCASE} bits. */
	public int letterCase(int token) {
		return letterCase[token];
	}

	/**
	 * Copies the tokens' start and end offsets, sentence indexes, {@link TokenKind} ordinals, {@link #letterCase}
	 * bits and {@link ZoneKind} ordinals into the given arrays (each at least {@link #tokenCount()} long): the engine
	 * reads them once per run.
	 */
	public void copyTokens(int[] starts, int[] ends, int[] sentences, byte[] kinds, byte[] letterCases,
			byte[] zones) {
		int n = tokenStart.length;
		System.arraycopy(tokenStart, 0, starts, 0, n);
		System.arraycopy(tokenEnd, 0, ends, 0, n);
		System.arraycopy(sentence, 0, sentences, 0, n);
		System.arraycopy(kind, 0, kinds, 0, n);
		System.arraycopy(letterCase, 0, letterCases, 0, n);
		System.arraycopy(zone, 0, zones, 0, n);
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
