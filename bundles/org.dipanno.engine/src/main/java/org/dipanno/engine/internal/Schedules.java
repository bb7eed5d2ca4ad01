package org.dipanno.engine.internal;

import java.util.ArrayList;
import java.util.List;

/** Scheduled rules of a stage, by the ids they require. */
final class Schedules {
	/**
	 * The requirement groups ({@link CompiledRule#requirementGroup}) of the rules by the ids they require, each
	 * followed by the id's index among the group's required ids. (Rules that are not scheduled list a group's
	 * tokens in a segment when first tried there.)
	 */
	final int[][] byRequiredId;
	/** The ids {@link #byRequiredId} has groups for, as bits (one read for most tokens). */
	final long[] requiredIdBits;
	/** Per requirement group, its rules here, or null. */
	final CompiledRule[][] byGroup;

	private Schedules(int[][] byRequiredId, long[] requiredIdBits, CompiledRule[][] byGroup) {
		this.byRequiredId = byRequiredId;
		this.requiredIdBits = requiredIdBits;
		this.byGroup = byGroup;
	}

	/** The schedules of these rules, or null when there are none. */
	static Schedules of(List<CompiledRule> rules, int groupCount) {
		if (rules.isEmpty()) {
			return null;
		}
		List<List<Integer>> required = new ArrayList<>();
		List<List<CompiledRule>> byGroup = new ArrayList<>();
		for (int g = 0; g < groupCount; g++) {
			byGroup.add(new ArrayList<>());
		}
		for (CompiledRule rule : rules) {
			byGroup.get(rule.requirementGroup).add(rule);
			for (int k = 0; k < rule.requiredIds.length; k++) {
				int id = rule.requiredIds[k];
				while (required.size() <= id) {
					required.add(null);
				}
				if (required.get(id) == null) {
					required.set(id, new ArrayList<>());
				}
				List<Integer> groups = required.get(id);
				boolean listed = false;
				for (int i = 0; i < groups.size(); i += 2) {
					listed |= groups.get(i) == rule.requirementGroup;
				}
				if (!listed) {
					groups.add(rule.requirementGroup);
					groups.add(k);
				}
			}
		}
		long[] bits = new long[(required.size() >> 6) + 1];
		for (int id = 0; id < required.size(); id++) {
			if (required.get(id) != null) {
				bits[id >> 6] |= 1L << id;
			}
		}
		return new Schedules(
				required.stream().map(l -> l == null ? null : l.stream().mapToInt(Integer::intValue).toArray())
						.toArray(int[][]::new),
				bits, byGroup.stream().map(l -> l.isEmpty() ? null : l.toArray(CompiledRule[]::new))
						.toArray(CompiledRule[][]::new));
	}
}
