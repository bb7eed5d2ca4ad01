package org.dipanno.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dipanno.export.DatasetFormat;
import org.dipanno.export.ExportResult;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.export.model.CorpusDatasetExport;
import org.dipanno.export.model.StreamedCorpusExport;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.stats.SplitStats;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.persistence.StreamedCorpus;

/** Exports a dataset (CoNLL BIO/BIOES, Hugging Face JSONL, span JSONL, brat) with seeded document splits. */
final class ExportCommand implements Command {

	private static final Map<String, DatasetFormat> FORMATS = Map.of("conll", DatasetFormat.CONLL, "hf",
			DatasetFormat.HUGGING_FACE, "spans", DatasetFormat.SPAN_JSONL, "brat", DatasetFormat.BRAT);

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export a dataset: CoNLL BIO/BIOES, Hugging Face JSONL, span JSONL, brat; seeded splits";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli export [options]

				Writes a dataset folder with train/dev/test splits by document (seeded, deterministic,
				a document is never split), stats.json, a dataset card (README.md) and MANIFEST.json,
				written last, once every file is complete.

				  --corpus DIR         corpus folder (default workspace/corpus; made from the seeds when missing)
				  --set SET            gold (default), rules, or annotator:NAME
				  --accepted-only      only annotations with status accepted
				  --done-only          only documents marked done for the set
				  --formats LIST       comma-separated: conll,hf,spans,brat (default all)
				  --zones LIST         comma-separated zone kinds (default BODY,LEAD)
				  --split T/D/T        train/dev/test percentages (default 80/10/10)
				  --seed N             split seed (default 42)
				  --hf-scheme S        bio (default) or bioes for the Hugging Face files
				  --out DIR            dataset folder (default datasets/<set>)
				  --replace            replace an existing dataset folder (only a folder holding a dataset)
				  --title TEXT         dataset title for the card
				  --created-at ISO     creation time written to the card (default now), for reproducible exports
				  --threads N          documents converted at once (default: the number of processors); the
				                       files are the same whatever the number
				  --stats              print documents, megabytes, wall and CPU time and peak heap at the end

