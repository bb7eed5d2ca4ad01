package org.dipanno.model.persistence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityType;
import org.dipanno.model.SeedFiles;
import org.dipanno.model.Token;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.text.TokenKind;

/**
 * Prints how long loading a corpus folder takes when it holds one large article (default: 1 MB of seed text,
 * 20,000 annotations; the article editor's benchmark case), to tune the file format's load path. A main, not a
 * test: {@code java -cp "target/classes:target/test-classes:<dependencies>" ...CorpusLoadBenchmark [MB] [mentions]}.
 */
public final class CorpusLoadBenchmark {

	private CorpusLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int characters = args.length > 0 ? (int) (Double.parseDouble(args[0]) * 1_000_000) : 1_000_000;
		int mentions = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		Path folder = Files.createTempDirectory("dipanno-load").resolve("corpus");
		Corpus corpus = largeArticleCorpus(characters, mentions);
		new CorpusStore().save(corpus, folder);
		Document document = corpus.getDocuments().get(0);
		System.out.printf(Locale.ROOT, "article: %,d characters, %,d tokens, %,d words, %,d mentions; XML %,d bytes%n",
				document.getText().length(), document.getTokens().size(), document.getWords().size(), mentions,
				Files.size(CorpusStore.documentFile(folder, document.getId())));
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= 8; round++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			Corpus loaded = new CorpusStore().load(folder);
			long end = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
			if (loaded.getDocuments().get(0).getAnnotationSets().get(0).getEntityMentions().size() != mentions) {
				throw new IllegalStateException("the loaded corpus lost mentions");
			}
			// CPU time of the loading thread as well: on a shared machine wall time also counts waiting for a core.
			System.out.printf(Locale.ROOT, "load %d: %.0f ms (%.0f ms CPU)%n", round, (end - start) / 1e6, cpu / 1e6);
		}
	}

	/** One article made of seed bodies up to the size, with mentions on evenly spread words, of all entity types. */
	static Corpus largeArticleCorpus(int characters, int mentions) throws Exception {
		StringBuilder text = new StringBuilder("Bài viết dài để đo tốc độ\n\n");
		for (int seed = 0; text.length() < characters; seed++) {
			String article = new String(SeedFiles.read(SeedFiles.FILE_NAMES.get(seed % SeedFiles.FILE_NAMES.size())),
					StandardCharsets.UTF_8);
			int bodyStart = article.indexOf("\n\n") + 2;
			int boilerplate = article.indexOf("Có thể bạn quan tâm");
			text.append(article, bodyStart, boilerplate > bodyStart ? boilerplate : article.length()).append("\n\n");
		}
		Corpus corpus = Corpora.create("bench", "Benchmark");
		Document document = ArticleImporter.importArticle(corpus, text.toString().getBytes(StandardCharsets.UTF_8),
				"large.txt");
		AnnotationSet set = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "bench");
		List<EntityType> types = corpus.getSchema().getEntityTypes();
		List<Token> words = new ArrayList<>();
		for (Token token : document.getTokens()) {
			if (token.getKind() == TokenKind.WORD) {
				words.add(token);
			}
		}
		Instant now = Instant.now();
		int step = Math.max(1, words.size() / mentions);
		for (int i = 0, made = 0; i < words.size() && made < mentions; i += step, made++) {
			Token token = words.get(i);
			AnnotationActions.label(set, token.getStart(), token.getEnd(), types.get(made % types.size()), "bench", now);
		}
		return corpus;
	}
}
