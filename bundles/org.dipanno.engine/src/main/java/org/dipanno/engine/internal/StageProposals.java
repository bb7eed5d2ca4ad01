package org.dipanno.engine.internal;

import java.util.Arrays;

/**
 * The entity proposals of one stage of a run, as parallel arrays (a word-list rule proposes for almost every token,
 * and most proposals lose), in the order they were made.
 */
final class StageProposals {

	CompiledRule[] rule;
	/** The proposing rule's {@link CompiledRule#priorityRank} and {@link CompiledRule#order}, kept for sorting. */
	int[] rank;
	int[] ruleOrder;
	int[] action;
	int[] start;
	int[] end;
	String[] value;
	int size;
	/** What {@link #resolutionOrder} returns, and the bucket of each proposal; kept from one stage to the next. */
	private int[] order = new int[0];
	private int[] bucketOf = new int[0];

	/** Room for {@code capacity} proposals before growing (a word list makes about one per token). */
	StageProposals(int capacity) {
		capacity = Math.max(16, capacity);
		rule = new CompiledRule[capacity];
		rank = new int[capacity];
		ruleOrder = new int[capacity];
		action = new int[capacity];
		start = new int[capacity];
		end = new int[capacity];
		value = new String[capacity];
	}

	void clear() {
		Arrays.fill(rule, 0, size, null);
		Arrays.fill(value, 0, size, null);
		size = 0;
	}

	void add(CompiledRule proposingRule, int actionIndex, int startToken, int endToken, String normalizedValue) {
		if (size == rule.length) {
			int capacity = size * 2;
			rule = Arrays.copyOf(rule, capacity);
			rank = Arrays.copyOf(rank, capacity);
			ruleOrder = Arrays.copyOf(ruleOrder, capacity);
			action = Arrays.copyOf(action, capacity);
			start = Arrays.copyOf(start, capacity);
			end = Arrays.copyOf(end, capacity);
			value = Arrays.copyOf(value, capacity);
		}
		rule[size] = proposingRule;
		rank[size] = proposingRule.priorityRank;
		ruleOrder[size] = proposingRule.order;
		action[size] = actionIndex;
		start[size] = startToken;
		end[size] = endToken;
		value[size] = normalizedValue;
		size++;
	}

	/** Drops the proposals of a rule (stopped for running out of budget), keeping the others in order. */
	void removeRule(int stoppedRule) {
		int kept = 0;
		for (int i = 0; i < size; i++) {
			if (ruleOrder[i] != stoppedRule) {
				rule[kept] = rule[i];
				rank[kept] = rank[i];
				ruleOrder[kept] = ruleOrder[i];
				action[kept] = action[i];
				start[kept] = start[i];
				end[kept] = end[i];
				value[kept] = value[i];
				kept++;
			}
		}
		Arrays.fill(rule, kept, size, null);
		Arrays.fill(value, kept, size, null);
		size = kept;
	}

	/**
	 * The proposals' indexes in resolution order, in the first {@link #size} entries of an array that the next call
	 * fills again: priority (higher first), length in tokens (longer first), start
	 * (leftmost first), rule order, action order; proposals equal on all of these keep the order they were made in.
	 * With {@code fast}, a counting sort by priority and length and insertion sorts within (see
	 * {@link #countingOrder}) when the priorities and lengths are few, else one long per proposal sorted as
	 * primitives when the keys fit; otherwise (and without {@code fast}) a stable comparison sort.
	 */
	int[] resolutionOrder(int tokenCount, boolean fast) {
		int maxRank = 0;
		int maxLength = 0;
		int maxRule = 0;
		int maxAction = 0;
		for (int i = 0; i < size; i++) {
			maxRank = Math.max(maxRank, rank[i]);
			maxLength = Math.max(maxLength, end[i] - start[i]);
			maxRule = Math.max(maxRule, ruleOrder[i]);
			maxAction = Math.max(maxAction, action[i]);
		}
		int rankBits = bits(maxRank);
		int lengthBits = bits(maxLength);
		int startBits = bits(tokenCount);
		int ruleBits = bits(maxRule);
		int actionBits = bits(maxAction);
		int indexBits = bits(size);
		if (order.length < size) {
			order = new int[Math.max(size, 2 * order.length)];
			bucketOf = new int[order.length];
		}
		int[] order = this.order;
		long buckets = (long) (maxRank + 1) * (maxLength + 1);
		if (fast && buckets <= Math.max(1024, size)) {
			countingOrder(tokenCount, maxLength, (int) buckets, order);
		} else if (fast && rankBits + lengthBits + startBits + ruleBits + actionBits + indexBits <= 63) {
			long[] keys = new long[size];
			for (int i = 0; i < size; i++) {
				long key = rank[i];
				key = key << lengthBits | (maxLength - (end[i] - start[i]));
				key = key << startBits | start[i];
				key = key << ruleBits | ruleOrder[i];
				key = key << actionBits | action[i];
				keys[i] = key << indexBits | i;
			}
			Arrays.sort(keys);
			long indexMask = (1L << indexBits) - 1;
			for (int i = 0; i < size; i++) {
				order[i] = (int) (keys[i] & indexMask);
			}
		} else {
			Integer[] boxed = new Integer[size];
			for (int i = 0; i < size; i++) {
				boxed[i] = i;
			}
			Arrays.sort(boxed, this::compare); // stable
			for (int i = 0; i < size; i++) {
				order[i] = boxed[i];
			}
		}
		return order;
	}

