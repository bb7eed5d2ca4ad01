package org.dipanno.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.imports.ArticleImporter;
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
				in name order. A file that is not valid UTF-8, binary, empty, or has an enormous line
				is reported and nothing of it is added; the others are imported.

				  --corpus DIR   the corpus folder (default workspace/corpus; created empty when missing)

				Exit codes: 0 all imported, 1 some files failed, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION), Set.of());
		if (parsed.operands().isEmpty()) {
			throw new UsageException("import needs at least one file or folder");
		}
		Path folder = CorpusFolder.of(parsed);
		CorpusStore store = new CorpusStore();
		Corpus corpus = Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE)) ? store.load(folder)
				: Corpora.create(folder.getFileName().toString(), folder.getFileName().toString());
		int imported = 0;
		int failed = 0;
		for (Path file : files(parsed.operands())) {
			try {
				Document document = ArticleImporter.importArticle(corpus, Files.readAllBytes(file),
						file.getFileName().toString());
				console.progress("imported " + file + " as " + document.getId() + " (" + document.getText().length()
						+ " characters, " + document.getSentences().size() + " sentences)");
				imported++;
			} catch (TextImportException | IllegalArgumentException | IOException e) {
				console.error(e.getMessage().startsWith(file.getFileName().toString()) ? file.getParent() == null
						? e.getMessage()
						: file.getParent().resolve(e.getMessage()).toString() : file + ": " + e.getMessage());
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

	private static List<Path> files(List<String> operands) throws IOException, UsageException {
		List<Path> files = new ArrayList<>();
		for (String operand : operands) {
			Path path = Path.of(operand);
			if (Files.isDirectory(path)) {
				try (Stream<Path> entries = Files.list(path)) {
					entries.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				throw new UsageException(operand + ": no such file or folder");
			}
		}
		return files;
	}
}
