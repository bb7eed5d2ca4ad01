package org.dipanno.engine.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.Rule;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.corpus.EngineDocuments;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.text.AnalyzedArticle;
import org.dipanno.text.ArticleAnalyzer;
import org.dipanno.text.TextImportException;

/**
 * Measures dipanno end to end against UIMA Ruta on a corpus of at least 50 MB built from the seed articles: the text
 * layer's analysis as the product runs it ({@link ArticleAnalyzer} from the file's UTF-8 bytes: strict decoding,
 * NFC/LF normalization with the offset map, zones, sentences, syllables, dictionary words; then
 * {@link EngineDocuments}, the engine's document with every token's folded key), the rule engine with a realistic
 * diplomatic rule set and with a large one (200 rules + the 74K-entry Vietnamese word list), compiled with the text
 * layer's {@link VietnameseKeys}; and UIMA Ruta with an equivalent script on a prefix of the same documents, its own
 * tokenization included. Analysis, matching and the two together are timed separately.
 *
 * <p>Arguments: {@code --seeds=DIR --word-list=FILE --corpus-mb=N --ruta-mb=N --threads=N}.
 */
public final class EngineBenchmark {

	/** Untimed passes over the corpus before measuring (see main). */
	private static final int WARM_UP_PASSES = 2;
	/** Timed passes per measurement; the fastest is reported. */
	private static final int ROUNDS = 5;
	/** Timed passes of Ruta over its documents (each takes seconds); the fastest is reported. */
	private static final int RUTA_ROUNDS = 3;

