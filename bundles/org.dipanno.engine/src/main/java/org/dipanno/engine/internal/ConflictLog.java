package org.dipanno.engine.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import org.dipanno.engine.Conflict;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.Explanation;
import org.dipanno.engine.Proposal;
import org.dipanno.engine.document.EngineDocument;

/**
 * The conflicts of one run, in resolution order. A word list can make a losing proposal for almost every token, so
 * an entity that lost is recorded as a few ints (rule, action, tokens) next to its winner, and becomes a
 * {@link Conflict} with an {@link EntityProposal} only when read. Each is built once, so identities are stable (the
 * {@link Explanation} maps proposals by identity). Read-only once the run is over; safe to read from any thread.
 */
public final class ConflictLog extends AbstractList<Conflict> implements RandomAccess {

	private static final int STRIDE = 4; // rule, action, start token, end token (the reason follows from them)

	private final EngineDocument doc;
	private final List<CompiledRule> rules;
	/** Conflicts built so far, by index; null until one is recorded as an object or read. */
	private Conflict[] built;
	private Proposal[] winners;
	private int[] losers;
	private String[] values;
	private int size;

	/**
	 * A log that records into the given buffers while the run goes on (a thread's run reuses them: a word list
	 * makes a loss for almost every other token, and a fresh array that size would be cleared for every document)
	 * until {@link #finish()} gives it arrays of its own.
	 */
	ConflictLog(EngineDocument doc, List<CompiledRule> rules, Proposal[] winnerBuffer, int[] loserBuffer) {
		this.doc = doc;
		this.rules = rules;
		winners = winnerBuffer.length >= 16 ? winnerBuffer : new Proposal[16];
		losers = loserBuffer.length >= winners.length * STRIDE ? loserBuffer : new int[winners.length * STRIDE];
	}

	void record(Conflict conflict) {
		int i = grow();
		if (built == null) {
			built = new Conflict[winners.length];
		}
		built[i] = conflict;
	}

	/** Records that the entity proposal of {@code rule}'s action over {@code [start, end)} lost to {@code winner}. */
	void addEntityLoss(Proposal winner, CompiledRule rule, int action, int start, int end, String value) {
		int i = grow();
		winners[i] = winner;
		int at = i * STRIDE;
		losers[at] = rule.order;
		losers[at + 1] = action;
		losers[at + 2] = start;
		losers[at + 3] = end;
		if (value != null) {
			if (values == null) {
				values = new String[winners.length];
			}
			values[i] = value;
		}
	}

	private int grow() {
		if (size == winners.length) {
			resize(Math.max(16, size * 2));
		}
		return size++;
	}

	/** The buffers recorded into, grown as needed: for the next run, once this one has {@linkplain #finish() finished}. */
	Proposal[] winnerBuffer() {
		return winners;
	}

	int[] loserBuffer() {
		return losers;
	}

	/**
	 * Ends the run: the log takes arrays of its exact size (it is kept with the result), and the buffers let go
	 * of the run's winners.
	 */
	void finish() {
		Proposal[] buffer = winners;
		resize(size);
		Arrays.fill(buffer, 0, size, null);
	}

	private void resize(int capacity) {
		winners = Arrays.copyOf(winners, capacity);
		losers = Arrays.copyOf(losers, capacity * STRIDE);
		if (built != null) {
			built = Arrays.copyOf(built, capacity);
		}
		if (values != null) {
			values = Arrays.copyOf(values, capacity);
		}
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public Conflict get(int index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException(index);
		}
		Conflict[] conflicts = built;
		Conflict conflict = conflicts == null ? null : conflicts[index];
		return conflict != null ? conflict : build(index);
	}

	private synchronized Conflict build(int index) {
		if (built == null) {
			built = new Conflict[size];
		}
		if (built[index] == null) {
			int at = index * STRIDE;
			CompiledRule rule = rules.get(losers[at]);
			int start = losers[at + 2];
			int end = losers[at + 3];
			EntityProposal loser = rule.entityProposal(doc.id(), losers[at + 1], start, end, doc.tokenStart(start),
					doc.tokenEnd(end - 1), values == null ? null : values[index]);
			built[index] = Conflict.of(winners[index], loser);
		}
		return built[index];
	}
}
