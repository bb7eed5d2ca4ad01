package org.dipanno.text;

/**
 * The keys of spellings a thread has folded, so that each syllable of a text is
 * folded once and every occurrence gets the same key instance (with its hash
 * computed once). Open addressing over the spelling's characters, looked up
 * without copying the spelling out of the text. Bounded: once full it answers
 * new spellings by folding them without keeping them. One per thread, never
 * shared.
 */
final class FoldCache {

	/** Longer spellings are not kept: syllables are short, longer texts rarely repeat. */
	static final int MAX_LENGTH = 24;
	private static final int SLOT_BITS = 14;
	private static final int SLOTS = 1 << SLOT_BITS;
	private static final int MAX_ENTRIES = SLOTS * 5 / 8;

	private static final ThreadLocal<FoldCache> PER_THREAD = ThreadLocal.withInitial(FoldCache::new);

	private final char[][] spellings = new char[SLOTS][];
	private final String[] keys = new String[SLOTS];
	/** The spelling's hash (1 for a hash of 0) per used slot, 0 for an empty one: probing reads only this array. */
	private final int[] marks = new int[SLOTS];
	private int entries;

	private FoldCache() {
	}

	/** The calling thread's cache. */
	static FoldCache ofThisThread() {
		return PER_THREAD.get();
	}

	/** {@link VietnameseText#fold(String, int, int)} of text[start, end), at most {@link #MAX_LENGTH} long. */
	String fold(String text, int start, int end) {
		int hash = 0;
		for (int i = start; i < end; i++) {
			hash = 31 * hash + text.charAt(i);
		}
		int length = end - start;
		int slot = (hash ^ hash >>> 15) * 0x9E3779B1 >>> (32 - SLOT_BITS);
		int mark = hash == 0 ? 1 : hash; // 0 marks an empty slot
		for (int stored; (stored = marks[slot]) != 0; slot = slot + 1 & SLOTS - 1) {
			if (stored == mark && spellings[slot].length == length && matches(text, start, spellings[slot])) {
				return keys[slot];
			}
		}
		String key = VietnameseText.foldUncached(text, start, end);
		if (entries < MAX_ENTRIES) {
			spellings[slot] = text.substring(start, end).toCharArray();
			keys[slot] = key;
			marks[slot] = mark;
			entries++;
		}
		return key;
	}

	private static boolean matches(String text, int start, char[] spelling) {
		for (int i = 0; i < spelling.length; i++) {
			if (text.charAt(start + i) != spelling[i]) {
				return false;
			}
		}
		return true;
	}
}
