package org.dipanno.engine.lexicon;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Interns folded token keys as dense int ids. Rules and lexicons intern their keys while being built; documents
 * only look keys up, so a key no rule knows gets {@link #UNKNOWN} and the vocabulary does not grow with the corpus.
 * Safe for concurrent use.
 *
 * <p>Every token of every document is looked up once per run, so look-ups take no lock and read flat arrays (key,
 * hash and id side by side, no boxed ids): an open-addressing table where interning (under a lock) publishes a new
 * key only after its id, and a grown table only once it is complete.
 */
public final class SyllableVocabulary {

	public static final int UNKNOWN = -1;

	private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(String[].class);

	private static final class Table {
		final String[] keys;
		final int[] hashes;
		final int[] ids;
		final int mask;

		Table(int capacity) {
			keys = new String[capacity];
			hashes = new int[capacity];
			ids = new int[capacity];
			mask = capacity - 1;
		}
	}

	private volatile Table table = new Table(1 << 10);
	private volatile int size;

	private static int hash(String key) {
		int h = key.hashCode();
		return h ^ (h >>> 16);
	}

	public int intern(String foldedKey) {
		int id = lookup(foldedKey);
		return id != UNKNOWN ? id : add(foldedKey);
	}

	private synchronized int add(String key) {
		int id = lookup(key);
		if (id != UNKNOWN) {
			return id;
		}
		Table t = table;
		if ((size + 1) * 2 > t.keys.length) {
			Table grown = new Table(t.keys.length * 2);
			for (int i = 0; i < t.keys.length; i++) {
				if (t.keys[i] != null) {
					put(grown, t.keys[i], t.hashes[i], t.ids[i]);
				}
			}
			table = grown;
			t = grown;
		}
		id = size;
		put(t, key, hash(key), id);
		size = id + 1;
		return id;
	}

	private static void put(Table t, String key, int hash, int id) {
		int i = hash & t.mask;
		while (t.keys[i] != null) {
			i = (i + 1) & t.mask;
		}
		t.hashes[i] = hash;
		t.ids[i] = id;
		KEYS.setRelease(t.keys, i, key); // readers that see the key see its id
	}

	/** The id of a key, or {@link #UNKNOWN}. */
	public int lookup(String foldedKey) {
		Table t = table;
		int h = hash(foldedKey);
		int i = h & t.mask;
		while (true) {
			String key = (String) KEYS.getAcquire(t.keys, i);
			if (key == null) {
				return UNKNOWN;
			}
			if (t.hashes[i] == h && key.equals(foldedKey)) {
				return t.ids[i];
			}
			i = (i + 1) & t.mask;
		}
	}

	/** The keys interned so far, by id (a snapshot: keys interned later are not in it). */
	public String[] keysById() {
		int count = size; // first: keys below it were put in this table or one it grew into
		Table t = table;
		String[] keys = new String[count];
		for (int i = 0; i < t.keys.length; i++) {
			String key = (String) KEYS.getAcquire(t.keys, i);
			if (key != null && t.ids[i] < count) {
				keys[t.ids[i]] = key;
			}
		}
		return keys;
	}

	public int size() {
		return size;
	}
}
