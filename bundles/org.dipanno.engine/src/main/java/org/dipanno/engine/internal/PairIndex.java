package org.dipanno.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules by the first two token ids of the phrases their matches start with ({@link CompiledRule#leadingLiterals}).
 * Rules anchored on phrases often share a first word ("của", "các"), so indexing them by it alone tries many that
 * fail on the second; here a token pair gives only the rules that can start there. The ids that begin some pair
 * are also kept as bits, so that most tokens are told apart by one bit before any hashing.
 */
final class PairIndex {

	private final long[] firstIds;
	private final long[] keys;
	private final CompiledRule[][] rules;
	private final int mask;

	/** Indexes each rule under the first two ids of each of its leading phrases (all of them two tokens or more). */
	PairIndex(List<CompiledRule> indexed) {
		Map<Long, List<CompiledRule>> byPair = new LinkedHashMap<>();
		int maxFirst = 0;
		for (CompiledRule rule : indexed) {
			for (int[] phrase : rule.leadingLiterals) {
				List<CompiledRule> list = byPair.computeIfAbsent(key(phrase[0], phrase[1]), k -> new ArrayList<>());
				if (!list.contains(rule)) {
					list.add(rule);
				}
				maxFirst = Math.max(maxFirst, phrase[0]);
			}
		}
		firstIds = new long[(maxFirst >> 6) + 1];
		int capacity = Integer.highestOneBit(Math.max(2, byPair.size()) * 4 - 1);
		keys = new long[capacity];
		java.util.Arrays.fill(keys, -1L);
		rules = new CompiledRule[capacity][];
		mask = capacity - 1;
		for (Map.Entry<Long, List<CompiledRule>> entry : byPair.entrySet()) {
			long key = entry.getKey();
			int first = (int) (key >>> 32);
			firstIds[first >> 6] |= 1L << first;
			int slot = slot(key);
			while (keys[slot] != -1L) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = key;
			rules[slot] = entry.getValue().toArray(CompiledRule[]::new);
		}
	}

	private static long key(int first, int second) {
		return (long) first << 32 | second;
	}

	private int slot(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 40) & mask;
	}

	/** Whether some indexed phrase starts with this id (ids are non-negative). */
	boolean startsAny(int first) {
		int word = first >> 6;
		return word < firstIds.length && (firstIds[word] & 1L << first) != 0;
	}

	/** The rules whose leading phrases can start with these two ids, or null. */
	CompiledRule[] rulesAt(int first, int second) {
		if (second < 0) {
			return null;
		}
		long key = key(first, second);
		for (int slot = slot(key);; slot = (slot + 1) & mask) {
			long at = keys[slot];
			if (at == key) {
				return rules[slot];
			}
			if (at == -1L) {
				return null;
			}
		}
	}
}
