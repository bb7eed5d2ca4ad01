package org.dipanno.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.dipanno.model.custom.Corpora;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.text.TextImportException;

/**
 * The seed articles read from the repository's {@code seeds/} folder. The model's tests cannot use the seeds bundle
 * (it builds its corpus with this bundle), so they read the same files directly.
 */
public final class SeedFiles {

	/** The repository's seeds/ folder, seen from this bundle's folder. */
	private static final Path FOLDER = Path.of(System.getProperty("dipanno.seeds", "../../seeds"));

	/** The seed articles in corpus order (file name order). */
	public static final List<String> FILE_NAMES = list();

	private SeedFiles() {
	}

	public static byte[] read(String fileName) {
		try {
			return Files.readAllBytes(FOLDER.resolve(fileName));
		} catch (IOException e) {
			throw new UncheckedIOException("Seed " + fileName + " not found under " + FOLDER, e);
		}
	}

	/** The document id of a seed article: its file name without extension. */
	public static String documentId(String fileName) {
		return fileName.substring(0, fileName.lastIndexOf('.'));
	}

	/** A new corpus with the default schema holding the seed articles, imported in order. */
	public static Corpus importCorpus() {
		Corpus corpus = Corpora.create("seeds", "Seed articles");
		for (String name : FILE_NAMES) {
			try {
				ArticleImporter.importArticle(corpus, read(name), name);
			} catch (TextImportException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
		return corpus;
	}

	private static List<String> list() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException("No seeds/ folder at " + FOLDER.toAbsolutePath(), e);
		}
	}
}