	private EngineBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				throw new IllegalArgumentException("Bad argument " + arg + " (expected --name=value)");
			}
			options.put(arg.substring(2, eq), arg.substring(eq + 1));
		}
		Path seeds = Path.of(options.getOrDefault("seeds", "seeds"));
		Path wordList = Path.of(options.getOrDefault("word-list", "Viet74K.txt"));
		if (!Files.isRegularFile(wordList)) {
			throw new IllegalArgumentException("Word list not found: " + wordList
					+ " (Viet74K.txt of the @vntk/dictionary npm package; pass --word-list=FILE)");
		}
		long corpusBytes = Long.parseLong(options.getOrDefault("corpus-mb", "50")) * 1_000_000L;
		long rutaBytes = Long.parseLong(options.getOrDefault("ruta-mb", "4")) * 1_000_000L;
		int threads = Integer.parseInt(options.getOrDefault("threads", "2"));

		System.out.printf(Locale.ROOT, "JVM %s, %s, %d available processors, max heap %d MB, %d threads%n",
				Runtime.version(), ManagementFactory.getGarbageCollectorMXBeans().stream()
						.map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + ")),
				Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, threads);
		long t0 = System.nanoTime();
		BenchmarkCorpus corpus = BenchmarkCorpus.build(seeds, corpusBytes);
		List<byte[]> files = corpus.texts.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
		System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB UTF-8 (built in %.1f s)%n", corpus.texts.size(),
				corpus.bytes / 1e6, (System.nanoTime() - t0) / 1e9);

		// Analysis, timed after an untimed pass over the first fifth of the corpus (JIT warm-up, as for the engines).
		for (int i = 0, warm = corpus.documentsFor(corpusBytes / 5); i < warm; i++) {
			EngineDocuments.of(corpus.ids.get(i), ArticleAnalyzer.analyze(files.get(i), corpus.ids.get(i)));
		}
		Measure textOnly = best(() -> analyze(corpus, files, false, null), corpus.bytes);
		List<EngineDocument> docs = new ArrayList<>(corpus.texts.size());
		resetPeaks();
		Measure analysis = best(() -> analyze(corpus, files, true, docs), corpus.bytes);
		long tokens = docs.stream().mapToLong(EngineDocument::tokenCount).sum();
		System.out.printf(Locale.ROOT, "text analysis (1 thread, best of %d): %.2f s, %.2f CPU s = %.1f MB per "
				+ "CPU-second; with the engine documents: %.2f s, %.2f CPU s = %.1f MB per CPU-second, %d tokens%n",
				ROUNDS, textOnly.seconds(), textOnly.cpuSeconds(), textOnly.mbPerCpuSecond(), analysis.seconds(),
				analysis.cpuSeconds(), analysis.mbPerCpuSecond(), tokens);

		BenchmarkRules rules = new BenchmarkRules();
		long l0 = System.nanoTime();
		Lexicon.Builder words = Lexicon.builder("viet74k", rules.vocabulary, VietnameseKeys.INSTANCE);
		int entries = 0;
		for (String line : Files.readAllLines(wordList, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				words.add(line.strip());
				entries++;
			}
		}
		Lexicon wordLexicon = words.build();
		System.out.printf(Locale.ROOT, "word list: %d entries (%d lexicon entries, longest %d tokens) built in %.0f ms%n",
				entries, wordLexicon.entryCount(), wordLexicon.maxLength(), (System.nanoTime() - l0) / 1e6);

		EngineOptions engineOptions = EngineOptions.defaults(); // the text layer's VietnameseKeys
		List<Lexicon> small = List.of(rules.titles, rules.countries, rules.organizations);
		List<Lexicon> all = List.of(rules.titles, rules.countries, rules.organizations, wordLexicon);
		RuleEngine realistic = RuleEngine.compile(rules.realistic(), small, engineOptions);
		List<String> bigrams = BenchmarkRules.frequentBigrams(docs.subList(0, Math.min(50, docs.size())), 120);
		List<Rule> largeRules = new ArrayList<>(rules.large(200, bigrams, true));
		largeRules.add(BenchmarkRules.wordListRule());
		long c0 = System.nanoTime();
		RuleEngine large = RuleEngine.compile(largeRules, all, engineOptions);
		System.out.printf(Locale.ROOT, "large rule set: %d rules in %d stages compiled in %.0f ms%n", large.ruleCount(),
				large.stages().size(), (System.nanoTime() - c0) / 1e6);

		// Warm-up, not timed: each engine over the whole corpus, WARM_UP_PASSES times. The JIT compiles the engine's
		// loops for the rule set it runs; a prefix left the first timed rounds of the large set a tenth to a third
		// slower than later ones (as JMH's warm-up iterations, but in one JVM, both engines).
		long w0 = System.nanoTime();
		for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
			for (EngineDocument doc : docs) {
				realistic.run(doc);
				large.run(doc);
			}
		}
		System.out.printf(Locale.ROOT, "warm-up: %d passes over the corpus with each engine in %.1f s%n",
				WARM_UP_PASSES, (System.nanoTime() - w0) / 1e9);

		Measure realistic1 = measure("realistic rules", realistic, docs, corpus.bytes, 1);
		Measure realisticN = measure("realistic rules", realistic, docs, corpus.bytes, threads);
		Measure large1 = measure("large rules + 74K word list", large, docs, corpus.bytes, 1);
		Measure largeN = measure("large rules + 74K word list", large, docs, corpus.bytes, threads);
		docs.clear(); // the end-to-end rounds make their own documents
		Measure endToEnd = best(() -> endToEnd(corpus, files, large), corpus.bytes);
		System.out.printf(Locale.ROOT, "end to end, large rules (1 thread, best of %d): %.2f s = %.1f MB/s; %.2f CPU s "
				+ "= %.1f MB per CPU-second%n", ROUNDS, endToEnd.seconds(), endToEnd.mbPerSecond(),
				endToEnd.cpuSeconds(), endToEnd.mbPerCpuSecond());

		int rutaDocs = Math.max(1, corpus.documentsFor(rutaBytes)); // Ruta always gets at least one document
		long rutaSize = corpus.bytesOf(rutaDocs);
		// Ruta's warm-up: a quarter of what it is timed on, untimed (about as long as the engine's warm-up).
		int rutaWarmUp = Math.max(1, rutaDocs / 4);
		RutaComparison.Result ruta = RutaComparison.run(corpus.texts, rutaWarmUp, rutaDocs, rutaSize, wordList,
				RUTA_ROUNDS);
		System.out.printf(Locale.ROOT,
				"UIMA Ruta 3.5.0 (1 thread, its own tokenization included, after %d documents of warm-up, fastest of "
						+ RUTA_ROUNDS + " rounds): %d documents, %.1f MB in %.1f s = %.2f MB/s, %.1f documents/s; %.1f CPU s (%d word-list annotations, "
						+ "%d persons)%n",
				rutaWarmUp, ruta.documents(), ruta.bytes() / 1e6, ruta.seconds(), ruta.bytes() / 1e6 / ruta.seconds(),
				ruta.documents() / ruta.seconds(), ruta.cpuSeconds(), ruta.words(), ruta.persons());
		summary(textOnly, analysis, realistic1, large1, endToEnd, realisticN, largeN, threads, ruta);
	}

	private static void summary(Measure textOnly, Measure analysis, Measure realistic1, Measure large1,
			Measure endToEnd, Measure realisticN, Measure largeN, int threads, RutaComparison.Result ruta) {
		double rutaMbps = ruta.bytes() / 1e6 / ruta.seconds();
		double rutaPerCpu = ruta.bytes() / 1e6 / ruta.cpuSeconds();
		System.out.println();
		System.out.println("SUMMARY (one thread = one core; MB of UTF-8 input; \"per CPU-second\" divides by the CPU time "
				+ "of the measuring thread, the steadier figure on a shared machine)");
		System.out.printf(Locale.ROOT, "  text analysis alone (bytes to zones, sentences, syllables, words): "
				+ "%6.1f MB/s, %6.1f MB per CPU-second%n", textOnly.mbPerSecond(), textOnly.mbPerCpuSecond());
		System.out.printf(Locale.ROOT, "  text analysis + engine documents (folded keys):                    "
				+ "%6.1f MB/s, %6.1f MB per CPU-second%n", analysis.mbPerSecond(), analysis.mbPerCpuSecond());
		System.out.printf(Locale.ROOT, "  realistic rules, matching only:                                    "
				+ "%6.1f MB/s, %6.1f MB per CPU-second%n", realistic1.mbPerSecond(), realistic1.mbPerCpuSecond());
		System.out.printf(Locale.ROOT, "  large rules + 74K, matching only:                                  "
				+ "%6.1f MB/s, %6.1f MB per CPU-second%n", large1.mbPerSecond(), large1.mbPerCpuSecond());
		System.out.printf(Locale.ROOT, "  END TO END dipanno (analysis + documents + large rules + 74K):      "
				+ "%6.1f MB/s, %6.1f MB per CPU-second%n", endToEnd.mbPerSecond(), endToEnd.mbPerCpuSecond());
		System.out.printf(Locale.ROOT, "  UIMA Ruta (its own tokenization included):                         "
				+ "%6.2f MB/s, %6.2f MB per CPU-second%n", rutaMbps, rutaPerCpu);
		System.out.printf(Locale.ROOT, "  ratio dipanno/Ruta, end to end:                %5.0fx (wall), %5.0fx (per CPU-second)%n",
				endToEnd.mbPerSecond() / rutaMbps, endToEnd.mbPerCpuSecond() / rutaPerCpu);
		System.out.printf(Locale.ROOT, "  ratio dipanno/Ruta, large rules matching only: %5.0fx (wall), %5.0fx (per CPU-second)%n",
				large1.mbPerSecond() / rutaMbps, large1.mbPerCpuSecond() / rutaPerCpu);
		System.out.printf(Locale.ROOT, "  %d threads, matching only: large %.1f MB/s total (%.1f per core), realistic %.1f "
				+ "MB/s total (%.1f per core)%n", threads, largeN.mbPerSecond(), largeN.mbPerSecond() / threads,
				realisticN.mbPerSecond(), realisticN.mbPerSecond() / threads);
		System.out.printf(Locale.ROOT, "  peak heap during the large run (corpus + analyses in memory): %d MB%n",
				large1.peakHeapMb());
	}

	/** One timed pass, returning its measure. */
	private interface Pass {
		Measure run() throws Exception;
	}

	/** The fastest of {@link #ROUNDS} passes (by wall time), with the least CPU time of any of them. */
	private static Measure best(Pass pass, long bytes) throws Exception {
		Measure best = null;
		for (int round = 0; round < ROUNDS; round++) {
			Measure m = pass.run();
			best = best == null || m.seconds() < best.seconds()
					? new Measure(m.seconds(), best == null ? m.cpuSeconds() : Math.min(m.cpuSeconds(), best.cpuSeconds()),
							bytes, m.documents(), m.peakHeapMb())
					: new Measure(best.seconds(), Math.min(m.cpuSeconds(), best.cpuSeconds()), bytes, best.documents(),
							best.peakHeapMb());
		}
		return best;
	}

	/** Analyses every file as the product imports it; keeps the engine documents in {@code docs} if given. */
	private static Measure analyze(BenchmarkCorpus corpus, List<byte[]> files, boolean documents,
			List<EngineDocument> docs) throws TextImportException {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		if (docs != null) {
			docs.clear();
		}
		long cpu0 = cpu.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < files.size(); i++) {
			AnalyzedArticle article = ArticleAnalyzer.analyze(files.get(i), corpus.ids.get(i));
			if (documents) {
				EngineDocument doc = EngineDocuments.of(corpus.ids.get(i), article);
				if (docs != null) {
					docs.add(doc);
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Measure m = new Measure(seconds, (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9, corpus.bytes, files.size(), 0);
		System.out.printf(Locale.ROOT, "analysis%s: %.2f s = %.1f MB/s; %.2f CPU s = %.1f MB per CPU-second%n",
				documents ? " + engine documents" : "", seconds, m.mbPerSecond(), m.cpuSeconds(), m.mbPerCpuSecond());
		return m;
	}

	/** Every file from its bytes to the large rule set's result, one after the other on one thread. */
	private static Measure endToEnd(BenchmarkCorpus corpus, List<byte[]> files, RuleEngine engine)
			throws TextImportException {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long cpu0 = cpu.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long entities = 0;
		for (int i = 0; i < files.size(); i++) {
			String id = corpus.ids.get(i);
			DocumentResult result = engine.run(EngineDocuments.of(id, ArticleAnalyzer.analyze(files.get(i), id)));
			entities += result.entities().size();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Measure m = new Measure(seconds, (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9, corpus.bytes, files.size(), 0);
		System.out.printf(Locale.ROOT, "end to end: %.2f s = %.1f MB/s; %.2f CPU s = %.1f MB per CPU-second; "
				+ "%d entities%n", seconds, m.mbPerSecond(), m.cpuSeconds(), m.mbPerCpuSecond(), entities);
		return m;
	}

	/**
	 * One timed pass. {@code cpuSeconds} is the CPU time of the matching threads: on a shared machine other processes
	 * take cores away during the wall time, so MB per CPU-second is the closer figure for "per core".
	 */
	record Measure(double seconds, double cpuSeconds, long bytes, int documents, long peakHeapMb) {
		double mbPerSecond() {
			return bytes / 1e6 / seconds;
		}

		double mbPerCpuSecond() {
			return bytes / 1e6 / cpuSeconds;
		}

		double docsPerSecond() {
			return documents / seconds;
		}
	}

	/** The best of {@link #ROUNDS} runs: the machine is shared, the fastest run is the least disturbed one. */
	private static Measure measure(String name, RuleEngine engine, List<EngineDocument> docs, long bytes, int threads)
			throws Exception {
		Measure best = null;
		for (int round = 0; round < ROUNDS; round++) {
			Measure m = measureOnce(name, engine, docs, bytes, threads);
			if (best == null || m.seconds() < best.seconds()) {
				best = new Measure(m.seconds(), Math.min(m.cpuSeconds(), best == null ? m.cpuSeconds() : best.cpuSeconds()),
						m.bytes(), m.documents(), Math.max(m.peakHeapMb(), best == null ? 0 : best.peakHeapMb()));
			} else {
				best = new Measure(best.seconds(), Math.min(m.cpuSeconds(), best.cpuSeconds()), best.bytes(),
						best.documents(), Math.max(m.peakHeapMb(), best.peakHeapMb()));
			}
		}
		return best;
	}

	private static Measure measureOnce(String name, RuleEngine engine, List<EngineDocument> docs, long bytes,
			int threads) throws Exception {
		System.gc();
		resetPeaks();
		AtomicLong entities = new AtomicLong();
		AtomicLong events = new AtomicLong();
		AtomicLong conflicts = new AtomicLong();
		AtomicLong problems = new AtomicLong();
		AtomicInteger next = new AtomicInteger();
		AtomicLong cpuNanos = new AtomicLong();
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				long cpu0 = cpu.getCurrentThreadCpuTime();
				for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
					DocumentResult result = engine.run(docs.get(i));
					entities.addAndGet(result.entities().size());
					events.addAndGet(result.events().size());
					conflicts.addAndGet(result.conflicts().size());
					problems.addAndGet(result.problems().size());
				}
				cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = peakHeapMb();
		Measure m = new Measure(seconds, cpuNanos.get() / 1e9, bytes, docs.size(), peak);
		System.out.printf(Locale.ROOT,
				"%s, %d thread(s): %.2f s = %.1f MB/s (%.1f per thread), %.0f documents/s; %.2f CPU s = %.1f MB per "
						+ "CPU-second; %d entities, %d events, %d conflicts, %d stopped rules; peak heap %d MB%n",
				name, threads, seconds, m.mbPerSecond(), m.mbPerSecond() / threads, m.docsPerSecond(), m.cpuSeconds(),
				m.mbPerCpuSecond(), entities.get(), events.get(), conflicts.get(), problems.get(), peak);
		return m;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeapMb() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum >> 20;
	}
}
