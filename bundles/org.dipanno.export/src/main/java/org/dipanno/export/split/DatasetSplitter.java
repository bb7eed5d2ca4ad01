package org.dipanno.export.split;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic train/dev/test split by document.
 *
 * <p>Each document id gets a key: the first 8 bytes of SHA-256 over
 * {@code "<seed>:<id>"} (UTF-8), read as an unsigned number. Documents are
 * ordered by key (then id), and the ordered list is cut into consecutive parts
 * whose sizes come from the ratios by the largest-remainder method (ties go to
 * train, then dev, then test). Nothing depends on hash-map order, a random
 * generator, the JVM or the machine; one document is never split; the same
 * seed and ids always give the same split and another seed gives another
 * order.
 */
public final class DatasetSplitter {

	private final long seed;
	private final SplitRatios ratios;

	public DatasetSplitter(long seed, SplitRatios ratios) {
		this.seed = seed;
		this.ratios = ratios;
	}

	public long seed() {
		return seed;
	}

	public SplitRatios ratios() {
		return ratios;
	}

	/**
	 * Assigns every document to one split.
	 *
	 * @return the ids of each split, in the order given (corpus order)
	 * @throws IllegalArgumentException when an id occurs twice
	 */
	public Map<DatasetSplit, List<String>> split(List<String> documentIds) {
		Set<String> seen = new HashSet<>();
		for (String id : documentIds) {
			if (!seen.add(id)) {
				throw new IllegalArgumentException("Document id " + id + " occurs twice; a split needs unique ids");
			}
		}
		List<String> ordered = new ArrayList<>(documentIds);
		Map<String, Long> keys = new java.util.HashMap<>();
		for (String id : ordered) {
			keys.put(id, key(id));
		}
		ordered.sort(Comparator.comparing((String id) -> keys.get(id), Long::compareUnsigned)
				.thenComparing(Comparator.naturalOrder()));
		int[] sizes = sizes(ordered.size());
		Map<String, DatasetSplit> assignment = new java.util.HashMap<>();
		int position = 0;
		for (DatasetSplit split : DatasetSplit.values()) {
			for (int i = 0; i < sizes[split.ordinal()]; i++) {
				assignment.put(ordered.get(position++), split);
			}
		}
		Map<DatasetSplit, List<String>> result = new EnumMap<>(DatasetSplit.class);
		for (DatasetSplit split : DatasetSplit.values()) {
			result.put(split, new ArrayList<>());
		}
		for (String id : documentIds) {
			result.get(assignment.get(id)).add(id);
		}
		result.replaceAll((split, ids) -> List.copyOf(ids));
		return result;
	}

	/** Part sizes for n documents by the largest-remainder method. */
	int[] sizes(int n) {
		DatasetSplit[] splits = DatasetSplit.values();
		int total = ratios.train() + ratios.dev() + ratios.test();
		int[] sizes = new int[splits.length];
		long[] remainders = new long[splits.length];
		int assigned = 0;
		for (DatasetSplit split : splits) {
			long exact = (long) n * ratios.weight(split);
			sizes[split.ordinal()] = (int) (exact / total);
			remainders[split.ordinal()] = exact % total;
			assigned += sizes[split.ordinal()];
		}
		while (assigned < n) {
			int best = 0;
			for (int i = 1; i < splits.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			sizes[best]++;
			remainders[best] = -1;
			assigned++;
		}
		return sizes;
	}

	/** The ordering key of a document id under this seed. */
	public long key(String documentId) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest((seed + ":" + documentId).getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < 8; i++) {
				key = (key << 8) | (hash[i] & 0xFF);
			}
			return key;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is required of every Java platform", e);
		}
	}
}
