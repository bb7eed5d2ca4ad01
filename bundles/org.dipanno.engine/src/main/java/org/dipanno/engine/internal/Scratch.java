package org.dipanno.engine.internal;

import java.util.Arrays;

import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.Proposal;

/**
 * One thread's per-token and per-rule arrays for a run, kept for its next document: only the first
 * {@code tokenCount} entries are used, and each run sets them before reading them.
 */
final class Scratch {

	/** Documents with more tokens get arrays of their own, which are not kept. */
	static final int MAX_REUSED_TOKENS = 1 << 16;

	final TokenMatcher matcher;
	final RuleSchedule schedule;
	/** Per token: its key's vocabulary id, its segment's first token and end, whether it is in a target zone. */
	int[] ids = new int[0];
	int[] segmentStart = new int[0];
	int[] segmentEnd = new int[0];
	boolean[] targeted = new boolean[0];
	/** Per token, the accepted mention covering it, or null. */
	EntityProposal[] owner = new EntityProposal[0];
	StageProposals stageProposals;
	/** A run's conflict log records into these, grown as needed ({@link ConflictLog#finish()}). */
	Proposal[] conflictWinners = new Proposal[0];
	int[] conflictLosers = new int[0];
	/** Vocabulary ids of the document's distinct keys. */
	int[] keyIds = new int[0];
	/** A lexicon's entry ends and trie nodes at a token ({@link DocumentRun}'s phrases after a lexicon). */
	int[] lexiconEnds = new int[0];
	int[] lexiconNodes = new int[0];
	/* Per rule: steps left, whether stopped, and the last token tried (each run sets what it reads). */
	final long[] budget;
	final boolean[] stopped;
	final int[] lastTried;

	Scratch(int ruleCount) {
		matcher = new TokenMatcher(ruleCount);
		schedule = new RuleSchedule(matcher, ruleCount);
		budget = new long[ruleCount];
		stopped = new boolean[ruleCount];
		lastTried = new int[ruleCount];
	}

	void ensure(int n) {
		if (ids.length < n) {
			ids = new int[n];
			segmentStart = new int[n];
			segmentEnd = new int[n];
			targeted = new boolean[n];
			owner = new EntityProposal[n];
		}
		schedule.ensure(n);
		if (stageProposals == null) {
			stageProposals = new StageProposals(n);
		}
	}

	/** Drops what the run referred to (the proposals of its last stage, its accepted mentions). */
	void release(int n) {
		Arrays.fill(owner, 0, n, null);
		stageProposals.clear();
		matcher.release();
	}
}
