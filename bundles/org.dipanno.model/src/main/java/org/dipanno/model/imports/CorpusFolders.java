package org.dipanno.model.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.model.Corpus;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.persistence.StoreException;
import org.dipanno.text.TextImportException;

/**
 * Opens a folder as a corpus: a dipanno corpus folder as it is, or a folder of plain-text articles, which becomes a
 * corpus in place (corpus.xml and documents/ are added beside the articles; the articles are not changed). An article
 * that cannot be imported is reported and adds nothing; the others are imported.
 */
public final class CorpusFolders {

	/** A folder opened as a corpus, with what importing its articles did (nothing when it was a corpus already). */
	public record Opened(Path folder, Corpus corpus, boolean imported, int articles, List<String> problems) {
	}

	private CorpusFolders() {
	}

	/** Whether the folder holds a dipanno corpus. */
	public static boolean isCorpus(Path folder) {
		return Files.isRegularFile(folder.resolve(CorpusStore.CORPUS_FILE));
	}

	/** The plain-text articles of a folder (*.txt, in name order; no links out of the folder). */
	public static List<Path> articles(Path folder) throws IOException {
		return ArticleFiles.list(folder).articles();
	}

	/**
	 * Loads the corpus in the folder, or imports the folder's articles into a new corpus saved there.
	 *
	 * @throws StoreException when the folder is neither, or none of its articles can be imported
	 */
	public static Opened openOrImport(Path folder) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(target)) {
			throw new StoreException(target + ": is not a folder");
		}
		CorpusStore store = new CorpusStore();
		if (isCorpus(target)) {
			return new Opened(target, store.load(target), false, 0, List.of());
		}
		ArticleFiles.Listing listing = ArticleFiles.list(target);
		List<Path> articles = listing.articles();
		if (articles.isEmpty()) {
			throw new StoreException(target + ": neither a dipanno corpus (no " + CorpusStore.CORPUS_FILE
					+ ") nor a folder of plain-text articles (*.txt)");
		}
		String name = target.getFileName() == null ? "corpus" : target.getFileName().toString();
		Corpus corpus = Corpora.create(name, name);
		List<String> problems = new ArrayList<>(listing.skipped());
		for (Path article : articles) {
			try {
				ArticleImporter.importArticle(corpus, ArticleFiles.read(article), article.getFileName().toString());
			} catch (TextImportException | IllegalArgumentException | IOException e) {
				String message = e.getMessage();
				problems.add(message.startsWith(article.getFileName().toString()) ? message
						: article.getFileName() + ": " + message);
			}
		}
		if (corpus.getDocuments().isEmpty()) {
			throw new StoreException(target + ": none of its " + articles.size()
					+ " articles can be imported (" + problems.get(0) + ")");
		}
		try (CorpusLock lock = CorpusLock.acquire(target, "importing the folder's articles")) {
			if (isCorpus(target)) {
				throw new StoreException(target + ": became a corpus while its articles were imported; open it again");
			}
			store.save(corpus, target);
		}
		return new Opened(target, store.load(target), true, corpus.getDocuments().size(), List.copyOf(problems));
	}
}
