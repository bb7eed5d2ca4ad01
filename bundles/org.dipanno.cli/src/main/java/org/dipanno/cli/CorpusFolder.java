package org.dipanno.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dipanno.model.Corpus;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.persistence.StreamedCorpus;
import org.dipanno.seeds.SeedCorpus;

/**
 * The corpus a command works on: the folder given with {@code --corpus}, by default the workbench's corpus
 * ({@code workspace/corpus}). A missing default corpus is made from the seed articles, as the workbench does on first
 * start, so that every command works on a fresh checkout; a folder given with {@code --corpus} is never made by a
 * command that only reads (a mistyped path is reported, not turned into a corpus).
 *
 * <p>Commands that change the corpus take its write lock ({@link CorpusLock}) before they load it and keep it until
 * they saved; readers do not lock.
 */
final class CorpusFolder {

	static final String OPTION = "corpus";
	static final Path DEFAULT = Path.of("workspace", "corpus");

	private CorpusFolder() {
	}

	static Path of(Arguments arguments) {
		return Path.of(arguments.value(OPTION, DEFAULT.toString())).toAbsolutePath().normalize();
	}

	private static boolean isDefault(Path folder) {
		return folder.equals(DEFAULT.toAbsolutePath().normalize());
	}

	/**
	 * Takes the corpus's write lock for a command ("corpus is in use by pid N since ..." when another has it). Only
	 * {@code import} makes a new corpus in a given folder; the others need one there (or the default folder).
	 */
	static CorpusLock lockForWriting(Path folder, String command, boolean makesCorpus) throws IOException {
		if (!makesCorpus && !isDefault(folder) && !Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE))) {
			throw notACorpus(folder);
		}
		return CorpusLock.acquire(folder, "dipanno-cli " + command);
	}

	private static IOException notACorpus(Path folder) {
		return new IOException(folder + (Files.isDirectory(folder) ? ": not a dipanno corpus (no "
				+ CorpusStore.CORPUS_FILE + ")" : ": no such folder")
				+ "; give a corpus folder, or import articles into it first with dipanno-cli import --corpus " + folder);
	}

	/** Loads the corpus for a command; a missing default corpus is made from the seeds (under the write lock). */
	static Corpus load(Path folder, Console console) throws IOException {
		makeDefault(folder, console);
		Corpus corpus = new CorpusStore().load(folder);
		CorpusStore.checkReferencesResolved(corpus);
		return corpus;
	}

	/**
	 * Opens the corpus for a pass over its documents one at a time (the documents are loaded as the pass takes them
	 * up); a missing default corpus is made from the seeds.
	 */
	static StreamedCorpus open(Path folder, Console console) throws IOException {
		makeDefault(folder, console);
		return StreamedCorpus.open(folder);
	}

	private static void makeDefault(Path folder, Console console) throws IOException {
		if (!Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE))) {
			if (!isDefault(folder)) {
				throw notACorpus(folder);
			}
			if (Files.exists(folder) && !isEmptyFolder(folder)) {
				throw new IOException(folder + ": not a dipanno corpus (no " + CorpusStore.CORPUS_FILE
						+ "); give an empty or new folder, or a corpus folder");
			}
			try (CorpusLock lock = lockForWriting(folder, "creating the corpus from the seed articles", true)) {
				if (!Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE))) {
					console.progress("Creating corpus " + folder + " from the seed articles");
					new CorpusStore().save(SeedCorpus.importCorpus(), folder);
				}
			}
		}
	}

	/** Empty, or holding only what a writer killed before its first save left (the lock file). */
	private static boolean isEmptyFolder(Path folder) throws IOException {
		try (var entries = Files.list(folder)) {
			return entries.allMatch(entry -> entry.getFileName().toString().equals(CorpusLock.LOCK_FILE));
		}
	}
}
