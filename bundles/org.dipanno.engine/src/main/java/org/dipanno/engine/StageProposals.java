package org.dipanno.engine;

import java.util.Arrays;

/**
 * The entity proposals of one stage of a run, as parallel arrays (a word-list rule proposes for almost every token,
 * and most proposals lose), in the order they were made.
 */
final class StageProposals {

	CompiledRule[] rule;
	int[] action;
	int[] start;
	int[] end;
	String[] value;
	int size;

	/** Room for {@code capacity} proposals before growing (a word list makes about one per token). */
	StageProposals(int capacity) {
		capacity = Math.max(16, capacity);
		rule = new CompiledRule[capacity];
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
			action = Arrays.copyOf(action, capacity);
			start = Arrays.copyOf(start, capacity);
			end = Arrays.copyOf(end, capacity);
			value = Arrays.copyOf(value, capacity);
		}
		rule[size] = proposingRule;
		action[size] = actionIndex;
		start[size] = startToken;
		end[size] = endToken;
		value[size] = normalizedValue;
		size++;
	}

	/** Drops the proposals of a rule (stopped for running out of budget), keeping the others in order. */
	void removeRule(int ruleOrder) {
		int kept = 0;
		for (int i = 0; i < size; i++) {
			if (rule[i].order != ruleOrder) {
				rule[kept] = rule[i];
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
	 * The proposals' indexes in resolution order: priority (higher first), length in tokens (longer first), start
	 * (leftmost first), rule order, action order; proposals equal on all of these keep the order they were made in.
	 * Usually these fit in one long per proposal, sorted as primitives ({@code packed}); otherwise a stable
	 * comparison sort.
	 */
	int[] resolutionOrder(int tokenCount, boolean packed) {
		int maxRank = 0;
		int maxLength = 0;
		int maxRule = 0;
		int maxAction = 0;
		for (int i = 0; i < size; i++) {
			maxRank = Math.max(maxRank, rule[i].priorityRank);
			maxLength = Math.max(maxLength, end[i] - start[i]);
			maxRule = Math.max(maxRule, rule[i].order);
			maxAction = Math.max(maxAction, action[i]);
		}
		int rankBits = bits(maxRank);
		int lengthBits = bits(maxLength);
		int startBits = bits(tokenCount);
		int ruleBits = bits(maxRule);
		int actionBits = bits(maxAction);
		int indexBits = bits(size);
		int[] order = new int[size];
		if (packed && rankBits + lengthBits + startBits + ruleBits + actionBits + indexBits <= 63) {
			long[] keys = new long[size];
			for (int i = 0; i < size; i++) {
				long key = rule[i].priorityRank;
				key = key << lengthBits | (maxLength - (end[i] - start[i]));
				key = key << startBits | start[i];
				key = key << ruleBits | rule[i].order;
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

	private int compare(int a, int b) {
		if (rule[a].priorityRank != rule[b].priorityRank) {
			return Integer.compare(rule[a].priorityRank, rule[b].priorityRank);
		}
		int la = end[a] - start[a];
		int lb = end[b] - start[b];
		if (la != lb) {
			return la > lb ? -1 : 1;
		}
		if (start[a] != start[b]) {
			return Integer.compare(start[a], start[b]);
		}
		if (rule[a].order != rule[b].order) {
			return Integer.compare(rule[a].order, rule[b].order);
		}
		return Integer.compare(action[a], action[b]);
	}

	/** Bits needed to hold values 0..max. */
	private static int bits(int max) {
		return 32 - Integer.numberOfLeadingZeros(max);
	}
}
