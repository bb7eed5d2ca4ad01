package org.dipanno.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The word segmenter's dictionary: a trie over folded syllables, each syllable
 * numbered once and each edge (node, syllable) an entry of one open-addressing
 * table, so that following an edge is a look-up in two flat arrays. Built once,
 * then read-only and safe to share between threads.
 */
final class SyllableTrie {

	static final int ROOT = 0;
	/** No such syllable or node. */
	static final int NONE = -1;

	private final Map<String, Integer> syllableIds = new HashMap<>();
	/** The root's child for each syllable id, or {@link #NONE}: the look-up made for every syllable of a text. */
	private int[] rootChildren = new int[0];
	/** Per thread: syllable ids of recently seen key instances (keys come from {@link FoldCache}, one per spelling). */
	private final ThreadLocal<IdCache> idCache = ThreadLocal.withInitial(IdCache::new);
	/** Edge keys, (node &lt;&lt; 32 | syllable id); the slot is empty where {@link #edgeChildren} is 0. */
	private long[] edgeKeys = new long[1 << 16];
	/** The child node of each edge; 0 (the root, never a child) for an empty slot. */
	private int[] edgeChildren = new int[1 << 16];
	private int edgeCount;
	private boolean[] word = new boolean[1 << 16];
	private boolean[] name = new boolean[1 << 16];
	private int nodeCount = 1;

	/** The id of a folded syllable, or {@link #NONE} if no entry has it. */
	int syllableId(String key) {
		return idCache.get().idOf(key, this);
	}

	private int lookUpSyllableId(String key) {
		Integer id = syllableIds.get(key);
		return id == null ? NONE : id;
	}

	/** The node reached from {@code node} over the syllable {@code syllableId}, or {@link #NONE}. */
	int child(int node, int syllableId) {
		if (node < 0 || syllableId < 0) {
			return NONE;
		}
		if (node == ROOT) {
			return syllableId < rootChildren.length ? rootChildren[syllableId] : NONE;
		}
		long key = (long) node << 32 | syllableId;
		int mask = edgeKeys.length - 1;
		for (int slot = slotOf(key, mask); edgeChildren[slot] != 0; slot = slot + 1 & mask) {
			if (edgeKeys[slot] == key) {
				return edgeChildren[slot];
			}
		}
		return NONE;
	}

	/** True if an entry ends at {@code node}. */
	boolean isWord(int node) {
		return node > ROOT && word[node];
	}

	/** True if a proper name ends at {@code node}. */
	boolean isName(int node) {
		return node > ROOT && name[node];
	}

	/** Adds an entry (its folded syllables); true if it was not there yet. */
	boolean add(String[] keys, boolean properName) {
		int node = ROOT;
		for (String key : keys) {
			int id = syllableIds.computeIfAbsent(key, k -> syllableIds.size());
			int next = child(node, id);
			if (next == NONE) {
				next = newNode();
				if (node == ROOT) {
					if (id >= rootChildren.length) {
						int old = rootChildren.length;
						rootChildren = Arrays.copyOf(rootChildren, Math.max(16, id * 2));
						Arrays.fill(rootChildren, old, rootChildren.length, NONE);
					}
					rootChildren[id] = next;
				} else {
					putEdge((long) node << 32 | id, next);
				}
			}
			node = next;
		}
		boolean added = !word[node];
		word[node] = true;
		name[node] |= properName;
		return added;
	}

	private int newNode() {
		if (nodeCount == word.length) {
			word = Arrays.copyOf(word, nodeCount * 2);
			name = Arrays.copyOf(name, nodeCount * 2);
		}
		return nodeCount++;
	}

	private void putEdge(long key, int child) {
		if ((edgeCount + 1) * 2 > edgeKeys.length) {
			long[] oldKeys = edgeKeys;
			int[] oldChildren = edgeChildren;
			edgeKeys = new long[oldKeys.length * 2];
			edgeChildren = new int[oldKeys.length * 2];
			edgeCount = 0;
			for (int slot = 0; slot < oldKeys.length; slot++) {
				if (oldChildren[slot] != 0) {
					putEdge(oldKeys[slot], oldChildren[slot]);
				}
			}
		}
		int mask = edgeKeys.length - 1;
		int slot = slotOf(key, mask);
		while (edgeChildren[slot] != 0) {
			slot = slot + 1 & mask;
		}
		edgeKeys[slot] = key;
		edgeChildren[slot] = child;
		edgeCount++;
	}

	/**
	 * Syllable ids by key instance, compared by identity: a miss (another instance
	 * of an equal key) only costs a look-up in the map.
	 */
	private static final class IdCache {
		private static final int SLOTS = 1 << 13;
		private final String[] keys = new String[SLOTS];
		private final int[] ids = new int[SLOTS];

		int idOf(String key, SyllableTrie trie) {
			int slot = key.hashCode() * 0x9E3779B1 >>> (32 - 13);
			if (keys[slot] == key) {
				return ids[slot];
			}
			int id = trie.lookUpSyllableId(key);
			keys[slot] = key;
			ids[slot] = id;
			return id;
		}
	}

	private static int slotOf(long key, int mask) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & mask;
	}
}
