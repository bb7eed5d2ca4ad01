package org.dipanno.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.dipanno.model.Corpus;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.text.TextImportException;

/**
 * The five seed articles shipped with dipanno: the default corpus the
 * workbench opens on first start and the fixture tests run against.
 *
 * <p>The files are the repository's {@code seeds/} folder, packed into this
 * bundle by the build, byte for byte. They are read through the class loader
 * so that the same code works inside OSGi and on a plain class path.
 */
public final class SeedCorpus {

	/** The seed articles in corpus order (file name order). */
	public static final List<String> FILE_NAMES = List.of(
			"000_bf9587ca5d7394a3.txt",
			"001_19fe77e609455608.txt",
			"002_cb3ffdcf37eaec80.txt",
			"003_641f89a9d16cf0c7.txt",
			"004_4e00300c40552043.txt");

	/** Id of the corpus made from the seed articles. */
	public static final String CORPUS_ID = "seeds";

	private static final String RESOURCE_FOLDER = "corpus/";

	private SeedCorpus() {
	}

	/**
	 * A new corpus with the default schema and actors holding the five seed articles, in seed order: what the
	 * workbench and the command line open when their corpus folder holds no corpus yet.
	 */
	public static Corpus importCorpus() {
		Corpus corpus = Corpora.create(CORPUS_ID, "Seed articles");
		for (String name : FILE_NAMES) {
			try {
				ArticleImporter.importArticle(corpus, read(name), name);
			} catch (TextImportException e) {
				throw new IllegalStateException("The shipped seed article " + name + " cannot be imported: "
						+ e.getMessage(), e);
			}
		}
		return corpus;
	}

	/** The raw bytes of one seed article, exactly as in {@code seeds/}. */
	public static byte[] read(String fileName) {
		if (!FILE_NAMES.contains(fileName)) {
			throw new IllegalArgumentException("Not a seed article: " + fileName + " (seeds are " + FILE_NAMES + ")");
		}
		try (InputStream in = SeedCorpus.class.getResourceAsStream(RESOURCE_FOLDER + fileName)) {
			if (in == null) {
				throw new IllegalStateException("Seed article " + fileName
						+ " is missing from the org.dipanno.seeds bundle; was it built from a checkout with seeds/?");
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read seed article " + fileName, e);
		}
	}

	/** The document id of a seed article: its file name without extension. */
	public static String documentId(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? fileName : fileName.substring(0, dot);
	}
}
