package org.dipanno.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Throughput of {@link ArticleAnalyzer#analyze(byte[], String)} on the seed
 * articles (not a unit test: timings depend on the machine). Run from the
 * bundle folder after a build:
 *
 * <pre>
 * java -cp target/classes:target/test-classes org.dipanno.text.TextAnalysisBenchmark [seeds folder] [MB]
 * </pre>
 *
 * It prints the dictionary load time, then MB/s for the seeds analysed one by
 * one until ~20 MB of input have been processed, and for 2 MB documents made
 * of concatenated seeds.
 */
public final class TextAnalysisBenchmark {

	private TextAnalysisBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args.length > 0 ? args[0] : "../../seeds");
		long targetBytes = (args.length > 1 ? Long.parseLong(args[1]) : 20L) * 1024 * 1024;
		List<byte[]> seeds = new ArrayList<>();
		for (String name : Seeds.ALL) {
			seeds.add(Files.readAllBytes(folder.resolve(name)));
		}

		long loadStart = System.nanoTime();
		int dictionarySize = WordSegmenter.defaultSegmenter().dictionarySize();
		System.out.printf("dictionary: %,d multi-syllable words loaded in %.0f ms%n", dictionarySize,
				(System.nanoTime() - loadStart) / 1e6);

		// warm-up: the JIT compiles the hot paths
		run(seeds, 2L * 1024 * 1024);

		long[] perArticle = run(seeds, targetBytes);
		print("articles one by one", perArticle);

		StringBuilder document = new StringBuilder();
		while (document.length() < 2 * 1024 * 1024 / 2) {
			for (byte[] seed : seeds) {
				document.append(new String(seed, StandardCharsets.UTF_8)).append("\n\n");
			}
		}
		byte[] large = document.toString().getBytes(StandardCharsets.UTF_8);
		long[] largeDocuments = run(List.of(large), targetBytes);
		print(String.format("%.1f MB documents", large.length / 1048576.0), largeDocuments);
	}

	/** Analyses the inputs round-robin until {@code bytes} have been processed: {bytes, nanos, tokens, words}. */
	private static long[] run(List<byte[]> inputs, long bytes) throws TextImportException {
		long done = 0;
		long tokens = 0;
		long words = 0;
		long start = System.nanoTime();
		int i = 0;
		while (done < bytes) {
			byte[] input = inputs.get(i++ % inputs.size());
			AnalyzedArticle article = ArticleAnalyzer.analyze(input, "benchmark-" + i);
			done += input.length;
			tokens += article.tokens().size();
			words += article.words().size();
		}
		return new long[] { done, System.nanoTime() - start, tokens, words };
	}

	private static void print(String label, long[] result) {
		double seconds = result[1] / 1e9;
		double megabytes = result[0] / 1048576.0;
		System.out.printf("%s: %.1f MB in %.2f s = %.2f MB/s (%,d tokens, %,d words, %.0f tokens/s)%n", label,
				megabytes, seconds, megabytes / seconds, result[2], result[3], result[2] / seconds);
	}
}
