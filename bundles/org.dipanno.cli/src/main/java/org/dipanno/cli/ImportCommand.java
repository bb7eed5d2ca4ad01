package org.dipanno.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.model.Document;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.imports.ArticleFiles;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.persistence.OrderedPipeline;
import org.dipanno.model.persistence.StreamedCorpus;
import org.dipanno.text.ArticleAnalyzer;
import org.dipanno.text.TextImportException;

/**
 * Imports plain-text articles into a corpus; a file that cannot be imported is reported and adds nothing. Articles
 * are analysed on several threads and committed in the order of the files: each document's files are written as it
 * comes, corpus.xml once at the end (after the documents' files are on disk), so memory holds the documents in flight.
 */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import plain-text articles (files or folders of .txt) into a corpus";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli import [--corpus DIR] [--threads N] FILE_OR_FOLDER...

				Imports UTF-8 plain-text articles: normalizes them (NFC, LF, no BOM or zero-width
				characters, offsets mapped back to the file), zones them (title, lead, body, captions,
				boilerplate), splits sentences, syllables and words. A folder imports its *.txt files
				in name order (a link in it that leads out of the folder is skipped). A file that is
				not a regular file, larger than 16 MiB, not valid UTF-8 (UTF-16 is named), binary,
				empty, or has an enormous line is reported and nothing of it is added; the others
				are imported. The corpus is locked while the import runs.

				  --corpus DIR   the corpus folder (default workspace/corpus; created empty when missing)
				  --threads N    articles analysed at once (default: the number of processors); the
				                 corpus is the same whatever the number
				  --stats        print documents, megabytes, wall and CPU time and peak heap at the end

				Exit codes: 0 all imported, 1 some files failed, 2 usage error.""";
	}

	/** An article analysed on a pool thread, ready to be committed. */
	private record Analysed(Document document, Map<Path, byte[]> files, long bytes) {
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, Threads.OPTION),
				Set.of(RunStatistics.OPTION));
		if (parsed.operands().isEmpty()) {
			throw new UsageException("import needs at least one file or folder");
		}
		int threads = Threads.of(parsed);
		List<Path> operands = operands(parsed.operands());
		Path folder = CorpusFolder.of(parsed);
		RunStatistics statistics = RunStatistics.wanted(parsed) ? new RunStatistics() : null;
		try (CorpusLock lock = CorpusFolder.lockForWriting(folder, "import", true)) {
			CorpusStore store = new CorpusStore();
			StreamedCorpus corpus = Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE))
					? StreamedCorpus.open(folder)
					: StreamedCorpus.create(folder, Corpora.create(folder.getFileName().toString(),
							folder.getFileName().toString()));
			int failed = 0;
			List<Path> files = new ArrayList<>();
			for (Path operand : operands) {
				if (Files.isDirectory(operand)) {
					ArticleFiles.Listing listing = ArticleFiles.list(operand);
					files.addAll(listing.articles());
					listing.skipped().forEach(console::error);
					failed += listing.skipped().size();
				} else {
					files.add(operand);
				}
			}
			ProgressMeter meter = ProgressMeter.on(console, "import", files.size());
			List<String> imported = new ArrayList<>();
			long[] bytes = new long[1];
			int[] counts = { 0, failed };
			OrderedPipeline.run(files.size(), threads, index -> {
				Path file = files.get(index);
				byte[] raw = ArticleFiles.read(file);
				String name = file.getFileName().toString();
				Document document = ArticleImporter.toDocument(ArticleImporter.documentId(name), name,
						ArticleAnalyzer.analyze(raw, name));
				return new Analysed(document, store.serializeNewDocument(document, folder), raw.length);
			}, (index, analysed, failure) -> {
				Path file = files.get(index);
				try {
					if (failure != null) {
						throw failure;
					}
					Document document = analysed.document();
					if (corpus.contains(document.getId())) {
						throw new IllegalArgumentException("Cannot import " + file.getFileName() + ": corpus "
								+ corpus.corpus().getId() + " already has a document " + document.getId()
								+ " (imported from " + sourceOf(corpus, document.getId()) + ")");
					}
					CorpusStore.writeFiles(analysed.files(), false);
					imported.add(document.getId());
					corpus.add(document.getId());
					console.progress("imported " + file + " as " + document.getId() + " (" + document.getText().length()
							+ " characters, " + document.getSentences().size() + " sentences)");
					counts[0]++;
					bytes[0] += analysed.bytes();
				} catch (TextImportException | IllegalArgumentException | IOException e) {
					console.error(message(file, e));
					counts[1]++;
				}
				meter.update(index + 1, bytes[0]);
			}, () -> false);
			meter.finish();
			if (counts[0] > 0) {
				CorpusStore.syncDocumentFiles(folder, imported);
				corpus.saveCorpusFile(store);
			}
			console.out().println(counts[0] + " imported, " + counts[1] + " failed; corpus " + folder + " has "
					+ corpus.size() + " documents");
			if (statistics != null) {
				console.progress(statistics.describe("import", counts[0], bytes[0], threads));
			}
			return counts[1] == 0 ? 0 : 1;
		}
	}

	/** Where the document that holds an id came from (read from its file, written already). */
	private static String sourceOf(StreamedCorpus corpus, String id) {
		try {
			Document existing = corpus.load(corpus.documentIds().indexOf(id));
			try {
				return existing.getSourceName();
			} finally {
				corpus.release(existing);
			}
		} catch (IOException e) {
			return "a file that cannot be read: " + e.getMessage();
		}
	}

	private static String message(Path file, Exception e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		return message.startsWith(file.getFileName().toString())
				? file.getParent() == null ? message : file.getParent().resolve(message).toString()
				: message.startsWith(file.toString()) ? message : file + ": " + message;
	}

	/** The operands as paths; one that does not exist is a usage error (nothing is imported then). */
	private static List<Path> operands(List<String> operands) throws UsageException {
		List<Path> paths = new ArrayList<>();
		for (String operand : operands) {
			Path path = Path.of(operand);
			if (!Files.exists(path)) {
				throw new UsageException(operand + ": no such file or folder");
			}
			paths.add(path);
		}
		return paths;
	}
}
