package org.dipanno.export.stats;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.dipanno.export.DatasetFormat;
import org.dipanno.export.ExportOptions;
import org.dipanno.export.ExportWarning;
import org.dipanno.export.split.DatasetSplit;

/**
 * The human-readable dataset card ({@code README.md}): what is in the dataset
 * and how it was made. Everything in it comes from the arguments (the date
 * included), so the same export gives the same card.
 */
public final class DatasetCard {

	private DatasetCard() {
	}

	public static String render(ExportOptions options, DatasetStats stats, Map<DatasetSplit, List<String>> splits,
			List<String> labels) {
		var provenance = options.provenance();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(provenance.title()).append("\n\n");
		md.append("Named-entity and event annotations of Vietnamese news articles, exported by dipanno.\n\n");
		md.append("## How it was made\n\n");
		md.append("| | |\n|---|---|\n");
		row(md, "Corpus", provenance.corpus());
		row(md, "Annotation set", provenance.annotationSet());
		row(md, "Zones exported", String.join(", ", new TreeSet<>(options.zones())));
		row(md, "Entity types", String.join(", ", labelTypes(labels)));
		row(md, "Rule files", provenance.ruleFiles().isEmpty() ? "none" : String.join(", ", provenance.ruleFiles()));
		row(md, "Created", provenance.createdAt());
		row(md, "Created by", provenance.createdBy());
		row(md, "Split", "by document, ratios " + options.ratios() + ", seed " + options.seed()
				+ " (SHA-256 of seed:id, largest-remainder sizes)");
		row(md, "Offsets", "UTF-16 code units of the stored NFC text, end exclusive");
		md.append('\n');

		md.append("## Contents\n\n");
		md.append("| Split | Documents | Sentences | Syllable tokens | Word tokens | Mentions | Events |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|\n");
		for (DatasetSplit split : DatasetSplit.values()) {
			countsRow(md, split.fileName(), stats.split(split));
		}
		countsRow(md, "**total**", stats.total());
		md.append('\n');

		SortedSet<String> types = new TreeSet<>(stats.total().mentionsPerType().keySet());
		if (!types.isEmpty()) {
			md.append("### Entity mentions per type\n\n| Type |");
			for (DatasetSplit split : DatasetSplit.values()) {
				md.append(' ').append(split.fileName()).append(" |");
			}
			md.append(" total | in CoNLL/HF |\n|---|");
			md.append("---:|".repeat(DatasetSplit.values().length + 2)).append('\n');
			for (String type : types) {
				md.append("| ").append(type).append(" |");
				for (DatasetSplit split : DatasetSplit.values()) {
					md.append(' ').append(stats.split(split).mentionsPerType().getOrDefault(type, 0)).append(" |");
				}
				md.append(' ').append(stats.total().mentionsPerType().get(type)).append(" | ")
						.append(stats.total().taggedMentionsPerType().getOrDefault(type, 0)).append(" |\n");
			}
			md.append('\n');
		}
		if (!stats.total().eventsPerType().isEmpty()) {
			md.append("### Event mentions per type\n\n| Type | total |\n|---|---:|\n");
			stats.total().eventsPerType().forEach((type, count) -> md.append("| ").append(type).append(" | ")
					.append(count).append(" |\n"));
			md.append('\n');
		}

		md.append("## Files\n\n");
		for (DatasetFormat format : DatasetFormat.values()) {
			if (options.formats().contains(format)) {
				md.append("- ").append(format.title()).append(": ").append(layout(format, options)).append('\n');
			}
		}
		md.append("- `stats.json`: the counts above; `splits.json`: document ids per split; `MANIFEST.json`: written last, lists every file\n\n");

		md.append("## Policies\n\n");
		md.append("- Nested or overlapping mentions: CoNLL and Hugging Face keep the outermost (longest) mention; span JSONL and brat keep all.\n");
		md.append("- A token that an entity boundary cuts is split at the boundary (never mislabelled).\n");
		md.append("- Sentence-level formats (CoNLL, Hugging Face, span JSONL) leave out mentions that cross a sentence boundary; brat keeps them.\n");
		md.append("- Text outside the exported zones is kept in brat's .txt but carries no exported annotation.\n\n");

		md.append("## Warnings\n\n");
		if (stats.total().warnings().total() == 0) {
			md.append("None.\n");
		} else {
			for (Map.Entry<ExportWarning, Integer> warning : stats.total().warnings().asMap().entrySet()) {
				if (warning.getValue() > 0) {
					md.append("- ").append(warning.getValue()).append(' ').append(warning.getKey().description())
							.append('\n');
				}
			}
		}
		md.append("\n## Documents\n\n");
		for (DatasetSplit split : DatasetSplit.values()) {
			md.append("- ").append(split.fileName()).append(" (").append(splits.get(split).size()).append("): ")
					.append(splits.get(split).size() <= 50 ? String.join(", ", splits.get(split)) : "see splits.json")
					.append('\n');
		}
		return md.toString();
	}

	private static String layout(DatasetFormat format, ExportOptions options) {
		return switch (format) {
		case CONLL -> "`conll/{syllable,word}/{bio,bioes}/{train,dev,test}.conll`";
		case HUGGING_FACE -> "`hf/{syllable,word}/{train,dev,test}.jsonl`, " + options.huggingFaceScheme()
				+ " tags as indices into `hf/labels.json`";
		case SPAN_JSONL -> "`spans/{train,dev,test}.jsonl` (doccano `label` field, offsets relative to the sentence)";
		case BRAT -> "`brat/{train,dev,test}/<document>.txt|.ann`, `brat/annotation.conf`";
		};
	}

	private static List<String> labelTypes(List<String> labels) {
		List<String> types = new java.util.ArrayList<>();
		for (String label : labels) {
			int dash = label.indexOf('-');
			if (dash > 0 && !types.contains(label.substring(dash + 1))) {
				types.add(label.substring(dash + 1));
			}
		}
		return types;
	}

	private static void row(StringBuilder md, String key, String value) {
		md.append("| ").append(key).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
	}

	private static void countsRow(StringBuilder md, String name, SplitStats stats) {
		md.append("| ").append(name).append(" | ").append(stats.documents()).append(" | ").append(stats.sentences())
				.append(" | ").append(stats.syllableTokens()).append(" | ").append(stats.wordTokens()).append(" | ")
				.append(stats.mentions()).append(" | ").append(stats.eventMentions()).append(" |\n");
	}
}
