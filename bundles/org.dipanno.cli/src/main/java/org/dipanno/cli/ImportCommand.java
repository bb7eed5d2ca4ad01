package org.dipanno.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.imports.ArticleFiles;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.text.TextImportException;

/** Imports plain-text articles into a corpus; a file that cannot be imported is reported and adds nothing. */
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
				Usage: dipanno-cli import [--corpus DIR] FILE_OR_FOLDER...

				Imports UTF-8 plain-text articles: normalizes them (NFC, LF, no BOM or zero-width
				characters, offsets mapped back to the file), zones them (title, lead, body, captions,
				boilerplate), splits sentences, syllables and words. A folder imports its *.txt files
				in name order (a link in it that leads out of the folder is skipped). A file that is
				not a regular file, larger than 16 MiB, not valid UTF-8 (UTF-16 is named), binary,
				empty, or has an enormous line is reported and nothing of it is added; the others
				are imported. The corpus is locked while the import runs.

				  --corpus DIR   the corpus folder (default workspace/corpus; created empty when missing)

				Exit codes: 0 all imported, 1 some files failed, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION), Set.of());
		if (parsed.operands().isEmpty()) {
			throw new UsageException("import needs at least one file or folder");
		}
		List<Path> operands = operands(parsed.operands());
		Path folder = CorpusFolder.of(parsed);
		try (CorpusLock lock = CorpusFolder.lockForWriting(folder, "import", true)) {
			CorpusStore store = new CorpusStore();
			Corpus corpus = Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE)) ? store.load(folder)
					: Corpora.create(folder.getFileName().toString(), folder.getFileName().toString());
			int imported = 0;
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
			for (Path file : files) {
				try {
					Document document = ArticleImporter.importArticle(corpus, ArticleFiles.read(file),
							file.getFileName().toString());
					console.progress("imported " + file + " as " + document.getId() + " (" + document.getText().length()
							+ " characters, " + document.getSentences().size() + " sentences)");
					imported++;
				} catch (TextImportException | IllegalArgumentException | IOException e) {
					console.error(e.getMessage().startsWith(file.getFileName().toString()) ? file.getParent() == null
							? e.getMessage()
							: file.getParent().resolve(e.getMessage()).toString()
							: e.getMessage().startsWith(file.toString()) ? e.getMessage() : file + ": " + e.getMessage());
					failed++;
				}
			}
			if (imported > 0) {
				store.save(corpus, folder);
			}
			console.out().println(imported + " imported, " + failed + " failed; corpus " + folder + " has "
					+ corpus.getDocuments().size() + " documents");
			return failed == 0 ? 0 : 1;
		}
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
