package org.dipanno.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dipanno.model.Corpus;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.model.persistence.CorpusStore;

/**
 * The corpus a command works on: the folder given with {@code --corpus}, by default the workbench's corpus
 * ({@code workspace/corpus}). A missing default corpus is made from the seed articles, as the workbench does on first
 * start, so that every command works on a fresh checkout.
 */
final class CorpusFolder {

	static final String OPTION = "corpus";
	static final Path DEFAULT = Path.of("workspace", "corpus");

	private CorpusFolder() {
	}

	static Path of(Arguments arguments) {
		return Path.of(arguments.value(OPTION, DEFAULT.toString())).toAbsolutePath().normalize();
	}

	static Corpus load(Path folder, Console console) throws IOException {
		if (!Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE))) {
			if (Files.exists(folder) && !isEmptyFolder(folder)) {
				throw new IOException(folder + ": not a dipanno corpus (no " + CorpusStore.CORPUS_FILE
						+ "); give an empty or new folder, or a corpus folder");
			}
			console.progress("Creating corpus " + folder + " from the seed articles");
			new CorpusStore().save(ArticleImporter.importSeedCorpus(), folder);
		}
		return new CorpusStore().load(folder);
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}
}
