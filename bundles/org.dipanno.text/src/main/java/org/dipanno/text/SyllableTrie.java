package org.dipanno.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The word segmenter's dictionary: a trie over folded syllables, each syllable
 * numbered once and each edge (node, syllable) one {@code long} of an
 * open-addressing table that also holds the child and its word and name flags,
 * so that following an edge and testing where it leads reads one array element
 * (one cache miss at most). Nodes are handed out as handles (node number with
 * the two flags in the low bits). Built once, then read-only and safe to share
 * between threads.
 */
final class SyllableTrie {

	static final int ROOT = 0;
	/** No such syllable or node. */
	static final int NONE = -1;

	private static final int WORD = 1;
	private static final int NAME = 2;
	/** An edge entry: (node, syllable id) in the high bits, the child's handle in the low {@value} bits. */
	private static final int HANDLE_BITS = 22;
	private static final int ID_BITS = 21;
	private static final int MAX_NODES = 1 << HANDLE_BITS - 2;

	private final Map<String, Integer> syllableIds = new HashMap<>();
	/** The root's child handle for each syllable id, or {@link #NONE}: the look-up made for every syllable of a text. */
	private int[] rootChildren = new int[0];
	/** Per thread: syllable ids of recently seen key instances (keys come from {@link FoldCache}, one per spelling). */
	private final ThreadLocal<IdCache> idCache = ThreadLocal.withInitial(IdCache::new);
	/** Edges below the root, (node &lt;&lt; ID_BITS | syllable id) &lt;&lt; HANDLE_BITS | child handle; 0 is an empty slot. */
	private long[] edges = new long[1 << 16];
	private int edgeCount;
	private int nodeCount = 1;

	/** The id of a folded syllable, or {@link #NONE} if no entry has it. */
	int syllableId(String key) {
		return idCache.get().idOf(key, this);
	}

	private int lookUpSyllableId(String key) {
		Integer id = syllableIds.get(key);
		return id == null ? NONE : id;
	}

	/** The node handle reached from the handle {@code node} over the syllable {@code syllableId}, or {@link #NONE}. */
	int child(int node, int syllableId) {
		if (node < 0 || syllableId < 0) {
			return NONE;
		}
		if (node == ROOT) {
			return syllableId < rootChildren.length ? rootChildren[syllableId] : NONE;
		}
		int slot = slotOf(edgeKey(node >>> 2, syllableId));
		return slot < 0 ? NONE : (int) edges[slot] & (1 << HANDLE_BITS) - 1;
	}

	/** True if an entry ends at the node {@code node} is the handle of. */
	boolean isWord(int node) {
		return node > ROOT && (node & WORD) != 0;
	}

	/** True if a proper name ends at the node {@code node} is the handle of. */
	boolean isName(int node) {
		return node > ROOT && (node & NAME) != 0;
	}

	/** Adds an entry (its folded syllables); true if it was not there yet. */
	boolean add(String[] keys, boolean properName) {
		if (keys.length == 0) {
			throw new IllegalArgumentException("A dictionary entry needs at least one syllable");
		}
		int node = ROOT;
		int parent = ROOT;
		int lastId = NONE;
		for (String key : keys) {
			int id = syllableIds.computeIfAbsent(key, k -> syllableIds.size());
			if (id >= 1 << ID_BITS) {
				throw new IllegalStateException("More than " + (1 << ID_BITS) + " distinct syllables in the dictionary");
			}
			int next = child(node, id);
			if (next == NONE) {
				next = newNode() << 2;
				if (node == ROOT) {
					if (id >= rootChildren.length) {
						int old = rootChildren.length;
						rootChildren = Arrays.copyOf(rootChildren, Math.max(16, id * 2));
						Arrays.fill(rootChildren, old, rootChildren.length, NONE);
					}
					rootChildren[id] = next;
				} else {
					putEdge(edgeKey(node >>> 2, id), next);
				}
			}
			parent = node;
			lastId = id;
			node = next;
		}
		boolean added = !isWord(node);
		int flags = WORD | (properName ? NAME : 0);
		if (parent == ROOT) {
			rootChildren[lastId] |= flags;
		} else {
			edges[slotOf(edgeKey(parent >>> 2, lastId))] |= flags;
		}
		return added;
	}

	private int newNode() {
		if (nodeCount == MAX_NODES) {
			throw new IllegalStateException("More than " + MAX_NODES + " trie nodes in the dictionary");
		}
		return nodeCount++;
	}

	private static long edgeKey(int nodeNumber, int syllableId) {
		return (long) nodeNumber << ID_BITS | syllableId;
	}

	/** The slot of the edge with this key, or -1. */
	private int slotOf(long edgeKey) {
		int mask = edges.length - 1;
		for (int slot = hash(edgeKey, mask); edges[slot] != 0; slot = slot + 1 & mask) {
			if (edges[slot] >>> HANDLE_BITS == edgeKey) {
				return slot;
			}
		}
		return -1;
	}

	private void putEdge(long edgeKey, int childHandle) {
		if ((edgeCount + 1) * 2 > edges.length) {
			long[] old = edges;
			edges = new long[old.length * 2];
			edgeCount = 0;
			for (long entry : old) {
				if (entry != 0) {
					putEdge(entry >>> HANDLE_BITS, (int) entry & (1 << HANDLE_BITS) - 1);
				}
			}
		}
		int mask = edges.length - 1;
		int slot = hash(edgeKey, mask);
		while (edges[slot] != 0) {
			slot = slot + 1 & mask;
		}
		edges[slot] = edgeKey << HANDLE_BITS | childHandle;
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

	private static int hash(long key, int mask) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 40) & mask;
	}
}
