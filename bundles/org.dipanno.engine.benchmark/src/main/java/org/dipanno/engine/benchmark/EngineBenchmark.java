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
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.PlainTextAnalyzer;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.VietnameseKeys;

/**
 * Measures the rule engine on a corpus of at least 50 MB built from the seed articles, with a realistic diplomatic
 * rule set and with a large one (200 rules + the 74K-entry Vietnamese word list), and UIMA Ruta with an equivalent
 * script on a prefix of the same documents. Analysis (tokenization) is timed separately from matching.
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
		System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB UTF-8 (built in %.1f s)%n", corpus.texts.size(),
				corpus.bytes / 1e6, (System.nanoTime() - t0) / 1e9);

		// Analysis: plain-text tokenization, sentences, zones, folding (the engine's input); timed after an untimed
		// pass over the first fifth of the corpus (JIT warm-up, as for the engines).
		for (int i = 0, warm = corpus.documentsFor(corpusBytes / 5); i < warm; i++) {
			PlainTextAnalyzer.analyze(corpus.ids.get(i), corpus.texts.get(i), VietnameseKeys.INSTANCE);
		}
		List<EngineDocument> docs = new ArrayList<>(corpus.texts.size());
		resetPeaks();
		long a0 = System.nanoTime();
		for (int i = 0; i < corpus.texts.size(); i++) {
			docs.add(PlainTextAnalyzer.analyze(corpus.ids.get(i), corpus.texts.get(i), VietnameseKeys.INSTANCE));
		}
		double analysisSeconds = (System.nanoTime() - a0) / 1e9;
		long tokens = docs.stream().mapToLong(EngineDocument::tokenCount).sum();
		System.out.printf(Locale.ROOT, "analysis (1 thread): %d tokens in %.2f s = %.1f MB/s, %.0f documents/s%n",
				tokens, analysisSeconds, corpus.bytes / 1e6 / analysisSeconds, docs.size() / analysisSeconds);

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

		List<Lexicon> small = List.of(rules.titles, rules.countries, rules.organizations);
		List<Lexicon> all = List.of(rules.titles, rules.countries, rules.organizations, wordLexicon);
		RuleEngine realistic = RuleEngine.compile(rules.realistic(), small, EngineOptions.defaults());
		List<String> bigrams = BenchmarkRules.frequentBigrams(docs.subList(0, Math.min(50, docs.size())), 120);
		List<Rule> largeRules = new ArrayList<>(rules.large(200, bigrams, true));
		largeRules.add(BenchmarkRules.wordListRule());
		long c0 = System.nanoTime();
		RuleEngine large = RuleEngine.compile(largeRules, all, EngineOptions.defaults());
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

		int rutaDocs = Math.max(1, corpus.documentsFor(rutaBytes)); // Ruta always gets at least one document
		long rutaSize = corpus.bytesOf(rutaDocs);
		// Ruta's warm-up: a quarter of what it is timed on, untimed (about as long as the engine's warm-up).
		int rutaWarmUp = Math.max(1, rutaDocs / 4);
		RutaComparison.Result ruta = RutaComparison.run(corpus.texts, rutaWarmUp, rutaDocs, rutaSize, wordList,
				RUTA_ROUNDS);
		double rutaMbps = ruta.bytes() / 1e6 / ruta.seconds();
		System.out.printf(Locale.ROOT,
				"UIMA Ruta 3.5.0 (1 thread, its own tokenization included, after %d documents of warm-up, fastest of "
						+ RUTA_ROUNDS + " rounds): %d documents, %.1f MB in %.1f s = %.2f MB/s, %.1f documents/s; %.1f CPU s (%d word-list annotations, "
						+ "%d persons)%n",
				rutaWarmUp, ruta.documents(), ruta.bytes() / 1e6, ruta.seconds(), rutaMbps,
				ruta.documents() / ruta.seconds(), ruta.cpuSeconds(), ruta.words(), ruta.persons());

		double engineOnly = large1.mbPerSecond();
		double withAnalysis = 1 / (1 / engineOnly + analysisSeconds / (corpus.bytes / 1e6));
		System.out.println();
		System.out.println("SUMMARY (per core = one thread)");
		System.out.printf(Locale.ROOT, "  analysis only:                           %8.1f MB/s%n",
				corpus.bytes / 1e6 / analysisSeconds);
		System.out.printf(Locale.ROOT, "  realistic rules, matching only:          %8.1f MB/s, %8.0f documents/s, "
				+ "%.1f MB per CPU-second%n", realistic1.mbPerSecond(), realistic1.docsPerSecond(),
				realistic1.mbPerCpuSecond());
		System.out.printf(Locale.ROOT, "  large rules + 74K, matching only:        %8.1f MB/s, %8.0f documents/s, "
				+ "%.1f MB per CPU-second%n", engineOnly, large1.docsPerSecond(), large1.mbPerCpuSecond());
		System.out.printf(Locale.ROOT, "  large rules + 74K, analysis + matching:  %8.1f MB/s%n", withAnalysis);
		System.out.printf(Locale.ROOT, "  %d threads, large rules, matching only:   %8.1f MB/s total, %.1f MB/s per core%n",
				threads, largeN.mbPerSecond(), largeN.mbPerSecond() / threads);
		System.out.printf(Locale.ROOT, "  %d threads, realistic, matching only:     %8.1f MB/s total, %.1f MB/s per core%n",
				threads, realisticN.mbPerSecond(), realisticN.mbPerSecond() / threads);
		System.out.printf(Locale.ROOT, "  UIMA Ruta:                               %8.2f MB/s, %.2f MB per CPU-second%n",
				rutaMbps, ruta.bytes() / 1e6 / ruta.cpuSeconds());
		System.out.printf(Locale.ROOT, "  ratio engine/Ruta, matching only:        %8.0fx%n", engineOnly / rutaMbps);
		System.out.printf(Locale.ROOT, "  ratio engine/Ruta, analysis + matching:  %8.0fx%n", withAnalysis / rutaMbps);
		System.out.printf(Locale.ROOT, "  ratio engine/Ruta, matching only, per CPU-second: %.0fx%n",
				large1.mbPerCpuSecond() / (ruta.bytes() / 1e6 / ruta.cpuSeconds()));
		System.out.printf(Locale.ROOT, "  peak heap during the large run (corpus + analyses in memory): %d MB%n",
				large1.peakHeapMb());
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
