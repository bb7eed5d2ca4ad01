package org.dipanno.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dictionary-based word segmentation of syllable tokens.
 *
 * <h2>Policy</h2>
 * <ol>
 * <li><b>Chunks.</b> Only {@link TokenKind#WORD} tokens separated by spaces
 * (NBSP included, line breaks not) are joined; every other token (punctuation,
 * hyphen, number, date, symbol) is a one-token word and separates chunks. So
 * "kinh tế-thương mại" is kinh_tế | - | thương_mại.</li>
 * <li><b>Dictionary words.</b> Within a chunk, maximum matching: the
 * segmentation into dictionary words and single syllables with the fewest
 * words; among those, the one whose first word is longest, then likewise for
 * the rest (dynamic programming from the right). Syllables are compared by
 * {@link VietnameseText#fold(String)}, so tone placement and case do not
 * matter ("hòa bình" matches the entry "hoà bình"). The dictionary is Viet74K
 * ({@code Viet74K.txt}, MIT, from the npm package {@code @vntk/dictionary}
 * 1.0.0) plus dipanno's {@code proper-names.txt} (countries, cities,
 * organisations).</li>
 * <li><b>Names.</b> Then each maximal run of two or more single-syllable words
 * that are capitalised becomes one word: "Vương Văn Đào", "Gina Raimondo",
 * "Tập Cận Bình". A run includes a name initial with its full stop
 * ("Jamieson_L._Greer"). A run never starts with a function word or honorific
 * ({@link #NOT_NAME_START}: "Ông", "Bà", "Theo", "Tại", "Hai", ... which are
 * capitalised only at the start of a sentence) nor with a single-syllable
 * country name of {@code proper-names.txt} ("Mỹ Gina Raimondo" is Mỹ |
 * Gina_Raimondo); such syllables may continue a run ("Nguyễn Sinh Nhật
 * Tân"). Dictionary words of two or more syllables are never part of a run
 * ("Trung Quốc Vương Văn Đào" is Trung_Quốc | Vương_Văn_Đào).</li>
 * </ol>
 * The default instance loads its dictionary once, lazily and thread-safely;
 * segmenting is thread-safe.
 */
public final class WordSegmenter {

	/** Capitalised single syllables that never start a name (folded). */
	public static final Set<String> NOT_NAME_START = Set.of("ông", "bà", "anh", "chị", "em", "cô", "chú", "bác",
			"cụ", "ngài", "các", "những", "mọi", "hai", "ba", "bốn", "năm", "một", "tại", "theo", "về", "với", "từ",
			"trong", "ngoài", "sau", "trước", "khi", "nhưng", "và", "của", "cho", "do", "ngày", "sáng", "trưa",
			"chiều", "tối", "đêm", "hôm", "tháng", "đây", "đó", "này", "là", "thì", "nếu", "dù", "tuy", "vì", "để",
			"ngay", "phía", "tân", "cựu", "phó", "đến", "tới", "ở", "trên", "dưới", "giữa", "nhà", "bộ", "sở",
			"viện", "vụ", "cục", "ban", "đoàn", "hội", "đảng", "nước", "tỉnh", "huyện", "xã", "quận", "phường", "thủ",
			"tổng", "chủ", "đại", "lễ", "tin", "bài", "xem", "mời", "cả", "đã", "sẽ", "đang", "còn", "cũng", "không",
			"chưa", "có", "được", "bị", "hơn", "gần", "nhiều", "ít", "mỗi", "lần", "đồng", "ngành", "ảnh", "nguồn");

	/** The dictionary as a trie over folded syllables; read-only after construction. */
	private final SyllableTrie trie = new SyllableTrie();
	/** The number of distinct folded entries of two or more syllables. */
	private final int size;
	/** Folded single-syllable country names that never start a name run. */
	private final Set<String> countrySyllables;

	private WordSegmenter(Collection<String> entries, Collection<String> properNames,
			Collection<String> countrySyllables) {
		Map<String, String> folded = new HashMap<>(); // syllables repeat a lot: fold each once
		int count = 0;
		List<String> all = new ArrayList<>(entries);
		all.addAll(properNames);
		for (String entry : all) {
			String[] syllables = entry.strip().split("\\s+");
			if (syllables.length < 2) {
				continue;
			}
			String[] keys = new String[syllables.length];
			for (int i = 0; i < syllables.length; i++) {
				keys[i] = folded.computeIfAbsent(syllables[i], VietnameseText::fold);
			}
			if (trie.add(keys, properNames.contains(entry))) {
				count++;
			}
		}
		this.size = count;
		Set<String> countries = new HashSet<>();
		for (String name : countrySyllables) {
			countries.add(VietnameseText.fold(name.strip()));
		}
		this.countrySyllables = Set.copyOf(countries);
	}

	/**
	 * A segmenter with the given dictionary entries (words of any length; single
	 * syllables are ignored, every syllable is a word anyway), multi-syllable
	 * proper names (preferred among equally short segmentations, never part of a
	 * name run) and single-syllable country names that never start a name run.
	 */
	public static WordSegmenter withDictionary(Collection<String> entries, Collection<String> properNames,
			Collection<String> countrySyllables) {
		return new WordSegmenter(entries, Set.copyOf(properNames), countrySyllables);
	}

	/** The segmenter with Viet74K and dipanno's proper names, loaded on first use. */
	public static WordSegmenter defaultSegmenter() {
		return DefaultHolder.INSTANCE;
	}

	private static final class DefaultHolder {
		static final WordSegmenter INSTANCE = load();

		private static WordSegmenter load() {
			List<String> entries = readLines("Viet74K.txt");
			Set<String> names = new HashSet<>();
			List<String> countries = new ArrayList<>();
			for (String name : readLines("proper-names.txt")) {
				if (name.strip().contains(" ")) {
					names.add(name);
				} else {
					countries.add(name);
				}
			}
			return new WordSegmenter(entries, names, countries);
		}

		private static List<String> readLines(String resource) {
			List<String> lines = new ArrayList<>();
			try (InputStream in = WordSegmenter.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Word list " + resource + " is missing from the org.dipanno.text bundle");
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				String line;
				while ((line = reader.readLine()) != null) {
					if (!line.isBlank() && !line.startsWith("#")) {
						lines.add(line);
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read word list " + resource, e);
			}
			return lines;
		}
	}

	/** The number of dictionary words of two or more syllables. */
	public int dictionarySize() {
		return size;
	}

	/** True if the phrase (syllables separated by spaces) is a dictionary word of two or more syllables. */
	public boolean isDictionaryWord(String phrase) {
		int node = SyllableTrie.ROOT;
		for (String syllable : VietnameseText.fold(phrase).strip().split("\\s+")) {
			node = trie.child(node, trie.syllableId(syllable));
			if (node == SyllableTrie.NONE) {
				return false;
			}
		}
		return trie.isWord(node);
	}

	/** The words covering all {@code tokens}, in order; token indices refer to {@code tokens}. */
	public List<Word> segment(String text, List<Token> tokens) {
		List<Word> out = new ArrayList<>();
		segment(text, tokens, 0, tokens.size(), out);
		return out;
	}

	/**
	 * Appends the words covering tokens [from, to) to {@code out}; token indices
	 * refer to {@code tokens}. Words never cross {@code from} or {@code to}.
	 */
	public void segment(String text, List<Token> tokens, int from, int to, List<Word> out) {
		Chunk chunk = new Chunk(Math.max(0, to - from));
		int k = from;
		while (k < to) {
			Token token = tokens.get(k);
			if (token.kind() != TokenKind.WORD) {
				flush(text, tokens, chunk, out);
				out.add(new Word(token.start(), token.end(), k, k + 1));
				k++;
				continue;
			}
			boolean initial = chunk.size > 0 && k + 2 < to && SyllableTokenizer.isInitial(text, tokens, k);
			if (chunk.size > 0 && !SyllableTokenizer.isSpaceOnly(text, tokens.get(chunk.last[chunk.size - 1] - 1).end(),
					token.start())) {
				flush(text, tokens, chunk, out);
			}
			if (initial) {
				chunk.add(k, k + 2, null, SyllableTrie.NONE, true, true);
				k += 2;
			} else {
				String key = VietnameseText.fold(text, token.start(), token.end());
				chunk.add(k, k + 1, key, trie.syllableId(key), Character.isUpperCase(text.codePointAt(token.start())),
						false);
				k++;
			}
		}
		flush(text, tokens, chunk, out);
	}

	/**
	 * The units of the chunk being segmented, as parallel arrays: one syllable
	 * token, or a name initial (letter + full stop, two tokens) each; and the
	 * arrays the segmentation works in. One per {@link #segment} call.
	 */
	private static final class Chunk {
		final int[] first;
		final int[] last;
		final String[] key;
		final int[] syllableId;
		final boolean[] capitalised;
		final boolean[] initial;
		final long[] cost;
		final int[] take;
		final boolean[] isName;
		final int[] wordStart;
		final int[] wordEnd;
		final boolean[] wordIsName;
		int size;

		Chunk(int capacity) {
			first = new int[capacity];
			last = new int[capacity];
			key = new String[capacity];
			syllableId = new int[capacity];
			capitalised = new boolean[capacity];
			initial = new boolean[capacity];
			cost = new long[capacity + 1];
			take = new int[capacity + 1];
			isName = new boolean[capacity + 1];
			wordStart = new int[capacity];
			wordEnd = new int[capacity];
			wordIsName = new boolean[capacity];
		}

		void add(int firstToken, int lastToken, String foldedKey, int id, boolean upper, boolean isInitial) {
			first[size] = firstToken;
			last[size] = lastToken;
			key[size] = foldedKey;
			syllableId[size] = id;
			capitalised[size] = upper;
			initial[size] = isInitial;
			size++;
		}
	}

	private void flush(String text, List<Token> tokens, Chunk chunk, List<Word> out) {
		if (chunk.size == 0) {
			return;
		}
		int n = chunk.size;
		// cost[i]: best segmentation of units [i, n): fewest words first, then most syllables in proper
		// names (entries of proper-names.txt, single country syllables). take[i]: the length of its
		// first word; among equal costs the longest first word wins (forward maximum matching).
		long wordCost = n + 1L;
		long[] cost = chunk.cost;
		int[] take = chunk.take;
		boolean[] isName = chunk.isName;
		cost[n] = 0;
		for (int i = n - 1; i >= 0; i--) {
			String key = chunk.key[i];
			boolean country = key != null && chunk.capitalised[i] && countrySyllables.contains(key);
			cost[i] = wordCost - (country ? 1 : 0) + cost[i + 1];
			take[i] = 1;
			isName[i] = false;
			if (key == null) {
				continue;
			}
			int node = trie.child(SyllableTrie.ROOT, chunk.syllableId[i]);
			for (int length = 2; node != SyllableTrie.NONE && i + length <= n; length++) {
				int next = i + length - 1;
				node = chunk.key[next] == null ? SyllableTrie.NONE : trie.child(node, chunk.syllableId[next]);
				if (node != SyllableTrie.NONE && trie.isWord(node)) {
					long candidateCost = wordCost - (trie.isName(node) ? length : 0) + cost[i + length];
					if (candidateCost <= cost[i]) {
						cost[i] = candidateCost;
						take[i] = length;
						isName[i] = trie.isName(node);
					}
				}
			}
		}
		// the chosen words, left to right: units [wordStart[w], wordEnd[w])
		int count = 0;
		int[] wordStart = chunk.wordStart;
		int[] wordEnd = chunk.wordEnd;
		boolean[] wordIsName = chunk.wordIsName;
		for (int i = 0; i < n; i += take[i]) {
			wordStart[count] = i;
			wordEnd[count] = i + take[i];
			wordIsName[count] = isName[i];
			count++;
		}
		int w = 0;
		while (w < count) {
			int first = wordStart[w];
			int runEnd = w + 1; // words [w, runEnd) form a name run
			if (wordEnd[w] - first == 1 && canStartName(text, tokens, chunk, first)) {
				while (runEnd < count && canContinueName(text, tokens, chunk, wordStart[runEnd], wordEnd[runEnd],
						wordIsName[runEnd])) {
					runEnd++;
				}
				// a run may not end on an initial: "L." needs a name after it
				while (runEnd > w + 1 && chunk.initial[wordStart[runEnd - 1]]) {
					runEnd--;
				}
			}
			if (runEnd - w >= 2) {
				emit(tokens, chunk.first[first], chunk.last[wordEnd[runEnd - 1] - 1], out);
				w = runEnd;
			} else {
				if (wordEnd[w] - first == 1 && chunk.initial[first]) {
					emit(tokens, chunk.first[first], chunk.first[first] + 1, out);
					emit(tokens, chunk.first[first] + 1, chunk.last[first], out);
				} else {
					emit(tokens, chunk.first[first], chunk.last[wordEnd[w] - 1], out);
				}
				w++;
			}
		}
		chunk.size = 0;
	}

	/** A single syllable that may continue a name run, or a Viet74K word with every syllable capitalised. */
	private boolean canContinueName(String text, List<Token> tokens, Chunk chunk, int from, int to,
			boolean properNameEntry) {
		if (properNameEntry) {
			return false;
		}
		for (int u = from; u < to; u++) {
			if (!chunk.capitalised[u] || (!chunk.initial[u] && isDomainLike(text, tokens.get(chunk.first[u])))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDomainLike(String text, Token token) {
		for (int i = token.start(); i < token.end(); i++) {
			if (text.charAt(i) == '.') {
				return true;
			}
		}
		return false;
	}

	private boolean canStartName(String text, List<Token> tokens, Chunk chunk, int unit) {
		return chunk.capitalised[unit] && !chunk.initial[unit] && !NOT_NAME_START.contains(chunk.key[unit])
				&& !countrySyllables.contains(chunk.key[unit]) && !isDomainLike(text, tokens.get(chunk.first[unit]));
	}

	private static void emit(List<Token> tokens, int first, int lastExclusive, List<Word> out) {
		out.add(new Word(tokens.get(first).start(), tokens.get(lastExclusive - 1).end(), first, lastExclusive));
	}
}
