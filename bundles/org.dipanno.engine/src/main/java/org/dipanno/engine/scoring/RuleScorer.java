package org.dipanno.engine.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores rules against gold spans, the way labeling functions are analysed in weak supervision, for spans.
 *
 * <p>Exact: a proposed span is a true positive when a not yet matched gold span has the same document, offsets and
 * type. Overlap: when a not yet matched gold span of the same type in the same document shares at least one
 * character (the leftmost such gold span is used). Every gold span is matched at most once; unmatched proposals are
 * false positives, unmatched gold spans of the rule's types false negatives.
 */
public final class RuleScorer {

	private RuleScorer() {
	}

	/**
	 * @param documents the ids of the documents scored (coverage is relative to them; spans of other documents are
	 *                  ignored)
	 */
	public static ScoreReport score(Collection<GoldSpan> gold, Collection<PredictedSpan> predicted,
			Collection<String> documents) {
		Set<String> docs = new HashSet<>(documents);
		List<GoldSpan> goldSpans = gold.stream().filter(g -> docs.contains(g.documentId()))
				.sorted(Comparator.comparing(GoldSpan::documentId).thenComparingInt(GoldSpan::start)
						.thenComparingInt(GoldSpan::end))
				.toList();
		Map<String, List<PredictedSpan>> byRule = new TreeMap<>();
		for (PredictedSpan p : predicted) {
			if (docs.contains(p.documentId())) {
				byRule.computeIfAbsent(p.rule(), r -> new ArrayList<>()).add(p);
			}
		}
		List<PredictedSpan> all = byRule.values().stream().flatMap(List::stream).toList();
		List<RuleScore> scores = new ArrayList<>();
		List<RulePair> pairs = new ArrayList<>();
		for (Map.Entry<String, List<PredictedSpan>> entry : byRule.entrySet()) {
			List<PredictedSpan> spans = entry.getValue();
			Set<String> types = new LinkedHashSet<>();
			spans.forEach(s -> types.add(s.type()));
			List<GoldSpan> relevant = goldSpans.stream().filter(g -> types.contains(g.type())).toList();
			int overlapping = 0;
			int conflicting = 0;
			Map<String, int[]> perOther = new TreeMap<>();
			for (PredictedSpan span : spans) {
				boolean overlapsAny = false;
				boolean conflictsAny = false;
				for (PredictedSpan other : all) {
					if (!other.rule().equals(span.rule()) && other.overlaps(span)) {
						overlapsAny = true;
						boolean conflict = !other.sameSpanAndType(span);
						conflictsAny |= conflict;
						int[] counts = perOther.computeIfAbsent(other.rule(), r -> new int[2]);
						counts[0]++;
						if (conflict) {
							counts[1]++;
						}
					}
				}
				overlapping += overlapsAny ? 1 : 0;
				conflicting += conflictsAny ? 1 : 0;
			}
			perOther.forEach((other, c) -> pairs.add(new RulePair(entry.getKey(), other, c[0], c[1])));
			int touched = (int) spans.stream().map(PredictedSpan::documentId).distinct().count();
			scores.add(new RuleScore(entry.getKey(), types, count(relevant, spans, true), count(relevant, spans, false),
					spans.size(), touched, docs.isEmpty() ? 0 : (double) touched / docs.size(), overlapping,
					conflicting));
		}
		// All rules together: their distinct spans, against all gold.
		Map<String, PredictedSpan> distinct = new LinkedHashMap<>();
		for (PredictedSpan p : all) {
			distinct.putIfAbsent(p.documentId() + '\u0000' + p.start() + '\u0000' + p.end() + '\u0000' + p.type(), p);
		}
		List<PredictedSpan> union = new ArrayList<>(distinct.values());
		return new ScoreReport(docs.size(), scores, count(goldSpans, union, true), count(goldSpans, union, false),
				pairs);
	}

	private static Counts count(List<GoldSpan> gold, List<PredictedSpan> spans, boolean exact) {
		List<PredictedSpan> ordered = new ArrayList<>(spans);
		ordered.sort(Comparator.comparing(PredictedSpan::documentId).thenComparingInt(PredictedSpan::start)
				.thenComparingInt(PredictedSpan::end));
		boolean[] matched = new boolean[gold.size()];
		int tp = 0;
		for (PredictedSpan p : ordered) {
			for (int g = 0; g < gold.size(); g++) {
				GoldSpan span = gold.get(g);
				if (matched[g] || !span.type().equals(p.type())) {
					continue;
				}
				boolean hit = exact
						? span.documentId().equals(p.documentId()) && span.start() == p.start() && span.end() == p.end()
						: span.overlaps(p.documentId(), p.start(), p.end());
				if (hit) {
					matched[g] = true;
					tp++;
					break;
				}
			}
		}
		return new Counts(tp, ordered.size() - tp, gold.size() - tp);
	}
}
