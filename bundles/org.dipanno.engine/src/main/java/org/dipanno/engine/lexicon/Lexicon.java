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
 * <p>While entries are added, trie edges live in one open-addressing hash table keyed by (node, syllable id), so a
 * 74K-entry list builds quickly. The built lexicon lays the trie out as a double array: a node's children sit at
 * {@code base + syllable id}, and each slot holds its parent's slot ({@code check}: a slot reached from another
 * node is no child), its own base and its info (entries, whether it has children) side by side. A step of a walk is
 * then one read of three adjacent ints whatever the node's size (a second-level node has hundreds of children). Ids the lexicon never saw (unknown
 * tokens, syllables interned after it was built) land outside the array or on another parent's slot. Walks
 * allocate nothing: {@link #matchesAt} writes into caller-owned arrays.
 */
public final class Lexicon {

	private final String name;
	private final SyllableVocabulary vocabulary;
	/**
	 * The trie as a double array, {@value #SLOT} ints per slot: {@code check} (the parent's slot; -1: free, or the
	 * root), {@code base} (the slot's children are at {@code base + syllable id}; may be negative, which keeps a
	 * lexicon of late-interned syllables small) and {@code info}, {@code (first entry + 1) << 2 | first entry is not
	 * exact << 1 | has children}: one read tells whether the node ends entries, whether the first one fits whatever
	 * the written form, and whether the walk can go on. Slot {@value #ROOT} is the root.
	 */
	private final int[] slots;
	/** {@code slots.length / SLOT}, for bounds checks. */
	private final int slotCount;
	private static final int SLOT = 3;
	private static final int CHECK = 0;
	private static final int BASE = 1;
	private static final int INFO = 2;
	private static final int ROOT = 0;
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
		long[] edges = b.edges.sortedKeys();
		int rootEdges = 0;
		while (rootEdges < edges.length && edges[rootEdges] >>> 32 == 0) {
			rootEdges++;
		}
		this.firstSyllables = new int[rootEdges];
		for (int e = 0; e < rootEdges; e++) {
			firstSyllables[e] = (int) edges[e];
		}
		this.slots = new DoubleArrayBuilder(b, edges).build();
		this.slotCount = slots.length / SLOT;
		int n = b.entryValue.size();
		this.nextEntry = Arrays.copyOf(b.nextEntry, n);
		this.entryValue = b.entryValue.toArray(new String[0]);
		this.entrySurface = b.entrySurface.toArray(new String[0][]);
		this.entryExact = Arrays.copyOf(b.entryExact, n);
		this.entryLength = Arrays.copyOf(b.entryLength, n);
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
		int[] dat = slots;
		for (int i = from, slot = from < limit ? childSlot(ROOT, ids[from]) : -1; slot >= 0;) {
			int info = dat[SLOT * slot + INFO];
			if (info >= 4) {
				endsOut[count] = i + 1;
				nodesOut[count] = slot;
				count++;
			}
			if ((info & 1) == 0 || ++i >= limit) {
				break; // a leaf, or the end of the range
			}
			slot = childSlot(slot, ids[i]);
		}
		return count;
	}

	/**
	 * The slot of a node's child by syllable id, or -1. Unknown (negative) ids and ids interned after the lexicon
	 * was built fall outside the array or on a slot whose parent is another node.
	 */
	private int childSlot(int slot, int id) {
		int[] dat = slots;
		int child = dat[SLOT * slot + BASE] + id;
		return child >= 0 && child < slotCount && dat[SLOT * child + CHECK] == slot ? child : -1;
	}

	/**
	 * The longest entry starting at {@code from} (not beyond {@code limit}) whose written form fits (see
	 * {@link #surfaceMatches}): the first such entry of the deepest trie node reached, as {@code end << 32 | entry},
	 * or -1. The same entry and end that {@link #matchesAt} followed by a surface check gives as its last match.
	 */
	public long longestMatchAt(int[] ids, int from, int limit, CharSequence text, int[] tokenStart, int[] tokenEnd) {
		long best = -1;
		int[] dat = slots;
		for (int i = from, slot = from < limit ? childSlot(ROOT, ids[from]) : -1; slot >= 0;) {
			int info = dat[SLOT * slot + INFO];
			int entry = fittingEntryOf(info, text, tokenStart, tokenEnd, from);
			if (entry >= 0) {
				best = ((long) (i + 1) << 32) | entry;
			}
			if ((info & 1) == 0 || ++i >= limit) {
				break; // a leaf, or the end of the range
			}
			slot = childSlot(slot, ids[i]);
		}
		return best;
	}

	/**
	 * Whether an entry's key is exactly the tokens {@code [from, to)} and its written form fits (see
	 * {@link #surfaceMatches}): what {@link #matchesAt} followed by a surface check says of the end {@code to}.
	 */
	public boolean hasEntry(int[] ids, int from, int to, CharSequence text, int[] tokenStart, int[] tokenEnd) {
		if (from >= to) {
			return false;
		}
		int slot = ROOT;
		for (int i = from; i < to && slot >= 0; i++) {
			slot = childSlot(slot, ids[i]);
		}
		if (slot < 0) {
			return false;
		}
		return fittingEntryOf(slots[SLOT * slot + INFO], text, tokenStart, tokenEnd, from) >= 0;
	}

	/**
	 * The first entry of a trie node given by {@link #matchesAt} whose written form fits the tokens from
	 * {@code fromToken} (see {@link #surfaceMatches}), or -1.
	 */
	public int fittingEntry(int node, CharSequence text, int[] tokenStart, int[] tokenEnd, int fromToken) {
		return fittingEntryOf(slots[SLOT * node + INFO], text, tokenStart, tokenEnd, fromToken);
	}

	/** {@link #fittingEntry} from the node's info word. */
	private int fittingEntryOf(int info, CharSequence text, int[] tokenStart, int[] tokenEnd, int fromToken) {
		if ((info & 2) != 0) {
			return (info >> 2) - 1; // the first entry fits any written form
		}
		for (int entry = (info >> 2) - 1; entry >= 0; entry = nextEntry[entry]) {
			if (surfaceMatches(entry, text, tokenStart, tokenEnd, fromToken)) {
				return entry;
			}
		}
		return -1;
	}

	/** The first entry of a node given by {@link #matchesAt}, or -1. */
	public int firstEntry(int node) {
		return (slots[SLOT * node + INFO] >> 2) - 1;
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
		int node = ROOT;
		for (String token : tokens) {
			node = childSlot(node, vocabulary.lookup(keys.fold(token)));
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

	/**
	 * Lays a builder's trie out as a double array. Each node gets the lowest base at which all its children land on
	 * free slots, nodes in the order they were created: a parent before its children, and the wide nodes among the
	 * many one-child nodes, which fill the gaps they leave. On the 74K list a quarter of the slots stay free; placing
	 * the largest nodes first leaves only 5% free but searches about five times longer.
	 *
	 * <p>Children of a second-level node are spread over the whole vocabulary, so such a node only fits where few
	 * slots are used, and a search slot by slot would try each gap before that. The search tries 64 bases at once
	 * instead: one word of the used-slot bits per child, OR-ed, leaves a zero bit for each base that puts all
	 * children on free slots; a crowded stretch is rejected after a few words.
	 */
	private static final class DoubleArrayBuilder {
		private final Builder trie;
		/** The builder's edges, {@code parent << 32 | syllable id}, a node's contiguous and sorted by id. */
		private final long[] edges;
		/**
		 * One bit per slot, set when the slot is used; kept long enough for any search (see {@link #findBase}) so
		 * that reading it needs no bounds test.
		 */
		private long[] used = new long[1024];
		/** One past the highest slot used. */
		private int end = ROOT + 1;
		/**
		 * Where the search starts: slots below are used, or in a stretch at least {@link #FULL} used. Its few gaps
		 * would be searched by every later node; they are given up instead.
		 */
		private int searchFrom = ROOT;
		private static final double FULL = 0.95;

		DoubleArrayBuilder(Builder trie, long[] edges) {
			this.trie = trie;
			this.edges = edges;
		}

		int[] build() {
			int nodes = trie.nodeCount;
			int[] firstEdge = new int[nodes];
			int[] edgeCount = new int[nodes];
			for (int e = edges.length - 1; e >= 0; e--) {
				int parent = (int) (edges[e] >>> 32);
				firstEdge[parent] = e;
				edgeCount[parent]++;
			}
			// Bases first: a base only needs free slots, not the node's own slot. Leaves keep 0, never read: walks stop
			// at their info, and other look-ups fail the check.
			int[] baseOf = new int[nodes];
			use(ROOT);
			for (int node = 0; node < nodes; node++) {
				int count = edgeCount[node];
				if (count > 0) {
					int first = firstEdge[node];
					int b = findBase(first, first + count - 1);
					baseOf[node] = b;
					for (int e = first; e < first + count; e++) {
						use(b + (int) edges[e]);
					}
				}
			}
			// Then slots: a child node is numbered after its parent, so going through the edges by parent gives every
			// parent its slot before its children.
			int[] slots = new int[SLOT * end];
			for (int s = 0; s < end; s++) {
				slots[SLOT * s + CHECK] = -1;
			}
			int[] slotOf = new int[nodes];
			slotOf[0] = ROOT;
			slots[SLOT * ROOT + BASE] = baseOf[0];
			slots[SLOT * ROOT + INFO] = infoOf(0, edgeCount[0] > 0);
			for (long edge : edges) {
				int parent = (int) (edge >>> 32);
				int id = (int) edge;
				int child = trie.edges.child(parent, id);
				int slot = baseOf[parent] + id;
				slotOf[child] = slot;
				slots[SLOT * slot + CHECK] = slotOf[parent];
				slots[SLOT * slot + BASE] = baseOf[child];
				slots[SLOT * slot + INFO] = infoOf(child, edgeCount[child] > 0);
			}
			return slots;
		}

		private int infoOf(int node, boolean hasChildren) {
			int first = trie.firstEntryOfNode[node];
			return (first + 1) << 2 | (first >= 0 && !trie.entryExact[first] ? 2 : 0) | (hasChildren ? 1 : 0);
		}

		/**
		 * The lowest base at which the sorted ids of edges {@code first..last} all land on free slots, from
		 * {@link #searchFrom}. It may be negative: a node whose children have high ids can use low slots.
		 */
		private int findBase(int first, int last) {
			while (isUsed(searchFrom)) {
				searchFrom++;
			}
			int lowest = (int) edges[first];
			// The search ends by the first base that puts all children beyond the end, if not before.
			int words = (end + (int) edges[last] - lowest >>> 6) + 3;
			if (words > used.length) {
				used = Arrays.copyOf(used, Math.max(2 * used.length, words));
			}
			int usedCount = 0; // among the slots the first child was tried on
			for (int slot = searchFrom;; slot += Long.SIZE) { // the first child's slot, for the lowest of 64 bases
				int base = slot - lowest;
				long blocked = usedBits(slot); // bit i: base + i puts some child on a used slot
				usedCount += Long.bitCount(blocked);
				for (int e = first + 1; e <= last && blocked != -1L; e++) {
					blocked |= usedBits(base + (int) edges[e]);
				}
				if (blocked != -1L) {
					int found = Long.numberOfTrailingZeros(~blocked);
					if (usedCount >= FULL * (slot + Long.SIZE - searchFrom)) {
						searchFrom = slot + found;
					}
					return base + found;
				}
			}
		}

		/** The used bits of the 64 slots from {@code slot} (non-negative), lowest first. */
		private long usedBits(int slot) {
			int word = slot >>> 6;
			// Shift distances are taken mod 64: the second word moves up by 64 - (slot mod 64), in two steps so
			// that it drops out entirely when slot is a multiple of 64.
			return used[word] >>> slot | used[word + 1] << 1 << ~slot;
		}

		private boolean isUsed(int slot) {
			return (used[slot >>> 6] & 1L << slot) != 0; // the shift distance is taken mod 64
		}

		/** Marks a slot used; {@link #findBase} made room for it. */
		private void use(int slot) {
			used[slot >>> 6] |= 1L << slot;
			end = Math.max(end, slot + 1);
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

		/** The keys, {@code node << 32 | syllable id}, sorted: by parent, then syllable id (both non-negative). */
		long[] sortedKeys() {
			long[] sorted = new long[size];
			int k = 0;
			for (long key : keys) {
				if (key != -1L) {
					sorted[k++] = key;
				}
			}
			Arrays.sort(sorted);
			return sorted;
		}
	}
}
