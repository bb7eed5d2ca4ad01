package org.dipanno.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dipanno.export.format.Json;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.curation.CurationActions;
import org.dipanno.model.curation.CurationItem;
import org.dipanno.model.curation.CurationStatus;
import org.dipanno.model.curation.CurationStrategy;
import org.dipanno.model.curation.CurationVersion;
import org.dipanno.model.curation.DisagreementKind;
import org.dipanno.model.curation.DocumentCuration;
import org.dipanno.model.persistence.AtomicFileWriter;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Curates annotators' sets into gold: what the strategy decides goes into the gold set, with who agreed and who
 * curated; the disagreements left are printed (or written as JSON) for a curator. A document with nothing left to
 * decide is marked curated (gold done).
 */
final class CurateCommand implements Command {

	@Override
	public String name() {
		return "curate";
	}

	@Override
	public String summary() {
		return "merge annotators' sets into gold by a strategy; lists the disagreements left for a curator";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli curate --annotators A,B[,C...] [options]

				Merges the annotators' sets of each document: readings every annotator shares (or, with
				--strategy majority, more than half) go into the gold set, each with the annotators who
				marked it, the curator and the time; a minority reading a majority outvoted is recorded
				as rejected. The disagreements left (type, boundary, missing in a set, event arguments,
				normalized value) are listed in text order for a curator (workbench: Curate Article).
				A document whose items all have a decision is marked curated (gold done), which is what
				export --set gold --done-only takes. Decisions already in gold are kept unless --replace.
				Documents where a named annotator has no set are skipped and named.

				  --annotators LIST    comma-separated annotator names (at least two)
				  --strategy S         unanimous (default) or majority
				  --documents LIST     comma-separated document ids (default: every document)
				  --curator NAME       recorded as the curator (default: the user name)
				  --dry-run            show what would change; save nothing
				  --replace            replace earlier gold decisions where the strategy decides
				  --json FILE          write the disagreements left as JSON instead of listing them
				  --corpus DIR         corpus folder (default workspace/corpus)

