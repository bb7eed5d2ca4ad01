package org.dipanno.engine.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedMap;
import java.util.LinkedHashMap;

/**
 * How the proposals of a rule set (the matches that won their conflicts) agree with the reference, per entity type and
 * in total, exact and overlapping, the way NER systems are compared.
 *
 * <p>Exact: a proposal is a true positive when a not yet matched reference span of the same document has its offsets
 * and type. Overlap: when a not yet matched reference span of the same document and type shares a character with it
 * (the leftmost one is taken). Each reference span is matched at most once. Only the scored types count; spans of
 * other types on either side are left out.
 *
 * @param exact   per scored type, in the order asked for
 * @param overlap per scored type, in the same order
 */
public record TypeScores(SequencedMap<String, Counts> exact, SequencedMap<String, Counts> overlap, Counts totalExact,
		Counts totalOverlap) {

	/**
	 * @param types the types scored, after any renaming of the spans' types
	 */
	public static TypeScores score(Collection<GoldSpan> gold, Collection<PredictedSpan> predicted, List<String> types) {
		SequencedMap<String, Counts> exact = new LinkedHashMap<>();
		SequencedMap<String, Counts> overlap = new LinkedHashMap<>();
		int[] totals = new int[6];
		for (String type : types) {
			Counts e = count(gold, predicted, type, true);
			Counts o = count(gold, predicted, type, false);
			exact.put(type, e);
			overlap.put(type, o);
			totals[0] += e.truePositives();
			totals[1] += e.falsePositives();
			totals[2] += e.falseNegatives();
			totals[3] += o.truePositives();
			totals[4] += o.falsePositives();
			totals[5] += o.falseNegatives();
		}
		return new TypeScores(exact, overlap, new Counts(totals[0], totals[1], totals[2]),
				new Counts(totals[3], totals[4], totals[5]));
	}

	private static Counts count(Collection<GoldSpan> gold, Collection<PredictedSpan> predicted, String type,
			boolean exact) {
		Map<String, List<GoldSpan>> goldByDocument = new HashMap<>();
		int goldCount = 0;
		for (GoldSpan span : gold) {
			if (span.type().equals(type)) {
				goldByDocument.computeIfAbsent(span.documentId(), d -> new ArrayList<>()).add(span);
				goldCount++;
			}
		}
		Comparator<GoldSpan> goldOrder = Comparator.comparingInt(GoldSpan::start).thenComparingInt(GoldSpan::end);
		goldByDocument.values().forEach(spans -> spans.sort(goldOrder));
		Map<String, boolean[]> matched = new HashMap<>();
		List<PredictedSpan> ordered = new ArrayList<>();
		for (PredictedSpan span : predicted) {
			if (span.type().equals(type)) {
				ordered.add(span);
			}
		}
		ordered.sort(Comparator.comparing(PredictedSpan::documentId).thenComparingInt(PredictedSpan::start)
				.thenComparingInt(PredictedSpan::end));
		int truePositives = 0;
		for (PredictedSpan p : ordered) {
			List<GoldSpan> candidates = goldByDocument.get(p.documentId());
			if (candidates == null) {
				continue;
			}
			boolean[] used = matched.computeIfAbsent(p.documentId(), d -> new boolean[candidates.size()]);
			for (int g = 0; g < candidates.size(); g++) {
				GoldSpan span = candidates.get(g);
				if (used[g]) {
					continue;
				}
				boolean hit = exact ? span.start() == p.start() && span.end() == p.end()
						: span.overlaps(p.documentId(), p.start(), p.end());
				if (hit) {
					used[g] = true;
					truePositives++;
					break;
				}
			}
		}
		return new Counts(truePositives, ordered.size() - truePositives, goldCount - truePositives);
	}

	/** A plain-text table: one row per type and a total row; counts and P/R/F1, exact then overlap. */
	public String render() {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "type", "gold", "proposed", "TP", "FP", "FN", "P", "R", "F1", "oTP", "oFP", "oFN",
				"oP", "oR", "oF1" });
		exact.forEach((type, e) -> rows.add(row(type, e, overlap.get(type))));
		rows.add(row("(total)", totalExact, totalOverlap));
		int[] width = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				width[i] = Math.max(width[i], row[i].length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					out.append("  ");
				}
				String pad = " ".repeat(width[i] - row[i].length());
				out.append(i == 0 ? row[i] + pad : pad + row[i]);
			}
			out.append('\n');
		}
		return out.toString();
	}

	private static String[] row(String type, Counts e, Counts o) {
		return new String[] { type, Integer.toString(e.truePositives() + e.falseNegatives()),
				Integer.toString(e.truePositives() + e.falsePositives()), Integer.toString(e.truePositives()),
				Integer.toString(e.falsePositives()), Integer.toString(e.falseNegatives()), num(e.precision()),
				num(e.recall()), num(e.f1()), Integer.toString(o.truePositives()), Integer.toString(o.falsePositives()),
				Integer.toString(o.falseNegatives()), num(o.precision()), num(o.recall()), num(o.f1()) };
	}

	private static String num(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}
}
