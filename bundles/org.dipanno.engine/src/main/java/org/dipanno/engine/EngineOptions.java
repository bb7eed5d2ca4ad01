package org.dipanno.engine;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.text.ZoneKind;

/**
 * Engine settings.
 *
 * @param targetZones zones whose tokens rules match (others are never part of a match)
 * @param stepBudget  the most matcher steps (instructions, backtracks and regex character reads) one rule may take
 *                    on one document; a rule that runs out is stopped for that document with a {@link RunProblem}
 * @param keys        how literals are split and folded; must be the convention the documents were folded with
 */
public record EngineOptions(Set<ZoneKind> targetZones, long stepBudget, MatchingKeys keys) {

	public static final long DEFAULT_STEP_BUDGET = 5_000_000L;

	public EngineOptions {
		targetZones = Set.copyOf(targetZones);
		Objects.requireNonNull(keys, "matching keys");
		if (stepBudget <= 0) {
			throw new IllegalArgumentException("The step budget must be positive, not " + stepBudget);
		}
	}

	/** What the product uses: BODY and LEAD, the default budget, the text layer's {@link VietnameseKeys}. */
	public static EngineOptions defaults() {
		return new EngineOptions(EnumSet.of(ZoneKind.LEAD, ZoneKind.BODY), DEFAULT_STEP_BUDGET, VietnameseKeys.INSTANCE);
	}

	public EngineOptions withTargetZones(Set<ZoneKind> zones) {
		return new EngineOptions(zones, stepBudget, keys);
	}

	public EngineOptions withStepBudget(long budget) {
		return new EngineOptions(targetZones, budget, keys);
	}

	public EngineOptions withKeys(MatchingKeys matchingKeys) {
		return new EngineOptions(targetZones, stepBudget, matchingKeys);
	}
}
