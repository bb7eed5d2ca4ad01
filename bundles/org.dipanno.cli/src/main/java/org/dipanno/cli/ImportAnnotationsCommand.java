package org.dipanno.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.export.imports.AnnotationImporter;
import org.dipanno.export.imports.AnnotationReader;
import org.dipanno.export.imports.AnnotationReaders;
import org.dipanno.export.imports.AnnotationSource;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.persistence.CorpusStore;

/**
 * Imports annotations made elsewhere (brat, ...) into an annotation set of the corpus's documents, e.g. outside gold to
 * score rules against. A document that cannot be imported is reported and left unchanged.
 */
final class ImportAnnotationsCommand implements Command {

	@Override
	public String name() {
		return "import-annotations";
	}

	@Override
	public String summary() {
		return "import annotations made elsewhere (" + String.join(", ", AnnotationReaders.formats())
				+ ") into gold or an annotator's set";
	}

	@Override
	public String help() {
		StringBuilder formats = new StringBuilder();
		for (AnnotationReader reader : AnnotationReaders.all().values()) {
			formats.append(String.format("%n  %-8s %s", reader.format(), reader.description()));
		}
		return """
				Usage: dipanno-cli import-annotations [--corpus DIR] --format FORMAT [--set gold|annotator:NAME]
				                                      [--map FROM=TO,...] [--replace] PATH...

				Reads annotations in FORMAT and puts them, accepted (or with the status they carry), into
				the set of the documents they belong to: the document whose id import gave the annotated
				text's file. Each document is checked whole first: it must be in the corpus, its text must
				be the document's text (after the same normalization as import), every span must fit the
				text, every type must be in the schema. A document failing a check is named with the
				reason and nothing of it is added; the others are imported.

				  --corpus DIR     corpus folder (default workspace/corpus)
				  --format FORMAT  one of the formats below
				  --set SET        gold (default) or annotator:NAME
				  --map F=T,...    import type F as type T (e.g. MISCELLANEOUS=MISC)
				  --replace        replace what the set already holds for a document (default: refuse)

				Formats:""" + formats + """


				Exit codes: 0 all imported, 1 some documents failed, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, "format", "set", "map"),
				Set.of("replace"));
		if (parsed.operands().isEmpty()) {
			throw new UsageException("import-annotations needs at least one folder or file");
		}
		String format = parsed.value("format", null);
		if (format == null) {
			throw new UsageException("--format is required (" + String.join(", ", AnnotationReaders.formats()) + ")");
		}
		AnnotationReader reader;
		try {
			reader = AnnotationReaders.forFormat(format);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		AnnotationSelection set = ExportCommand.selection(parsed.value("set", "gold"));
		if (set.kind() == AnnotationSetKind.RULES) {
			throw new UsageException("--set takes gold or annotator:NAME; rule proposals come from annotate");
		}
		Map<String, String> typeMap = ScoreCommand.typeMap(parsed.value("map", ""));
		Path folder = CorpusFolder.of(parsed);
		if (!Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE))) {
			console.error("import-annotations: " + folder + " is not a corpus; import the articles first (dipanno-cli import)");
			return 1;
		}
		Corpus corpus = new CorpusStore().load(folder);
		List<AnnotationSource> sources = new ArrayList<>();
		for (String operand : parsed.operands()) {
			Path path = Path.of(operand);
			if (!Files.exists(path)) {
				throw new UsageException(operand + ": no such file or folder");
			}
			try {
				sources.addAll(reader.sources(path, corpus));
			} catch (IllegalArgumentException e) {
				console.error(e.getMessage());
				return 1;
			}
		}
		List<AnnotationImporter.DocumentReport> reports = AnnotationImporter.importInto(corpus, sources,
				new AnnotationImporter.Options(set.kind(), set.annotator(), typeMap, parsed.flag("replace")));
		int imported = 0;
		int failed = 0;
		int entities = 0;
		int events = 0;
		for (AnnotationImporter.DocumentReport report : reports) {
			if (report.problem() == null) {
				imported++;
				entities += report.entities();
				events += report.events();
				console.progress("imported " + report.entities() + " entities, " + report.events() + " events from "
						+ report.source() + " into " + report.documentId());
			} else {
				failed++;
				console.error(report.problem());
			}
		}
		if (imported > 0) {
			new CorpusStore().save(corpus, folder);
		}
		console.out().println(imported + " documents imported (" + entities + " entities, " + events + " events into "
				+ parsed.value("set", "gold") + "), " + failed + " failed; corpus " + folder);
		return failed == 0 ? 0 : 1;
	}
}
