package org.dipanno.engine.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.dipanno.engine.Conflict;
import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.EventProposal;
import org.dipanno.engine.Rule;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.RunProblem;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.PlainTextAnalyzer;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.VietnameseKeys;

/**
 * The engine's result digest, and a small timing, on the benchmark's corpus and rule sets: a SHA-256 over every
 * entity, event (with its arguments), conflict (with its explanation), the explanation's text and every stopped rule,
 * for the realistic and the large rule set. A change that must not change behaviour leaves both digests as they are.
 * Runs without Ruta (it is not on its class path); see docs/engine.md for the command.
 *
 * <p>Arguments: {@code --seeds=DIR --word-list=FILE --corpus-mb=N --rounds=N}.
 */
public final class EngineDigest {

	private EngineDigest() {
	}

	public static void main(String[] args) throws Exception {
		Path seeds = Path.of("seeds");
		Path wordList = Path.of("Viet74K.txt");
		long megabytes = 10;
		int rounds = 3;
		for (String arg : args) {
			String value = arg.substring(arg.indexOf('=') + 1);
			if (arg.startsWith("--seeds=")) {
				seeds = Path.of(value);
			} else if (arg.startsWith("--word-list=")) {
				wordList = Path.of(value);
			} else if (arg.startsWith("--corpus-mb=")) {
				megabytes = Long.parseLong(value);
			} else if (arg.startsWith("--rounds=")) {
				rounds = Integer.parseInt(value);
			} else {
				throw new IllegalArgumentException("Bad argument " + arg
						+ " (expected --seeds=DIR --word-list=FILE --corpus-mb=N --rounds=N)");
			}
		}
		BenchmarkCorpus corpus = BenchmarkCorpus.build(seeds, megabytes * 1_000_000L);
		List<EngineDocument> docs = new ArrayList<>(corpus.texts.size());
		for (int i = 0; i < corpus.texts.size(); i++) {
			docs.add(PlainTextAnalyzer.analyze(corpus.ids.get(i), corpus.texts.get(i), VietnameseKeys.INSTANCE));
		}
		BenchmarkRules rules = new BenchmarkRules();
		Lexicon.Builder words = Lexicon.builder("viet74k", rules.vocabulary, VietnameseKeys.INSTANCE);
		for (String line : Files.readAllLines(wordList, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				words.add(line.strip());
			}
		}
		Lexicon wordLexicon = words.build();
		RuleEngine realistic = RuleEngine.compile(rules.realistic(),
				List.of(rules.titles, rules.countries, rules.organizations), EngineOptions.defaults());
		List<Rule> largeRules = new ArrayList<>(
				rules.large(200, BenchmarkRules.frequentBigrams(docs.subList(0, Math.min(50, docs.size())), 120), true));
		largeRules.add(BenchmarkRules.wordListRule());
		RuleEngine large = RuleEngine.compile(largeRules,
				List.of(rules.titles, rules.countries, rules.organizations, wordLexicon), EngineOptions.defaults());
		System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB%n", docs.size(), corpus.bytes / 1e6);
		System.out.println("realistic digest: " + digest(realistic, docs));
		System.out.println("large digest:     " + digest(large, docs));
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < rounds; round++) {
			for (RuleEngine engine : List.of(realistic, large)) {
				long c0 = cpu.getCurrentThreadCpuTime();
				for (EngineDocument doc : docs) {
					engine.run(doc);
				}
				double seconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
				System.out.printf(Locale.ROOT, "round %d, %s: %.2f CPU s = %.1f MB per CPU-second%n", round + 1,
						engine == realistic ? "realistic" : "large", seconds, corpus.bytes / 1e6 / seconds);
			}
		}
	}

	private static String digest(RuleEngine engine, List<EngineDocument> docs) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		StringBuilder line = new StringBuilder();
		for (EngineDocument doc : docs) {
			DocumentResult result = engine.run(doc);
			line.setLength(0);
			for (EntityProposal entity : result.entities()) {
				line.append("E ").append(entity).append('\n');
			}
			for (EventProposal event : result.events()) {
				line.append("V ").append(event).append('\n');
			}
			for (Conflict conflict : result.conflicts()) {
				line.append("C ").append(conflict).append(' ').append(conflict.explanation()).append('\n');
			}
			for (RunProblem problem : result.problems()) {
				line.append("P ").append(problem.rule()).append(' ').append(problem.message()).append('\n');
			}
			line.append("X ").append(result.explanation().render()).append('\n');
			sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(sha.digest());
	}
}
