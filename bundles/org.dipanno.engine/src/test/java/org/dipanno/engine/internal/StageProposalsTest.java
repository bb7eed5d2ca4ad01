package org.dipanno.engine.internal;

import static org.dipanno.engine.patterns.Patterns.literal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.Rule;
import org.junit.jupiter.api.Test;

/** The fast resolution orders (counting sort, insertion sorts, packed fallback) against the comparison sort. */
class StageProposalsTest {

	private static final int[] PRIORITIES = { 10, 5, 5, 0, -10 };

	private static CompiledRule[] rules() {
		List<Rule> rules = new ArrayList<>();
		for (int r = 0; r < PRIORITIES.length; r++) {
			rules.add(Rule.of("r" + r, "order.rules", r + 1, literal("x"), PRIORITIES[r], 1,
					new MarkEntity("T", null, new NoValue()), new MarkEntity("U", null, new NoValue())));
		}
		return RuleSetCompiler.compile(rules, List.of(), EngineOptions.defaults(), true).rules
				.toArray(CompiledRule[]::new);
	}

	/** Proposals over {@code tokens} tokens; {@code scatter} of them start anywhere, the others left to right. */
	private static StageProposals proposals(Random random, int tokens, int count, double scatter) {
		CompiledRule[] rules = rules();
		StageProposals p = new StageProposals(4);
		int at = 0;
		for (int i = 0; i < count; i++) {
			int start = random.nextDouble() < scatter ? random.nextInt(tokens) : Math.min(tokens - 1, at);
			at += random.nextInt(2);
			int length = 1 + random.nextInt(Math.min(4, tokens - start));
			p.add(rules[random.nextInt(rules.length)], random.nextInt(2), start, start + length, null);
		}
		return p;
	}

	/** 200 rounds of random proposals: the fast order is the comparison sort's. */
	private static void assertSameOrders(long seed, double scatter) {
		Random random = new Random(seed);
		for (int round = 0; round < 200; round++) {
			StageProposals p = proposals(random, 50 + random.nextInt(500), random.nextInt(800), scatter);
			int[] compared = Arrays.copyOf(p.resolutionOrder(600, false), p.size);
			assertArrayEquals(compared, Arrays.copyOf(p.resolutionOrder(600, true), p.size), "round " + round);
		}
	}

	@Test
	void nearlyOrderedProposalsGetTheComparisonSortsOrder() {
		assertSameOrders(1, 0.02);
	}

	@Test
	void scatteredProposalsFallBackToTheSameOrder() {
		// Far from left to right (a rule marking captures far from its start): the insertion sorts give up.
		assertSameOrders(2, 0.9);
	}

	@Test
	void proposalsEqualOnEveryKeyKeepTheOrderTheyWereMadeIn() {
		CompiledRule[] rules = rules();
		StageProposals p = new StageProposals(4);
		for (int i = 0; i < 6; i++) {
			p.add(rules[3], 0, 2, 4, "v" + i);
		}
		p.add(rules[0], 1, 7, 8, null);
		assertArrayEquals(new int[] { 6, 0, 1, 2, 3, 4, 5 }, Arrays.copyOf(p.resolutionOrder(10, true), p.size));
		assertArrayEquals(List.of(6, 0, 1, 2, 3, 4, 5).stream().mapToInt(Integer::intValue).toArray(),
				Arrays.copyOf(p.resolutionOrder(10, false), p.size));
	}
}
