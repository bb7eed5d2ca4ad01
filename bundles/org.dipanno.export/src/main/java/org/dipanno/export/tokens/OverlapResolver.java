package org.dipanno.export.tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dipanno.export.EntitySpan;

/**
 * The nested/overlapping entity policy of the token-level formats (CoNLL and
 * Hugging Face): keep the outermost (longest) mention, drop what overlaps a
 * kept one. Ties between equally long overlapping mentions go to the one that
 * starts first, then to the smaller type name, then id, so the result never
 * depends on input order.
 */
public final class OverlapResolver {

	private static final Comparator<EntitySpan> OUTERMOST_FIRST = Comparator
			.comparingInt((EntitySpan e) -> -(e.end() - e.start()))
			.thenComparingInt(EntitySpan::start)
			.thenComparing(EntitySpan::type)
			.thenComparing(EntitySpan::id);

	private OverlapResolver() {
	}

	/** The outcome: mentions kept (in text order) and mentions dropped. */
	public record Resolution(List<EntitySpan> kept, List<EntitySpan> dropped) {
	}

	public static Resolution outermost(List<EntitySpan> entities) {
		List<EntitySpan> candidates = new ArrayList<>(entities);
		candidates.sort(OUTERMOST_FIRST);
		List<EntitySpan> kept = new ArrayList<>();
		List<EntitySpan> dropped = new ArrayList<>();
		for (EntitySpan candidate : candidates) {
			boolean overlaps = false;
			for (EntitySpan other : kept) {
				if (candidate.start() < other.end() && other.start() < candidate.end()) {
					overlaps = true;
					break;
				}
			}
			(overlaps ? dropped : kept).add(candidate);
		}
		kept.sort(Comparator.comparingInt(EntitySpan::start));
		return new Resolution(List.copyOf(kept), List.copyOf(dropped));
	}
}
