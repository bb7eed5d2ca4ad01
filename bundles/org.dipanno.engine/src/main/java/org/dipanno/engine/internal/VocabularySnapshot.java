package org.dipanno.engine.internal;

import java.util.Arrays;

import org.dipanno.engine.document.KeyIds;
import org.dipanno.engine.lexicon.SyllableVocabulary;

/**
 * A rule set's keys as they were when it was compiled, laid out for looking up documents' packed keys: per slot the
 * key's hash, id, and offset and length in one char array, so that a look-up reads a slot and the key's chars (two
 * cache lines) where the shared vocabulary reads its keys', hashes' and ids' arrays and the key's String (five).
 * Every document's keys are looked up on every run, and the rest of a run pushes the tables out of the nearest
 * caches. Keys interned after the compilation are unknown here, as they are to the compiled rules, whose indexes
 * hold no id of theirs.
 */
final class VocabularySnapshot implements KeyIds {

	private static final int SLOT = 4; // hash, id + 1 (0: empty), offset, length
	private final int[] slots;
	private final char[] chars;
	private final int mask;

	VocabularySnapshot(SyllableVocabulary vocabulary) {
		String[] keys = vocabulary.keysById();
		int capacity = Integer.highestOneBit(Math.max(8, keys.length * 2) - 1) << 1;
		slots = new int[SLOT * capacity];
		mask = capacity - 1;
		int length = 0;
		for (String key : keys) {
			length += key.length();
		}
		chars = new char[length];
		int offset = 0;
		for (int id = 0; id < keys.length; id++) {
			String key = keys[id];
			key.getChars(0, key.length(), chars, offset);
			int hash = key.hashCode();
			int i = spread(hash) & mask;
			while (slots[SLOT * i + 1] != 0) {
				i = (i + 1) & mask;
			}
			slots[SLOT * i] = hash;
			slots[SLOT * i + 1] = id + 1;
			slots[SLOT * i + 2] = offset;
			slots[SLOT * i + 3] = key.length();
			offset += key.length();
		}
	}

	private static int spread(int hash) {
		return hash ^ (hash >>> 16);
	}

	@Override
	public int idOf(char[] key, int from, int to, int stringHash) {
		int length = to - from;
		for (int i = spread(stringHash) & mask;; i = (i + 1) & mask) {
			int at = SLOT * i;
			int id = slots[at + 1] - 1;
			if (id < 0) {
				return SyllableVocabulary.UNKNOWN;
			}
			if (slots[at] == stringHash && slots[at + 3] == length
					&& Arrays.equals(chars, slots[at + 2], slots[at + 2] + length, key, from, to)) {
				return id;
			}
		}
	}
}