				Exit codes: 0 done, 1 an error, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments,
				Set.of(CorpusFolder.OPTION, "annotators", "strategy", "documents", "curator", "json"),
				Set.of("dry-run", "replace"));
		List<String> annotators = list(parsed.value("annotators", ""));
		if (annotators.size() < 2) {
			throw new UsageException("curate needs --annotators with at least two names, e.g. --annotators lan,minh");
		}
		CurationStrategy strategy;
		try {
			strategy = CurationStrategy.parse(parsed.value("strategy", "unanimous"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (strategy == CurationStrategy.ALL_REVIEWED) {
			throw new UsageException("all-reviewed decides nothing by itself: review in the workbench "
					+ "(Curate Article), or use --strategy unanimous or majority");
		}
		String curator = parsed.value("curator", System.getProperty("user.name", "curator"));
		boolean dryRun = parsed.flag("dry-run");
		Path json = parsed.flag("json") ? Path.of(parsed.value("json", "")).toAbsolutePath() : null;
		Path folder = CorpusFolder.of(parsed);
		// A dry run only reads; a run that saves holds the corpus's write lock from loading to saving.
		try (CorpusLock lock = dryRun ? null : CorpusFolder.lockForWriting(folder, "curate", false)) {
			return curate(parsed, annotators, strategy, curator, dryRun, json, folder, console);
		}
	}

	private int curate(Arguments parsed, List<String> annotators, CurationStrategy strategy, String curator,
			boolean dryRun, Path json, Path folder, Console console) throws Exception {
		Corpus corpus = CorpusFolder.load(folder, console);
		List<Document> documents = documents(corpus, parsed.value("documents", null));

		Instant now = Instant.now();
		List<DocumentCuration> curations = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		console.out().printf("%-24s %6s %6s %7s %5s %8s %5s  %s%n", "document", "items", "agreed", "written", "kept",
				"replaced", "open", "status");
		int written = 0;
		int kept = 0;
		int replaced = 0;
		int open = 0;
		int curated = 0;
		List<String> notes = new ArrayList<>();
		for (Document document : documents) {
			DocumentCuration curation;
			try {
				curation = DocumentCuration.of(document, annotators);
			} catch (IllegalArgumentException e) {
				skipped.add(e.getMessage());
				continue;
			}
			CurationActions.StrategyRun run = CurationActions.applyStrategy(curation, strategy, curator, now,
					parsed.flag("replace"));
			if (CurationActions.allDecided(curation) && DocumentCuration.status(document) != CurationStatus.CURATED) {
				CurationActions.setCurated(curation, true);
				curated++;
			}
			curations.add(curation);
			written += run.decided();
			kept += run.kept();
			replaced += run.replaced();
			open += run.open();
			notes.addAll(run.notes());
			long agreed = curation.items().stream().filter(CurationItem::isAgreement).count();
			console.out().printf("%-24s %6d %6d %7d %5d %8d %5d  %s%n", document.getId(), curation.items().size(),
					agreed, run.decided(), run.kept(), run.replaced(), run.open(),
					DocumentCuration.status(document).label());
		}
		skipped.forEach(s -> console.progress("skipped: " + s));
		notes.forEach(console::progress);
		String summary = curations.size() + " documents: " + written + " items decided into gold, " + kept
				+ " kept from earlier decisions, " + replaced + " replaced, " + open + " left for a curator; " + curated
				+ " newly curated";
		List<Open> left = new ArrayList<>();
		for (DocumentCuration curation : curations) {
			for (CurationItem item : curation.items()) {
				if (!curation.isDecided(item)) {
					left.add(new Open(curation, item));
				}
			}
		}
		if (json != null) {
			String content = Json.pretty(toJson(left, strategy, annotators));
			AtomicFileWriter.write(json, out -> out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true);
			console.progress("Disagreements left written to " + json);
		} else if (!left.isEmpty()) {
			console.out().println();
			console.out().println("Left for a curator (" + left.size() + "):");
			for (Open item : left) {
				console.out().print(describe(item));
			}
		}
		if (dryRun) {
			console.out().println(summary + "; dry run: nothing saved");
		} else {
			new CorpusStore().save(corpus, folder);
			console.out().println(summary + "; saved " + folder);
		}
		return 0;
	}

	private record Open(DocumentCuration curation, CurationItem item) {
	}

	private static List<String> list(String text) {
		return new ArrayList<>(new LinkedHashSet<>(
				List.of(text.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
	}

	private static List<Document> documents(Corpus corpus, String ids) throws UsageException {
		if (ids == null) {
			return corpus.getDocuments();
		}
		List<Document> documents = new ArrayList<>();
		for (String id : list(ids)) {
			Document document = corpus.findDocument(id);
			if (document == null) {
				throw new UsageException("--documents: no document \"" + id + "\" in the corpus");
			}
			documents.add(document);
		}
		return documents;
	}

	private static String kinds(CurationItem item) {
		return String.join(", ", item.disagreements().stream().map(DisagreementKind::label).toList());
	}

	private static String describe(Open open) {
		CurationItem item = open.item();
		Document document = open.curation().document();
		StringBuilder text = new StringBuilder();
		text.append(document.getId()).append(" [").append(item.start()).append(',').append(item.end()).append(") \"")
				.append(document.getText(), item.start(), item.end()).append("\" ")
				.append(item.kind().name().toLowerCase(java.util.Locale.ROOT)).append(": ")
				.append(item.isAgreement() ? "agreement" : kinds(item)).append('\n');
		for (CurationVersion version : item.versions()) {
			text.append("  ").append(String.join(",", version.annotators())).append(": ").append(version.describe())
					.append('\n');
		}
		for (String annotator : open.curation().annotators()) {
			if (item.versionOf(annotator) == null) {
				text.append("  ").append(annotator).append(": (nothing)\n");
			}
		}
		return text.toString();
	}

	private static JsonObject toJson(List<Open> left, CurationStrategy strategy, List<String> annotators) {
		JsonObject root = new JsonObject();
		root.addProperty("strategy", strategy.label());
		JsonArray names = new JsonArray();
		annotators.forEach(names::add);
		root.add("annotators", names);
		JsonArray items = new JsonArray();
		for (Open open : left) {
			CurationItem item = open.item();
			Document document = open.curation().document();
			JsonObject entry = new JsonObject();
			entry.addProperty("document", document.getId());
			entry.addProperty("kind", item.kind().name().toLowerCase(java.util.Locale.ROOT));
			entry.addProperty("start", item.start());
			entry.addProperty("end", item.end());
			entry.addProperty("text", document.getText().substring(item.start(), item.end()));
			JsonArray disagreements = new JsonArray();
			item.disagreements().forEach(d -> disagreements.add(d.label()));
			entry.add("disagreements", disagreements);
			JsonArray versions = new JsonArray();
			for (CurationVersion version : item.versions()) {
				versions.add(toJson(version));
			}
			entry.add("versions", versions);
			JsonArray nothing = new JsonArray();
			open.curation().annotators().stream().filter(a -> item.versionOf(a) == null).forEach(nothing::add);
			entry.add("markedNothing", nothing);
			entry.addProperty("partlyDecided", open.curation().hasDecision(item));
			items.add(entry);
		}
		root.add("open", items);
		return root;
	}

	private static JsonObject toJson(CurationVersion version) {
		JsonObject object = new JsonObject();
		JsonArray annotators = new JsonArray();
		version.annotators().forEach(annotators::add);
		object.add("annotators", annotators);
		Mention mention = version.mention();
		object.addProperty("type", version.typeName());
		object.addProperty("start", mention.getStart());
		object.addProperty("end", mention.getEnd());
		object.addProperty("text", mention.getText());
		if (mention instanceof EntityMention entity) {
			object.addProperty("value", CurationVersion.normalizedValue(entity));
		} else if (mention instanceof EventMention event) {
			JsonArray arguments = new JsonArray();
			for (EventArgument argument : event.getArguments()) {
				if (argument.getEntity() == null) {
					continue;
				}
				JsonObject a = new JsonObject();
				a.addProperty("role", argument.getRole());
				a.addProperty("type", argument.getEntity().getType() == null ? null
						: argument.getEntity().getType().getName());
				a.addProperty("start", argument.getEntity().getStart());
				a.addProperty("end", argument.getEntity().getEnd());
				a.addProperty("text", argument.getEntity().getText());
				arguments.add(a);
			}
			object.add("arguments", arguments);
		}
		return object;
	}
}
