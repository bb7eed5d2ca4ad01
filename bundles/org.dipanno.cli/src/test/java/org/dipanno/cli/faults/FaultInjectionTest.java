package org.dipanno.cli.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dipanno.cli.Main;
import org.dipanno.model.Document;
import org.dipanno.model.persistence.CorpusStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault-injection suite: the command line is killed (kill -9) at random points of import, annotate (with its
 * save) and export in child JVMs, and the corpus and dataset are checked afterwards; two writers run on one corpus at
 * once; bad article files, corrupted corpus files and rule-file mutants made from the bundled rules are fed to it.
 * Nothing may be lost silently, no file half-written, and every refusal is a message naming the file, never a Java
 * exception. The seed is fixed ({@code -Ddipanno.faults.seed} changes it, {@code -Ddipanno.faults.kills} the kills
 * per command); the counts are printed for the README's figures.
 */
class FaultInjectionTest {

	private static final long SEED = Long.getLong("dipanno.faults.seed", 20261202L);
	private static final int KILLS_PER_COMMAND = Integer.getInteger("dipanno.faults.kills", 2);
	private static final Path SEEDS = Path.of("../../seeds");
	private static final Path BUNDLED_RULES = Path.of("../org.dipanno.rules/defaults");
	/** What a refusal must not show: Java's words instead of the user's. */
	private static final Pattern JAVA_TEXT = Pattern.compile("java\\.|Exception|\\tat |Error:|\\$\\w");

	private static final List<String> COUNTS = new ArrayList<>();

	@TempDir
	Path temp;

	@AfterAll
	static void printCounts() {
		System.out.println("Fault injection (seed " + SEED + "): " + String.join(", ", COUNTS));
	}

	// ------------------------------------------------------------------ child processes

	private static ProcessBuilder cli(String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
	}