				Exit codes: 0 exported, 1 nothing to export or an error, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, "set", "formats", "zones", "split",
				"seed", "hf-scheme", "out", "title", "created-at", Threads.OPTION),
				Set.of("accepted-only", "done-only", "replace", RunStatistics.OPTION));
		int threads = Threads.of(parsed);
		RunStatistics statistics = RunStatistics.wanted(parsed) ? new RunStatistics() : null;
		AnnotationSelection selection = selection(parsed.value("set", "gold"));
		if (parsed.flag("accepted-only")) {
			selection = selection.acceptedOnlyOnes();
		}
		long seed = parsed.longValue("seed", 42);
		Set<String> zones = list(parsed.value("zones", "BODY,LEAD"), String::toUpperCase);
		Set<DatasetFormat> formats = formats(parsed.value("formats", "conll,hf,spans,brat"));
		SplitRatios ratios = ratios(parsed.value("split", "80/10/10"));
		TagScheme huggingFaceScheme = scheme(parsed.value("hf-scheme", "bio"));
		Path corpusFolder = CorpusFolder.of(parsed);
		StreamedCorpus corpus = CorpusFolder.open(corpusFolder, console);
		String setName = parsed.value("set", "gold").replace(':', '-');
		Path out = Path.of(parsed.value("out", Path.of("datasets", setName).toString())).toAbsolutePath().normalize();
		String createdAt = parsed.value("created-at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		CorpusDatasetExport.Request request = new CorpusDatasetExport.Request(selection, parsed.flag("done-only"),
				formats, huggingFaceScheme, ratios, seed, zones, out, parsed.flag("replace"), parsed.value("title", null),
				createdAt, "dipanno-cli export");
		ProgressMeter reading = ProgressMeter.on(console, "export: reading annotations", corpus.size());
		StreamedCorpusExport.Plan plan = StreamedCorpusExport.plan(corpus, request, threads,
				(pass, done, total, bytes) -> reading.update(done, bytes));
		reading.finish();
		if (plan.annotations() == 0) {
			console.error((plan.documents().isEmpty() && request.doneOnly()
					? "no document is done for " + selection.describe() + "; "
					: "the corpus has no annotations in " + request.describe() + "; ")
					+ (selection.kind() == AnnotationSetKind.GOLD
							? "export rule proposals with --set rules (after dipanno-cli annotate), or an annotator's set with --set annotator:NAME"
							: "choose another set with --set"));
			return 1;
		}
		console.progress("exporting " + plan.documents().size() + " documents (" + request.describe() + ") to " + out);
		ProgressMeter writing = ProgressMeter.on(console, "export", plan.documents().size());
		long[] written = new long[1];
		ExportResult result;
		try {
			result = StreamedCorpusExport.write(corpus, request, plan, threads, (pass, done, total, bytes) -> {
				written[0] = bytes;
				writing.update(done, bytes);
			});
		} catch (CorpusDatasetExport.Refused e) {
			console.error(e.getMessage());
			return 1;
		}
		writing.finish();
		printSummary(result, console);
		CorpusDatasetExport.warnings(result, request.ratios()).forEach(w -> console.progress("warning: " + w));
		if (statistics != null) {
			console.progress(statistics.describe("export", plan.documents().size(), written[0], threads));
		}
		return 0;
	}

	private static void printSummary(ExportResult result, Console console) {
		console.out().println("Dataset " + result.folder());
		console.out().printf(Locale.ROOT, "%-6s %9s %9s %9s %9s %9s %7s%n", "split", "documents", "sentences",
				"syllables", "words", "mentions", "events");
		for (DatasetSplit split : DatasetSplit.values()) {
			SplitStats stats = result.stats().split(split);
			console.out().printf(Locale.ROOT, "%-6s %9d %9d %9d %9d %9d %7d%n", split.name().toLowerCase(Locale.ROOT),
					stats.documents(), stats.sentences(), stats.syllableTokens(), stats.wordTokens(), stats.mentions(),
					stats.eventMentions());
		}
		SplitStats total = result.stats().total();
		console.out().println("mentions per type: " + total.mentionsPerType());
		console.out().println("events per type: " + total.eventsPerType());
		console.out().println(result.files().size() + " files; labels " + result.labels());
	}

	static AnnotationSelection selection(String value) throws UsageException {
		if (value.equals("gold")) {
			return AnnotationSelection.gold();
		}
		if (value.equals("rules")) {
			return AnnotationSelection.ruleProposals();
		}
		if (value.startsWith("annotator:") && value.length() > "annotator:".length()) {
			try {
				return AnnotationSelection.annotator(value.substring("annotator:".length()));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--set " + value + ": " + e.getMessage());
			}
		}
		throw new UsageException("--set takes gold, rules or annotator:NAME, not \"" + value + "\"");
	}

	private static Set<DatasetFormat> formats(String value) throws UsageException {
		Set<DatasetFormat> formats = EnumSet.noneOf(DatasetFormat.class);
		for (String name : value.split(",")) {
			DatasetFormat format = FORMATS.get(name.strip().toLowerCase(Locale.ROOT));
			if (format == null) {
				throw new UsageException("unknown format \"" + name + "\" (conll, hf, spans, brat)");
			}
			formats.add(format);
		}
		return formats;
	}

	private static SplitRatios ratios(String value) throws UsageException {
		try {
			return SplitRatios.parse(value);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static TagScheme scheme(String value) throws UsageException {
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "bio" -> TagScheme.BIO;
		case "bioes" -> TagScheme.BIOES;
		default -> throw new UsageException("--hf-scheme takes bio or bioes, not \"" + value + "\"");
		};
	}

	private static Set<String> list(String value, java.util.function.UnaryOperator<String> normalize) {
		Set<String> items = new LinkedHashSet<>();
		for (String item : value.split(",")) {
			if (!item.isBlank()) {
				items.add(normalize.apply(item.strip()));
			}
		}
		return items;
	}
}
