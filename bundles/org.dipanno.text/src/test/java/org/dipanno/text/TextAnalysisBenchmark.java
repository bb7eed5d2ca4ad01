package org.dipanno.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * It prints the dictionary load time, then MB/s and MB per CPU-second (of the
 * analysing thread: the steadier figure on a shared machine) for the seeds
 * analysed one by one until ~20 MB of input have been processed, with and
 * without every token's matching key ({@link VietnameseText#fold(String, int,
 * int)}, as the rule engine's documents need), and for 2 MB documents made of
 * concatenated seeds. Each figure is the best of three rounds.
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
		run(seeds, 2L * 1024 * 1024, true);

		print("articles one by one", best(seeds, targetBytes, false));
		print("articles one by one, with every token's key", best(seeds, targetBytes, true));

		StringBuilder document = new StringBuilder();
		while (document.length() < 2 * 1024 * 1024 / 2) {
			for (byte[] seed : seeds) {
				document.append(new String(seed, StandardCharsets.UTF_8)).append("\n\n");
			}
		}
		byte[] large = document.toString().getBytes(StandardCharsets.UTF_8);
		print(String.format("%.1f MB documents", large.length / 1048576.0), best(List.of(large), targetBytes, false));
	}

	/** The fastest of three runs. */
	private static long[] best(List<byte[]> inputs, long bytes, boolean keys) throws TextImportException {
		long[] best = null;
		for (int round = 0; round < 3; round++) {
			long[] result = run(inputs, bytes, keys);
			if (best == null || result[1] < best[1]) {
				best = result;
			}
		}
		return best;
	}

	/**
	 * Analyses the inputs round-robin until {@code bytes} have been processed:
	 * {bytes, nanos, CPU nanos, tokens, words, characters of the keys}.
	 */
	private static long[] run(List<byte[]> inputs, long bytes, boolean keys) throws TextImportException {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long done = 0;
		long tokens = 0;
		long words = 0;
		long keyChars = 0;
		long start = System.nanoTime();
		long cpuStart = cpu.getCurrentThreadCpuTime();
		int i = 0;
		while (done < bytes) {
			byte[] input = inputs.get(i++ % inputs.size());
			AnalyzedArticle article = ArticleAnalyzer.analyze(input, "benchmark-" + i);
			done += input.length;
			tokens += article.tokens().size();
			words += article.words().size();
			if (keys) {
				for (Token token : article.tokens()) {
					keyChars += VietnameseText.fold(article.text(), token.start(), token.end()).length();
				}
			}
		}
		long cpuNanos = cpu.getCurrentThreadCpuTime() - cpuStart;
		return new long[] { done, System.nanoTime() - start, cpuNanos, tokens, words, keyChars };
	}

	private static void print(String label, long[] result) {
		double seconds = result[1] / 1e9;
		double megabytes = result[0] / 1e6;
		System.out.printf("%s: %.1f MB in %.2f s = %.1f MB/s, %.2f CPU s = %.1f MB per CPU-second (%,d tokens, %,d words)%n",
				label, megabytes, seconds, megabytes / seconds, result[2] / 1e9, megabytes / (result[2] / 1e9),
				result[3], result[4]);
	}
}
