package org.dipanno.engine.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A named word list compiled into a trie over interned syllable ids. Each entry is a token sequence with an
 * optional normalized value ("Hoa Kỳ" =&gt; USA). Matching is on folded keys (case- and tone-placement-insensitive);
 * an entry flagged {@code exact} also requires the tokens to be written exactly as in the entry.
 *
 * <p>Trie edges live in one open-addressing hash table keyed by (node, syllable id), so a 74K-entry list builds in
 * a few tens of milliseconds and a lookup allocates nothing: {@link #matchesAt} writes into caller-owned arrays.
 * The root's children (the first step of every walk) are also in an array by syllable id, and each node records
 * whether it has children, so a walk ends at a leaf without a probe. Once built, walks ({@link #matchesAt},
 * {@link #longestMatchAt}) read a copy of the edges laid out per node (children contiguous, sorted by syllable id,
 * each with its child's info), which is one short array read per step instead of a hash probe and a node read.
 */
public final class Lexicon {

	private final String name;
	private final SyllableVocabulary vocabulary;
	private final EdgeTable edges;
	/** The root's children by syllable id (-1: none): every match starts there, so it is one array read. */
	private final int[] rootChild;
	/**
	 * Per node, {@code (first entry + 1) << 2 | first entry is not exact << 1 | has children}: one read tells whether
	 * the node ends entries, whether the first one fits whatever the written form, and whether the walk can go on.
	 */
	private final int[] nodeInfo;
	/**
	 * The trie's edges again, for walks: {@value #EDGE} ints per edge ({@code id, child, child's info, child's first
	 * edge, child's edge count}), a node's children contiguous and sorted by syllable id. One step of a walk reads
	 * one short run of this array (the child's info comes with it) instead of probing the hash table and then
	 * reading {@link #nodeInfo}.
	 */
	private final int[] edgeData;
	/** The edge from the root by syllable id (-1: none). */
	private final int[] rootEdge;
	private static final int EDGE = 5;
	private final int[] nextEntry;
	private final String[] entryValue;
	private final String[][] entrySurface;
	private final boolean[] entryExact;
	private final int[] entryLength;
	private final int[] firstSyllables;
	private final int[] lastSyllables;
	/** {@link #firstSyllables} as bits. */
	private final long[] firstSyllableBits;
	private final int maxLength;

	private Lexicon(Builder b) {
		this.name = b.name;
		this.vocabulary = b.vocabulary;
		this.edges = b.edges;
		this.nodeInfo = new int[b.nodeCount];
		for (int node = 0; node < b.nodeCount; node++) {
			int first = b.firstEntryOfNode[node];
			nodeInfo[node] = (first + 1) << 2 | (first >= 0 && !b.entryExact[first] ? 2 : 0);
		}
		int[] rootIds = b.edges.childrenOfRoot();
		this.rootChild = new int[rootIds.length == 0 ? 0 : rootIds[rootIds.length - 1] + 1];
		Arrays.fill(rootChild, -1);
		for (int id : rootIds) {
			rootChild[id] = b.edges.child(0, id);
		}
		b.edges.forEachParent(parent -> nodeInfo[parent] |= 1);
		long[] sorted = new long[b.edges.size];
		int k = 0;
		for (long key : b.edges.keys) {
			if (key != -1L) {
				sorted[k++] = key;
			}
		}
		Arrays.sort(sorted); // by parent, then syllable id (both non-negative)
		int[] firstEdge = new int[b.nodeCount];
		int[] edgeCount = new int[b.nodeCount];
		for (int e = sorted.length - 1; e >= 0; e--) {
			int parent = (int) (sorted[e] >>> 32);
			firstEdge[parent] = e;
			edgeCount[parent]++;
		}
		this.edgeData = new int[EDGE * sorted.length];
		this.rootEdge = new int[rootChild.length];
		Arrays.fill(rootEdge, -1);
		for (int e = 0; e < sorted.length; e++) {
			int parent = (int) (sorted[e] >>> 32);
			int id = (int) sorted[e];
			int child = b.edges.child(parent, id);
			edgeData[EDGE * e] = id;
			edgeData[EDGE * e + 1] = child;
			edgeData[EDGE * e + 2] = nodeInfo[child];
			edgeData[EDGE * e + 3] = firstEdge[child];
			edgeData[EDGE * e + 4] = edgeCount[child];
			if (parent == 0) {
				rootEdge[id] = e;
			}
		}
		int n = b.entryValue.size();
		this.nextEntry = Arrays.copyOf(b.nextEntry, n);
		this.entryValue = b.entryValue.toArray(new String[0]);
		this.entrySurface = b.entrySurface.toArray(new String[0][]);
		this.entryExact = Arrays.copyOf(b.entryExact, n);
		this.entryLength = Arrays.copyOf(b.entryLength, n);
		this.firstSyllables = b.edges.childrenOfRoot();
		this.lastSyllables = b.lastIds.stream().toArray();
		this.firstSyllableBits = new long[firstSyllables.length == 0 ? 0
				: (firstSyllables[firstSyllables.length - 1] >> 6) + 1];
		for (int id : firstSyllables) {
			firstSyllableBits[id >> 6] |= 1L << id;
		}
		this.maxLength = b.maxLength;
	}

	public static Builder builder(String name, SyllableVocabulary vocabulary, MatchingKeys keys) {
		return new Builder(name, vocabulary, keys);
	}

	public String name() {
		return name;
	}

	public SyllableVocabulary vocabulary() {
		return vocabulary;
	}

	public int entryCount() {
		return entryValue.length;
	}

	/** The longest entry, in tokens. */
	public int maxLength() {
		return maxLength;
	}

	/** The syllable ids entries can start with (for rule indexing). */
	public int[] firstSyllables() {
		return firstSyllables.clone();
	}

	/** Whether some entry starts with this syllable id (negative: unknown, never). */
	public boolean startsWith(int id) {
		int word = id >> 6;
		return id >= 0 && word < firstSyllableBits.length && (firstSyllableBits[word] & 1L << id) != 0;
	}

	/** The syllable ids entries end with, ascending (for checking where an entry can end). */
	public int[] lastSyllables() {
		return lastSyllables.clone();
	}

	/**
	 * Finds every trie node reached by an entry's full key starting at {@code from} (not beyond {@code limit}).
	 * Writes the end position (exclusive) and the node of each match, shortest first, into the given arrays
	 * (which must hold {@link #maxLength()} items) and returns how many there are. Entries of a node are read
	 * with {@link #firstEntry(int)} / {@link #nextEntry(int)}.
	 */
	public int matchesAt(int[] ids, int from, int limit, int[] endsOut, int[] nodesOut) {
		int count = 0;
		int[] data = edgeData;
		for (int i = from, e = rootEdgeAt(ids, from, limit); e >= 0;) {
			int at = EDGE * e;
			int info = data[at + 2];
			if (info >= 4) {
				endsOut[count] = i + 1;
				nodesOut[count] = data[at + 1];
				count++;
			}
			if ((info & 1) == 0 || ++i >= limit) {
				break; // a leaf, or the end of the range
			}
			e = childEdge(data[at + 3], data[at + 4], ids[i]);
		}
		return count;
	}

	/** The edge from the root for the token at {@code from}, or -1 (also when {@code from} is not before the limit). */
	private int rootEdgeAt(int[] ids, int from, int limit) {
		if (from >= limit) {
			return -1;
		}
		int id = ids[from];
		return id >= 0 && id < rootEdge.length ? rootEdge[id] : -1;
	}

	/** The edge among a node's {@code count} edges from {@code first} that carries {@code id}, or -1. */
	private int childEdge(int first, int count, int id) {
		if (id < 0) {
			return -1;
		}
		int[] data = edgeData;
		if (count <= 8) {
			for (int e = first, end = first + count; e < end; e++) {
				int x = data[EDGE * e];
				if (x >= id) {
					return x == id ? e : -1;
				}
			}
			return -1;
		}
		int lo = first;
		int hi = first + count - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			int x = data[EDGE * mid];
			if (x < id) {
				lo = mid + 1;
			} else if (x > id) {
				hi = mid - 1;
			} else {
				return mid;
			}
		}
		return -1;
	}

	/** The child of a node by syllable id, or -1 (also for unknown ids). */
	private int child(int node, int id) {
		if (node == 0) {
			return id >= 0 && id < rootChild.length ? rootChild[id] : -1;
		}
		return id < 0 ? -1 : edges.child(node, id);
	}

	/**
	 * The longest entry starting at {@code from} (not beyond {@code limit}) whose written form fits (see
	 * {@link #surfaceMatches}): the first such entry of the deepest trie node reached, as {@code end << 32 | entry},
	 * or -1. The same entry and end that {@link #matchesAt} followed by a surface check gives as its last match.
	 */
	public long longestMatchAt(int[] ids, int from, int limit, CharSequence text, int[] tokenStart, int[] tokenEnd) {
		long best = -1;
		int[] data = edgeData;
		for (int i = from, e = rootEdgeAt(ids, from, limit); e >= 0;) {
			int at = EDGE * e;
			int info = data[at + 2];
			if ((info & 2) != 0) {
				best = ((long) (i + 1) << 32) | ((info >> 2) - 1);
			} else {
				for (int entry = (info >> 2) - 1; entry >= 0; entry = nextEntry[entry]) {
					if (surfaceMatches(entry, text, tokenStart, tokenEnd, from)) {
						best = ((long) (i + 1) << 32) | entry;
						break;
					}
				}
			}
			if ((info & 1) == 0 || ++i >= limit) {
				break; // a leaf, or the end of the range
			}
			e = childEdge(data[at + 3], data[at + 4], ids[i]);
		}
		return best;
	}

	public int firstEntry(int node) {
		return (nodeInfo[node] >> 2) - 1;
	}

	/** The next entry with the same key, or -1. */
	public int nextEntry(int entry) {
		return nextEntry[entry];
	}

	public String entryValue(int entry) {
		return entryValue[entry];
	}

	public boolean entryExact(int entry) {
		return entryExact[entry];
	}

	/** The entry's tokens as written in the list. */
	public List<String> entryTokens(int entry) {
		return List.of(entrySurface[entry]);
	}

	String entrySurfaceToken(int entry, int index) {
		return entrySurface[entry][index];
	}

	/**
	 * Whether an exact entry is written in {@code text} exactly as in the list, token by token (token offsets
	 * from {@code tokenStart}/{@code tokenEnd} arrays). Non-exact entries always pass.
	 */
	public boolean surfaceMatches(int entry, CharSequence text, int[] tokenStart, int[] tokenEnd, int fromToken) {
		if (!entryExact[entry]) {
			return true;
		}
		String[] surface = entrySurface[entry];
		for (int k = 0; k < surface.length; k++) {
			int s = tokenStart[fromToken + k];
			int e = tokenEnd[fromToken + k];
			String w = surface[k];
			if (e - s != w.length()) {
				return false;
			}
			for (int c = 0; c < w.length(); c++) {
				if (text.charAt(s + c) != w.charAt(c)) {
					return false;
				}
			}
		}
		return true;
	}

	/** Looks a phrase up as a whole: the value of the first matching entry, or null if it is not listed. */
	public String valueOf(String phrase, MatchingKeys keys) {
		List<String> tokens = keys.split(phrase);
		int node = 0;
		for (String token : tokens) {
			node = child(node, vocabulary.lookup(keys.fold(token)));
			if (node < 0) {
				return null;
			}
		}
		for (int e = firstEntry(node); e >= 0; e = nextEntry[e]) {
			if (!entryExact[e] || List.of(entrySurface[e]).equals(tokens)) {
				return entryValue[e] == null ? "" : entryValue[e];
			}
		}
		return null;
	}

	/** Whether a phrase is listed (folded comparison, exact entries compared as written). */
	public boolean contains(String phrase, MatchingKeys keys) {
		return valueOf(phrase, keys) != null;
	}

	@Override
	public String toString() {
		return "Lexicon[" + name + ", " + entryValue.length + " entries]";
	}

	/** Collects entries; not thread-safe. */
	public static final class Builder {
		private final String name;
		private final SyllableVocabulary vocabulary;
		private final MatchingKeys keys;
		private final EdgeTable edges = new EdgeTable(1 << 12);
		private int[] firstEntryOfNode = new int[1024];
		private int nodeCount = 1;
		private int[] nextEntry = new int[1024];
		private final List<String> entryValue = new ArrayList<>();
		private final List<String[]> entrySurface = new ArrayList<>();
		private boolean[] entryExact = new boolean[1024];
		private int[] entryLength = new int[1024];
		private int maxLength;
		private final BitSet lastIds = new BitSet();

		private Builder(String name, SyllableVocabulary vocabulary, MatchingKeys keys) {
			this.name = Objects.requireNonNull(name, "lexicon name");
			this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
			this.keys = Objects.requireNonNull(keys, "matching keys");
			firstEntryOfNode[0] = -1;
		}

		public Builder add(String phrase) {
			return add(phrase, null, false);
		}

		public Builder add(String phrase, String normalizedValue) {
			return add(phrase, normalizedValue, false);
		}

		/**
		 * Adds an entry. Blank phrases are refused with a message naming the lexicon (callers reading files add
		 * the file and line to it).
		 */
		public Builder add(String phrase, String normalizedValue, boolean exact) {
			List<String> tokens = keys.split(phrase);
			if (tokens.isEmpty()) {
				throw new IllegalArgumentException("Lexicon " + name + ": empty entry '" + phrase + "'");
			}
			int node = 0;
			int id = -1;
			for (String token : tokens) {
				id = vocabulary.intern(keys.fold(token));
				int child = edges.child(node, id);
				if (child < 0) {
					child = nodeCount++;
					if (child == firstEntryOfNode.length) {
						firstEntryOfNode = Arrays.copyOf(firstEntryOfNode, child * 2);
					}
					firstEntryOfNode[child] = -1;
					edges.put(node, id, child);
				}
				node = child;
			}
			lastIds.set(id);
			int entry = entryValue.size();
			if (entry == nextEntry.length) {
				nextEntry = Arrays.copyOf(nextEntry, entry * 2);
				entryExact = Arrays.copyOf(entryExact, entry * 2);
				entryLength = Arrays.copyOf(entryLength, entry * 2);
			}
			entryValue.add(normalizedValue);
			entrySurface.add(tokens.toArray(new String[0]));
			entryExact[entry] = exact;
			entryLength[entry] = tokens.size();
			// Keep entries of one key in insertion order: append at the end of the chain.
			nextEntry[entry] = -1;
			if (firstEntryOfNode[node] < 0) {
				firstEntryOfNode[node] = entry;
			} else {
				int last = firstEntryOfNode[node];
				while (nextEntry[last] >= 0) {
					last = nextEntry[last];
				}
				nextEntry[last] = entry;
			}
			maxLength = Math.max(maxLength, tokens.size());
			return this;
		}

		public Lexicon build() {
			return new Lexicon(this);
		}
	}

	/** Open-addressing map (node, syllable id) -&gt; child node. */
	static final class EdgeTable {
		private long[] keys;
		private int[] values;
		private int size;
		private int mask;

		EdgeTable(int capacity) {
			keys = new long[capacity];
			values = new int[capacity];
			Arrays.fill(keys, -1L);
			mask = capacity - 1;
		}

		private static long key(int node, int id) {
			return ((long) node << 32) | (id & 0xFFFFFFFFL);
		}

		private static int hash(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 29));
		}

		int child(int node, int id) {
			long k = key(node, id);
			int i = hash(k) & mask;
			while (true) {
				long at = keys[i];
				if (at == k) {
					return values[i];
				}
				if (at == -1L) {
					return -1;
				}
				i = (i + 1) & mask;
			}
		}

		void put(int node, int id, int child) {
			if ((size + 1) * 2 > keys.length) {
				grow();
			}
			long k = key(node, id);
			int i = hash(k) & mask;
			while (keys[i] != -1L) {
				i = (i + 1) & mask;
			}
			keys[i] = k;
			values[i] = child;
			size++;
		}

		private void grow() {
			long[] oldKeys = keys;
			int[] oldValues = values;
			keys = new long[oldKeys.length * 2];
			values = new int[oldKeys.length * 2];
			Arrays.fill(keys, -1L);
			mask = keys.length - 1;
			size = 0;
			for (int i = 0; i < oldKeys.length; i++) {
				if (oldKeys[i] != -1L) {
					put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
				}
			}
		}

		/** Calls {@code action} with the parent of every edge. */
		void forEachParent(java.util.function.IntConsumer action) {
			for (long k : keys) {
				if (k != -1L) {
					action.accept((int) (k >>> 32));
				}
			}
		}

		int[] childrenOfRoot() {
			return Arrays.stream(keys).filter(k -> k != -1L && (k >>> 32) == 0).mapToInt(k -> (int) k).sorted()
					.toArray();
		}
	}
}
