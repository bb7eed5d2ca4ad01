package org.dipanno.engine.internal;

import java.util.Arrays;

/**
 * Where a thread's run tries the rules that are placed by their required tokens rather than their first token, and
 * where the required tokens of the other rules are: the schedule of the current stage and segment (scheduled rules by
 * start token, as linked lists: {@link #head} per token, -1 for none), and per requirement group the tokens of the
 * segment with one of its ids. Kept with the thread's {@link Scratch}; each stage and segment resets what it reads.
 */
final class RuleSchedule {

	private final TokenMatcher matcher;
	/** Per token of the segment, the first schedule entry at it, or -1; entries link by {@link #next}. */
	int[] head = new int[0];
	CompiledRule[] rules = new CompiledRule[64];
	int[] next = new int[64];
	private int count;
	/** Per rule, the last start it was scheduled at and the segment (its first token) that was in. */
	private final int[] scheduledUpTo;
	private final int[] scheduledIn;
	/**
	 * Per requirement group, the tokens of the current segment with one of its ids, ascending, and the segment they
	 * belong to; per rule, the first of them not behind its last start tried, and the segment that is for.
	 */
	private final int[][] requiredAt;
	private final int[] requiredCount;
	private final int[] requiredSeenIn;
	private final int[] requiredNext;
	private final int[] requiredNextIn;

	RuleSchedule(TokenMatcher matcher, int ruleCount) {
		this.matcher = matcher;
		scheduledUpTo = new int[ruleCount];
		scheduledIn = new int[ruleCount];
		requiredAt = new int[ruleCount][];
		requiredCount = new int[ruleCount];
		requiredSeenIn = new int[ruleCount];
		requiredNext = new int[ruleCount];
		requiredNextIn = new int[ruleCount];
	}

	/** Room for a document of {@code n} tokens. */
	void ensure(int n) {
		if (head.length < n) {
			head = new int[n];
		}
	}

	/** Forgets the last stage's schedule and lists, for a document of {@code n} tokens. */
	void startStage(int n) {
		Arrays.fill(requiredSeenIn, -1);
		Arrays.fill(requiredNextIn, -1);
		Arrays.fill(scheduledIn, -1);
		Arrays.fill(head, 0, n, -1);
	}

	/** Entries of the last segment are for tokens passed already; this segment's heads are -1. */
	void startSegment() {
		count = 0;
	}

	/**
	 * Schedules the stage's scheduled rules at the starts of the segment {@code [from, to)} that a token with one
	 * of their required ids is in reach of.
	 */
	void noteRequirements(Stage stage, int from, int to) {
		Schedules ahead = stage.ahead;
		if (ahead == null) {
			return;
		}
		int[][] byRequiredId = ahead.byRequiredId;
		int[] ids = matcher.ids;
		for (int t = from; t < to; t++) {
			int id = ids[t];
			if (id >= 0 && id < byRequiredId.length && (ahead.requiredIdBits[id >> 6] & 1L << id) != 0) {
				scheduleFrom(ahead, id, t, from, to);
			}
		}
	}

	/** Schedules the rules that require {@code id}, found at {@code t}, where its phrases start there. */
	void scheduleFrom(Schedules schedules, int id, int t, int from, int to) {
		int[] groups = schedules.byRequiredId[id];
		for (int i = 0; i < groups.length; i += 2) {
			CompiledRule[] scheduled = schedules.byGroup[groups[i]];
			// The group's rules require the same ids and phrases.
			if (scheduled[0].requiredPhraseAt(groups[i + 1], matcher.ids, t, to)) {
				schedule(scheduled, t, from, to);
			}
		}
	}

	/**
	 * Schedules rules at the starts in {@code [from, to)} from which a required token at {@code t} is in reach and
	 * whose token can be a match's first.
	 */
	private void schedule(CompiledRule[] scheduled, int t, int from, int to) {
		for (CompiledRule rule : scheduled) {
			int r = rule.order;
			if (scheduledIn[r] != from) {
				scheduledIn[r] = from;
				scheduledUpTo[r] = from - 1;
			}
			int first = Math.max(Math.max(from, t - rule.requiredTo), scheduledUpTo[r] + 1);
			int last = Math.min(to - 1, t - rule.requiredFrom);
			int[] ids = matcher.ids;
			for (int s = first; s <= last; s++) {
				if (!firstTokenFits(rule, ids[s], s)) {
					continue; // checked here, once per start, rather than for every entry made
				}
				if (count == rules.length) {
					rules = Arrays.copyOf(rules, 2 * count);
					next = Arrays.copyOf(next, 2 * count);
				}
				rules[count] = rule;
				next[count] = head[s];
				head[s] = count++;
			}
			scheduledUpTo[r] = Math.max(scheduledUpTo[r], last);
		}
	}

	/** Whether a token can be the first of a rule's match (what the first-token index says for other rules). */
	private boolean firstTokenFits(CompiledRule rule, int id, int pos) {
		// The class bits first: one int already at hand, and what rules scheduled here are indexed by.
		if (rule.firstAny || (matcher.classBits(pos) & rule.firstClassBits) != 0
				|| id >= 0 && rule.firstIds.get(id)) {
			return true;
		}
		int type = matcher.mentionType[pos];
		return type >= 0 && rule.firstTypeIds.get(type);
	}

	/**
	 * Lists the tokens of the segment {@code [from, to)} with one of a requirement group's ids; made when a rule
	 * of the group is first tried in the segment, so segments where none is tried cost nothing.
	 */
	private void listRequired(int g, CompiledRule rule, long[] listedIds, int from, int to) {
		int[] groupIds = rule.requiredIds;
		requiredSeenIn[g] = from;
		requiredCount[g] = 0;
		if (requiredAt[g] == null) {
			requiredAt[g] = new int[8];
		}
		int[] ids = matcher.ids;
		for (int t = from; t < to; t++) {
			int id = ids[t];
			int k = id >= 0 && (listedIds[id >> 6] & 1L << id) != 0 ? Arrays.binarySearch(groupIds, id) : -1;
			if (k >= 0 && rule.requiredPhraseAt(k, ids, t, to)) {
				if (requiredCount[g] == requiredAt[g].length) {
					requiredAt[g] = Arrays.copyOf(requiredAt[g], 2 * requiredCount[g]);
				}
				requiredAt[g][requiredCount[g]++] = t;
			}
		}
	}

	/**
	 * Whether one of the rule's required ids is in reach of a match starting at {@code pos} (starts are tried in
	 * ascending order within a segment, so the rule's list is walked once).
	 */
	boolean requirementInReach(Stage stage, CompiledRule rule, int pos) {
		int g = rule.requirementGroup;
		int segment = matcher.segmentStart;
		if (requiredSeenIn[g] != segment) {
			listRequired(g, rule, stage.listedIdBits, segment, matcher.segmentEnd);
		}
		int r = rule.order;
		if (requiredNextIn[r] != segment) {
			requiredNextIn[r] = segment;
			requiredNext[r] = 0;
		}
		long from = (long) pos + rule.requiredFrom;
		long to = (long) pos + rule.requiredTo;
		int[] at = requiredAt[g];
		int first = requiredNext[r];
		int listed = requiredCount[g];
		while (first < listed && at[first] < from) {
			first++;
		}
		requiredNext[r] = first;
		return first < listed && at[first] <= to;
	}
}
