package org.dipanno.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.engine.RuleCompilationException;

/**
 * Orders rules into stages by the entity types they mark and refer to: a rule runs one stage after the latest rule
 * that marks a type it refers to (its pattern's entity references, its events' nearest-mention roles).
 */
final class StageOrder {

	private static final int NEW = 0, VISITING = 1, DONE = 2;

	private StageOrder() {
	}

	/**
	 * The stage of each rule, by {@link RuleDraft#order()}.
	 *
	 * @throws RuleCompilationException naming the rules of a cycle (each refers to a type the next marks)
	 */
	static int[] stages(List<RuleDraft> rules) {
		Map<String, List<RuleDraft>> producers = new HashMap<>();
		for (RuleDraft rule : rules) {
			for (String type : rule.producedTypes()) {
				producers.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
			}
		}
		int[] state = new int[rules.size()];
		int[] stage = new int[rules.size()];
		List<RuleDraft> path = new ArrayList<>();
		for (RuleDraft rule : rules) {
			visit(rule, producers, state, stage, path);
		}
		return stage;
	}

	private static int visit(RuleDraft rule, Map<String, List<RuleDraft>> producers, int[] state, int[] stages,
			List<RuleDraft> path) {
		int order = rule.order();
		if (state[order] == DONE) {
			return stages[order];
		}
		if (state[order] == VISITING) {
			int from = path.indexOf(rule);
			StringBuilder cycle = new StringBuilder();
			for (RuleDraft r : path.subList(from, path.size())) {
				cycle.append(r.rule().provenance()).append(" [marks ").append(r.producedTypes()).append("] -> ");
			}
			cycle.append(rule.rule().name());
			throw new RuleCompilationException("Rules cannot be ordered in stages, they depend on each other "
					+ "in a cycle (each uses a type marked by the next): " + cycle);
		}
		state[order] = VISITING;
		path.add(rule);
		int stage = 0;
		for (String type : rule.consumedTypes()) {
			for (RuleDraft producer : producers.getOrDefault(type, List.of())) {
				stage = Math.max(stage, visit(producer, producers, state, stages, path) + 1);
			}
		}
		path.remove(path.size() - 1);
		state[order] = DONE;
		stages[order] = stage;
		return stage;
	}
}