	/** Runs a child to its end; returns its exit code and standard error. */
	private static Result finish(ProcessBuilder builder) throws Exception {
		Path err = Files.createTempFile("dipanno-fault", ".err");
		try {
			Process process = builder.redirectError(err.toFile()).start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("the command did not finish in 120 s: " + builder.command());
			}
			return new Result(process.exitValue(), Files.readString(err));
		} finally {
			Files.deleteIfExists(err);
		}
	}

	private record Result(int code, String err) {
	}

	/** Starts a child and kills it (SIGKILL) after the delay; returns whether it was still running then. */
	private static boolean killAfter(ProcessBuilder builder, long delayMillis) throws Exception {
		Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		boolean finished = process.waitFor(delayMillis, TimeUnit.MILLISECONDS);
		process.destroyForcibly();
		process.waitFor();
		return !finished;
	}

	private record InProcess(int code, String out, String err) {
	}

	private static InProcess run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new InProcess(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static List<Path> seedFiles() throws IOException {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	private static int documentCount(Path corpus) throws IOException {
		return new CorpusStore().load(corpus).getDocuments().size();
	}

	// ------------------------------------------------------------------ kill -9

	@Test
	void killedCommandsNeverCorruptTheCorpusNorADataset() throws Exception {
		Random random = new Random(SEED);
		List<Path> seeds = seedFiles();
		Path two = temp.resolve("two");
		assertEquals(0, finish(cli("import", "--corpus", two.toString(), seeds.get(0).toString(),
				seeds.get(1).toString())).code());
		// Full runs first: they measure how long each command takes, the range the kills are drawn from.
		Path full = temp.resolve("full");
		copyTree(two, full);
		String[] rest = seeds.subList(2, seeds.size()).stream().map(Path::toString).toArray(String[]::new);
		long start = System.nanoTime();
		assertEquals(0, finish(cli(concat(new String[] { "import", "--corpus", full.toString() }, rest))).code());
		long importMillis = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		assertEquals(0, finish(cli("annotate", "--corpus", full.toString())).code());
		long annotateMillis = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		Path dataset = temp.resolve("dataset");
		assertEquals(0, finish(cli("export", "--corpus", full.toString(), "--set", "rules", "--out", dataset.toString(),
				"--created-at", "2026-12-02T00:00:00Z")).code());
		long exportMillis = (System.nanoTime() - start) / 1_000_000;

		int kills = 0;
		int killedWhileRunning = 0;
		for (int trial = 0; trial < KILLS_PER_COMMAND; trial++) {
			// import: the corpus holds 2 or 5 documents afterwards, never something between or broken
			Path corpus = temp.resolve("import-" + trial);
			copyTree(two, corpus);
			killedWhileRunning += killAfter(cli(concat(new String[] { "import", "--corpus", corpus.toString() }, rest)),
					random.nextLong(importMillis)) ? 1 : 0;
			CorpusChecker.requireNoProblems("after a killed import", CorpusChecker.checkCorpus(corpus, false));
			int count = documentCount(corpus);
			assertTrue(count == 2 || count == 5, count + " documents after a killed import");
			afterTheNextWrite(corpus);
			kills++;

			// annotate: every document keeps a verified text and its decisions; proposals all or none per save
			corpus = temp.resolve("annotate-" + trial);
			copyTree(full, corpus);
			killedWhileRunning += killAfter(cli("annotate", "--corpus", corpus.toString()), random.nextLong(annotateMillis))
					? 1 : 0;
			CorpusChecker.requireNoProblems("after a killed annotate", CorpusChecker.checkCorpus(corpus, false));
			assertEquals(5, documentCount(corpus));
			afterTheNextWrite(corpus);
			kills++;

			// export --replace over the earlier dataset: the old one or the new one, complete
			Path replaced = temp.resolve("dataset-" + trial);
			copyTree(dataset, replaced);
			killedWhileRunning += killAfter(cli("export", "--corpus", full.toString(), "--set", "rules", "--replace",
					"--seed", String.valueOf(trial), "--out", replaced.toString()), random.nextLong(exportMillis)) ? 1 : 0;
			CorpusChecker.requireNoProblems("after a killed export", CorpusChecker.checkDataset(replaced));
			kills++;
		}
		COUNTS.add(kills + " kill -9 trials (" + killedWhileRunning + " mid-run; import, annotate with save, export)");
	}

	/** The next write takes the lock, cleans what the kill left, and leaves a sound corpus. */
	private static void afterTheNextWrite(Path corpus) throws Exception {
		InProcess next = run("import", "--corpus", corpus.toString(), SEEDS.resolve("000_bf9587ca5d7394a3.txt").toString());
		assertTrue(next.err().contains("already has a document"), next.err());
		// nothing imported means nothing saved: annotate writes
		assertEquals(0, run("annotate", "--corpus", corpus.toString()).code());
		CorpusChecker.requireNoProblems("after the next write", CorpusChecker.checkCorpus(corpus, true));
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	// ------------------------------------------------------------------ concurrent writers

	@Test
	void twoWritersOnOneCorpusNeverLoseEachOthersWork() throws Exception {
		List<Path> seeds = seedFiles();
		int runs = 0;
		for (int trial = 0; trial < 2; trial++) {
			Path corpus = temp.resolve("concurrent-" + trial);
			assertEquals(0, finish(cli("import", "--corpus", corpus.toString(), seeds.get(0).toString())).code());
			ProcessBuilder first = cli("import", "--corpus", corpus.toString(), seeds.get(1).toString(),
					seeds.get(2).toString());
			ProcessBuilder second = trial == 0
					? cli("import", "--corpus", corpus.toString(), seeds.get(3).toString(), seeds.get(4).toString())
					: cli("annotate", "--corpus", corpus.toString());
			Path firstErr = temp.resolve("first-" + trial + ".err");
			Path secondErr = temp.resolve("second-" + trial + ".err");
			Process a = first.redirectError(firstErr.toFile()).start();
			Process b = second.redirectError(secondErr.toFile()).start();
			assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS));
			runs += 2;
			Set<String> ids = new TreeSet<>();
			new CorpusStore().load(corpus).getDocuments().stream().map(Document::getId).forEach(ids::add);
			checkWriter(a.exitValue(), Files.readString(firstErr), ids, List.of(seeds.get(1), seeds.get(2)));
			if (trial == 0) {
				checkWriter(b.exitValue(), Files.readString(secondErr), ids, List.of(seeds.get(3), seeds.get(4)));
			} else if (b.exitValue() != 0) {
				assertTrue(Files.readString(secondErr).contains("corpus is in use by pid " + a.pid()),
						Files.readString(secondErr));
			}
			CorpusChecker.requireNoProblems("after two writers", CorpusChecker.checkCorpus(corpus, false));
		}
		COUNTS.add(runs + " runs of two writers at once");
	}

	/** A writer that succeeded has its documents in the corpus; one that did not says who held the corpus. */
	private static void checkWriter(int code, String err, Set<String> ids, List<Path> files) {
		if (code == 0) {
			for (Path file : files) {
				String id = file.getFileName().toString().replace(".txt", "");
				assertTrue(ids.contains(id), id + " was reported imported but is missing: " + ids);
			}
		} else {
			assertEquals(1, code, err);
			assertTrue(err.contains("corpus is in use by pid "), err);
			for (Path file : files) {
				assertFalse(ids.contains(file.getFileName().toString().replace(".txt", "")));
			}
		}
	}

	// ------------------------------------------------------------------ bad files

	@Test
	void badArticleFilesAreNamedSkippedAndTheGoodOnesKept() throws Exception {
		Path articles = Files.createDirectory(temp.resolve("articles"));
		Files.copy(SEEDS.resolve("000_bf9587ca5d7394a3.txt"), articles.resolve("good.txt"));
		List<String> bad = new ArrayList<>();
		Files.write(articles.resolve("utf16.txt"), "Hà Nội và Washington".getBytes(StandardCharsets.UTF_16));
		bad.add("utf16.txt");
		Files.write(articles.resolve("latin1.txt"), new byte[] { 'H', (byte) 0xE0, ' ', 'N', 'o', 'i' });
		bad.add("latin1.txt");
		Files.write(articles.resolve("binary.txt"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		bad.add("binary.txt");
		Files.writeString(articles.resolve("empty.txt"), " \n\u200B\n");
		bad.add("empty.txt");
		Files.writeString(articles.resolve("longline.txt"), "a".repeat(200_001));
		bad.add("longline.txt");
		try (RandomAccessFile huge = new RandomAccessFile(articles.resolve("huge.txt").toFile(), "rw")) {
			huge.setLength(3L << 30);
		}
		bad.add("huge.txt");
		Path secret = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
		Files.createSymbolicLink(articles.resolve("link-out.txt"), secret);
		bad.add("link-out.txt");
		Files.createSymbolicLink(articles.resolve("zero.txt"), Path.of("/dev/zero"));
		bad.add("zero.txt");
		if (new ProcessBuilder("mkfifo", articles.resolve("fifo.txt").toString()).start().waitFor() == 0) {
			bad.add("fifo.txt");
		}
		Path corpus = temp.resolve("corpus");
		InProcess result = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> run("import", "--corpus", corpus.toString(), articles.toString()));
		assertEquals(1, result.code(), result.err());
		for (String name : bad) {
			assertTrue(result.err().contains(articles.resolve(name).toString()), name + " not named: " + result.err());
		}
		assertFalse(JAVA_TEXT.matcher(result.err()).find(), result.err());
		assertEquals(List.of("good"), new CorpusStore().load(corpus).getDocuments().stream().map(Document::getId).toList());
		int operands = 0;
		for (String device : List.of("/dev/zero", "/dev/stdin")) {
			InProcess operand = assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> run("import", "--corpus", corpus.toString(), device));
			assertEquals(1, operand.code(), operand.err());
			assertTrue(operand.err().contains(device + ": not a regular file"), operand.err());
			operands++;
		}
		// 250 bytes: a valid file name whose document files (".structure", temporary names) would be too long
		String longName = "Bộ trưởng Ngoại giao hội đàm ".repeat(6) + "xxxxxx.txt";
		Files.copy(SEEDS.resolve("001_19fe77e609455608.txt"), articles.resolve(longName));
		InProcess longImport = run("import", "--corpus", corpus.toString(), articles.resolve(longName).toString());
		assertEquals(0, longImport.code(), longImport.err());
		assertEquals(2, documentCount(corpus));
		COUNTS.add((bad.size() + operands + 1) + " bad article files and operands");
	}

	// ------------------------------------------------------------------ corrupted corpus files

	@Test
	void corruptedCorpusFilesAreRefusedNamingTheFile() throws Exception {
		Path original = temp.resolve("original");
		assertEquals(0, run("import", "--corpus", original.toString(), SEEDS.resolve("000_bf9587ca5d7394a3.txt").toString())
				.code());
		assertEquals(0, run("annotate", "--corpus", original.toString()).code());
		String id = "000_bf9587ca5d7394a3";
		Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
		List<Corruption> corruptions = List.of(
				new Corruption("corpus.xml", s -> s.substring(0, s.length() / 2)),
				new Corruption("corpus.xml", s -> s.replace("documents/" + id + ".xml", "http://127.0.0.1:9/x.xml")),
				new Corruption("corpus.xml", s -> s.replace("documents/" + id + ".xml", "../secret.xml")),
				new Corruption("corpus.xml", s -> duplicateLine(s, "<documents ")),
				new Corruption("corpus.xml", s -> s.replace("formatVersion=\"2\"", "formatVersion=\"99\"")),
				new Corruption("corpus.xml", s -> "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
						+ s.substring(s.indexOf("?>") + 2)),
				new Corruption("documents/" + id + ".xml", s -> s.replaceFirst(" textDigest=\"[^\"]*\"", "")),
				new Corruption("documents/" + id + ".xml", s -> s.substring(0, s.indexOf("  <annotationSets"))
						+ s.substring(s.indexOf("  <annotationSets"), s.lastIndexOf("</annotationSets>") + 18)
						+ s.substring(s.indexOf("  <annotationSets"))),
				new Corruption("documents/" + id + ".xml", s -> s.replaceFirst("type=\"\\.\\./corpus\\.xml#[A-Z_]+\"", "type=\"../corpus.xml#NO_SUCH_TYPE\"")),
				new Corruption("documents/" + id + ".xml", s -> s.substring(0, s.length() - 40)),
				new Corruption("documents/" + id + ".txt", s -> s + "changed"),
				new Corruption("documents/" + id + ".structure", s -> s.replaceFirst("\ntokens \\d+\n", "\ntokens 2000000000\n")),
				new Corruption("documents/" + id + ".structure", s -> s.replaceFirst("\nwords \\d+\n", "\nwords 7\n")),
				new Corruption("documents/" + id + ".structure", s -> ""),
				new Corruption("documents/" + id + ".txt", null), // replaced by a link to a file outside
				new Corruption("documents/" + id + ".xml", s -> "\0\0\0garbage"));
		int refused = 0;
		for (int i = 0; i < corruptions.size(); i++) {
			Corruption corruption = corruptions.get(i);
			Path corpus = temp.resolve("corrupt-" + i);
			copyTree(original, corpus);
			Path file = corpus.resolve(corruption.file());
			if (corruption.change() == null) {
				Files.delete(file);
				Files.writeString(secret, Files.readString(original.resolve(corruption.file())));
				Files.createSymbolicLink(file, secret);
			} else {
				Files.writeString(file, corruption.change().apply(Files.readString(file, StandardCharsets.ISO_8859_1)),
						StandardCharsets.ISO_8859_1);
			}
			InProcess stats = assertTimeoutPreemptively(Duration.ofSeconds(30),
					() -> run("stats", "--corpus", corpus.toString()));
			assertEquals(1, stats.code(), "corruption " + i + " of " + corruption.file() + " was not refused: " + stats.out());
			assertTrue(stats.err().contains(corpus.toString()), "corruption " + i + ": " + stats.err());
			assertFalse(JAVA_TEXT.matcher(stats.err().replace("http://", "")).find(), "corruption " + i + ": " + stats.err());
			InProcess export = run("export", "--corpus", corpus.toString(), "--set", "rules", "--out",
					temp.resolve("ds-" + i).toString());
			assertEquals(1, export.code(), "corruption " + i + ": export must not write from a damaged corpus");
			refused++;
		}
		COUNTS.add(refused + " corrupted corpus files");
	}

	private record Corruption(String file, UnaryOperator<String> change) {
	}

	private static String duplicateLine(String text, String marker) {
		String line = text.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
		return text.replace(line, line + "\n" + line);
	}

	// ------------------------------------------------------------------ rule-file mutants

	@Test
	void ruleFileMutantsGetLocatedDiagnosticsInTheAuthorsWords() throws Exception {
		Random random = new Random(SEED);
		Path rules = temp.resolve("rules");
		copyTree(BUNDLED_RULES, rules);
		String original = Files.readString(rules.resolve("diplomatic-rules.dar"));
		Pattern atom = Pattern.compile("\"[^\"\\n]+\"");
		Pattern repetition = Pattern.compile("\\{\\d+(,\\d+)?\\}|\\?");
		List<UnaryOperator<String>> mutations = List.of(
				s -> replaceRandom(s, atom, random, m -> "(".repeat(60 + random.nextInt(5000)) + m
						+ ")".repeat(60 + random.nextInt(5000))),
				s -> replaceRandom(s, repetition, random, m -> "{" + (101 + random.nextInt(Integer.MAX_VALUE - 101)) + "}"),
				s -> replaceRandom(s, repetition, random, m -> "{" + (2 + random.nextInt(5)) + ",1}"),
				s -> s.replaceFirst("from \"[^\"]*\"", "from \"" + List.of("/etc/passwd", "../../../../etc/shadow",
						"/dev/zero", "lexicons/../../x.txt").get(random.nextInt(4)) + "\""),
				s -> deleteRandomToken(s, random),
				s -> insertRandom(s, random, List.of("(", ")", "{", "}", "\"", "->", "=>", "|", "{2,", "rule", "event")));
		int mutants = 0;
		int withErrors = 0;
		for (int i = 0; i < 36; i++) {
			String mutant = mutations.get(i % mutations.size()).apply(original);
			Path file = rules.resolve("mutant-" + i + ".dar");
			Files.writeString(file, mutant);
			InProcess validate = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("validate", file.toString()));
			assertTrue(validate.code() == 0 || validate.code() == 1, "mutant " + i + ": " + validate.err());
			withErrors += validate.code();
			for (String line : validate.out().lines().toList()) {
				if (line.contains(": error: ") || line.contains(": warning: ")) {
					assertTrue(line.startsWith(file + ":"), "mutant " + i + " unlocated: " + line);
					assertFalse(JAVA_TEXT.matcher(line.replace(file.toString(), "")).find(), "mutant " + i + ": " + line);
				}
			}
			assertFalse(validate.err().contains("Internal error"), "mutant " + i + ": " + validate.err());
			mutants++;
		}
		assertTrue(withErrors >= mutants / 2, withErrors + " of " + mutants + " mutants had errors");
		COUNTS.add(mutants + " rule-file mutants (" + withErrors + " with errors)");
	}

	private static String replaceRandom(String text, Pattern pattern, Random random, UnaryOperator<String> replacement) {
		List<int[]> spans = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		int bodyStart = text.indexOf("\nrule ");
		while (matcher.find()) {
			if (matcher.start() > bodyStart) {
				spans.add(new int[] { matcher.start(), matcher.end() });
			}
		}
		int[] span = spans.get(random.nextInt(spans.size()));
		return text.substring(0, span[0]) + replacement.apply(text.substring(span[0], span[1])) + text.substring(span[1]);
	}

	private static String deleteRandomToken(String text, Random random) {
		return replaceRandom(text, Pattern.compile("\\S+"), random, m -> "");
	}

	private static String insertRandom(String text, Random random, List<String> stray) {
		int at = random.nextInt(text.length());
		return text.substring(0, at) + " " + stray.get(random.nextInt(stray.size())) + " " + text.substring(at);
	}
}
