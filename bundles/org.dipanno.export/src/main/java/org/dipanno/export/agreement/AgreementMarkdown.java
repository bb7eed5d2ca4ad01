package org.dipanno.export.agreement;

import java.util.Locale;
import java.util.Map;

/** Renders an agreement report as Markdown (tables readable as plain text too). */
public final class AgreementMarkdown {

	private AgreementMarkdown() {
	}

	public static String render(AgreementReport report) {
		StringBuilder md = new StringBuilder();
		md.append("# Inter-annotator agreement\n\n");
		md.append("Annotators: ").append(String.join(", ", report.annotators())).append("; documents: ")
				.append(report.documents().size()).append("\n\n");
		md.append("## Corpus\n\n");
		section(md, report.corpus(), true);
		for (DocumentAgreement document : report.documents()) {
			md.append("## Document ").append(document.documentId()).append("\n\n");
			section(md, document, false);
		}
		return md.toString();
	}

	private static void section(StringBuilder md, DocumentAgreement agreement, boolean perType) {
		md.append("| Pair | Exact F1 | Overlap F1 | Trigger F1 | Argument F1 | Cohen's kappa (tokens) |\n");
		md.append("|---|---:|---:|---:|---:|---:|\n");
		for (PairAgreement pair : agreement.pairs()) {
			md.append("| ").append(pair.first()).append(" / ").append(pair.second()).append(" | ")
					.append(figure(pair.exact())).append(" | ").append(figure(pair.overlap())).append(" | ")
					.append(figure(pair.triggers())).append(" | ").append(figure(pair.arguments())).append(" | ")
					.append(number(pair.tokenKappa().value())).append(" |\n");
		}
		md.append('\n');
		if (agreement.fleissKappa() != null) {
			md.append("Fleiss' kappa on token labels: ").append(number(agreement.fleissKappa().value())).append(" (")
					.append(agreement.fleissKappa().items()).append(" tokens)\n\n");
		}
		if (perType) {
			for (PairAgreement pair : agreement.pairs()) {
				md.append("### ").append(pair.first()).append(" / ").append(pair.second()).append(" per type\n\n");
				md.append("| Type | Exact F1 | Overlap F1 | ").append(pair.first()).append(" | ").append(pair.second())
						.append(" |\n|---|---:|---:|---:|---:|\n");
				for (Map.Entry<String, MatchCounts> type : pair.exactPerType().entrySet()) {
					md.append("| ").append(type.getKey()).append(" | ").append(figure(type.getValue())).append(" | ")
							.append(figure(pair.overlapPerType().get(type.getKey()))).append(" | ")
							.append(type.getValue().first()).append(" | ").append(type.getValue().second()).append(" |\n");
				}
				md.append('\n');
			}
		}
	}

	private static String figure(MatchCounts counts) {
		return number(counts.f1()) + " (" + counts.matched() + "/" + counts.first() + "/" + counts.second() + ")";
	}

	static String number(double value) {
		return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
	}
}