	/**
	 * The resolution order into {@code order}: a stable counting sort by priority rank and length, then each of
	 * those buckets in order of start, rule and action. Proposals are made from left to right, so a bucket is
	 * nearly in that order already and an insertion sort settles it in about one comparison per proposal; a bucket
	 * that turns out far from it (a rule marking a capture far from where it started) is sorted as packed longs.
	 */
	private void countingOrder(int tokenCount, int maxLength, int buckets, int[] order) {
		int[] next = new int[buckets + 1];
		int[] bucketOf = this.bucketOf;
		for (int i = 0; i < size; i++) {
			bucketOf[i] = rank[i] * (maxLength + 1) + maxLength - (end[i] - start[i]);
			next[bucketOf[i] + 1]++;
		}
		for (int k = 1; k <= buckets; k++) {
			next[k] += next[k - 1];
		}
		int[] bucketStart = Arrays.copyOf(next, buckets);
		for (int i = 0; i < size; i++) {
			order[next[bucketOf[i]]++] = i; // in the order made: stable
		}
		for (int k = 0; k < buckets; k++) {
			int from = bucketStart[k];
			int to = next[k];
			if (to - from > 1 && !insertionSort(order, from, to, 4 * (to - from))) {
				sortByStartRuleAction(order, from, to, tokenCount);
			}
		}
	}

	/**
	 * Sorts {@code order[from, to)} by start, rule and action, equal ones kept in order, unless that takes more than
	 * {@code maxMoves} moves: then returns false, the range still a permutation of what it was.
	 */
	private boolean insertionSort(int[] order, int from, int to, int maxMoves) {
		int moves = 0;
		for (int j = from + 1; j < to; j++) {
			int i = order[j];
			int k = j - 1;
			while (k >= from && startRuleAction(order[k], i) > 0) {
				if (++moves > maxMoves) {
					order[k + 1] = i; // the range is a permutation again
					return false;
				}
				order[k + 1] = order[k];
				k--;
			}
			order[k + 1] = i;
		}
		return true;
	}

	/** Sorts {@code order[from, to)} by start, rule, action and index, as packed longs. */
	private void sortByStartRuleAction(int[] order, int from, int to, int tokenCount) {
		long[] keys = new long[to - from];
		int ruleBits = 0;
		int actionBits = 0;
		for (int j = from; j < to; j++) {
			ruleBits = Math.max(ruleBits, bits(ruleOrder[order[j]]));
			actionBits = Math.max(actionBits, bits(action[order[j]]));
		}
		int indexBits = bits(size);
		if (bits(tokenCount) + ruleBits + actionBits + indexBits > 63) {
			Integer[] boxed = new Integer[to - from];
			for (int j = from; j < to; j++) {
				boxed[j - from] = order[j];
			}
			Arrays.sort(boxed, (a, b) -> {
				int c = startRuleAction(a, b);
				return c != 0 ? c : Integer.compare(a, b);
			});
			for (int j = from; j < to; j++) {
				order[j] = boxed[j - from];
			}
			return;
		}
		for (int j = from; j < to; j++) {
			int i = order[j];
			long key = start[i];
			key = key << ruleBits | ruleOrder[i];
			key = key << actionBits | action[i];
			keys[j - from] = key << indexBits | i;
		}
		Arrays.sort(keys);
		long indexMask = (1L << indexBits) - 1;
		for (int j = from; j < to; j++) {
			order[j] = (int) (keys[j - from] & indexMask);
		}
	}

	private int startRuleAction(int a, int b) {
		if (start[a] != start[b]) {
			return start[a] < start[b] ? -1 : 1;
		}
		int byRule = Integer.compare(ruleOrder[a], ruleOrder[b]);
		return byRule != 0 ? byRule : Integer.compare(action[a], action[b]);
	}

	private int compare(int a, int b) {
		if (rank[a] != rank[b]) {
			return Integer.compare(rank[a], rank[b]);
		}
		int la = end[a] - start[a];
		int lb = end[b] - start[b];
		if (la != lb) {
			return la > lb ? -1 : 1;
		}
		if (start[a] != start[b]) {
			return Integer.compare(start[a], start[b]);
		}
		if (ruleOrder[a] != ruleOrder[b]) {
			return Integer.compare(ruleOrder[a], ruleOrder[b]);
		}
		return Integer.compare(action[a], action[b]);
	}

	/** Bits needed to hold values 0..max. */
	private static int bits(int max) {
		return 32 - Integer.numberOfLeadingZeros(max);
	}
}
