package org.dipanno.engine.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a {@link ScoreReport} as a plain-text table. */
public final class ScoreTable {

	private ScoreTable() {
	}

	public static String render(ScoreReport report) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "rule", "types", "spans", "docs", "cover", "TP", "FP", "FN", "P", "R", "F1", "oTP",
				"oFP", "oFN", "oP", "oR", "oF1", "overlap", "conflict" });
		for (RuleScore s : report.rules()) {
			rows.add(new String[] { s.rule(), String.join(",", s.types()), Integer.toString(s.mentions()),
					Integer.toString(s.documentsTouched()), pct(s.documentCoverage()),
					Integer.toString(s.exact().truePositives()), Integer.toString(s.exact().falsePositives()),
					Integer.toString(s.exact().falseNegatives()), num(s.exact().precision()), num(s.exact().recall()),
					num(s.exact().f1()), Integer.toString(s.overlap().truePositives()),
					Integer.toString(s.overlap().falsePositives()), Integer.toString(s.overlap().falseNegatives()),
					num(s.overlap().precision()), num(s.overlap().recall()), num(s.overlap().f1()),
					pct(s.overlapRate()), pct(s.conflictRate()) });
		}
		Counts e = report.allExact();
		Counts o = report.allOverlap();
		rows.add(new String[] { "(all rules)", "", Integer.toString(e.truePositives() + e.falsePositives()), "", "",
				Integer.toString(e.truePositives()), Integer.toString(e.falsePositives()),
				Integer.toString(e.falseNegatives()), num(e.precision()), num(e.recall()), num(e.f1()),
				Integer.toString(o.truePositives()), Integer.toString(o.falsePositives()),
				Integer.toString(o.falseNegatives()), num(o.precision()), num(o.recall()), num(o.f1()), "", "" });
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
				String cell = row[i];
				if (i < 2) {
					out.append(cell).append(" ".repeat(width[i] - cell.length()));
				} else {
					out.append(" ".repeat(width[i] - cell.length())).append(cell);
				}
			}
			out.append('\n');
		}
		if (!report.pairs().isEmpty()) {
			out.append("overlaps between rules (spans of rule overlapping spans of other / of which conflicting):\n");
			for (RulePair pair : report.pairs()) {
				out.append("  ").append(pair.rule()).append(" x ").append(pair.other()).append(": ")
						.append(pair.overlaps()).append(" / ").append(pair.conflicts()).append('\n');
			}
		}
		return out.toString();
	}

	private static String num(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String pct(double value) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * value);
	}
}
