package org.dipanno.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;
import org.dipanno.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The Spark job in local[2] against the command line's import, annotate and export of the same articles. */
class SparkDatasetJobTest {

	private static final Path SEEDS = Path.of(System.getProperty("dipanno.seeds", "../../seeds"));
	private static final String CREATED_AT = "2026-12-02T12:00:00Z";

	private static SparkSession spark;
	private static final AtomicInteger TASKS_STARTED = new AtomicInteger();

	@TempDir
	Path temp;

	@BeforeAll
	static void startSpark() {
		spark = SparkSession.builder().master("local[2]").appName("dipanno test").config("spark.ui.enabled", "false")
				.getOrCreate();
		spark.sparkContext().addSparkListener(new SparkListener() {
			@Override
			public void onTaskStart(SparkListenerTaskStart taskStart) {
				TASKS_STARTED.incrementAndGet();
			}
		});
	}

	@AfterAll
	static void stopSpark() {
		spark.stop();
	}

	@Test
	void seedsGiveTheCommandLinesDatasetByteForByte() throws Exception {
		Path cli = cliExport(SEEDS, 0);
		SparkDatasetJob.Report report = runJob(List.of(SEEDS.toUri().toString()), "text", 3);
		assertEquals(5, report.documents());
		assertEquals(0, report.failed());
		assertSameDataset(cli, Path.of(java.net.URI.create(report.folder())));
	}

	@Test
	void generatedCorpusWithABadArticleGivesTheCommandLinesDatasetAndReportsTheBadOne() throws Exception {
		Path corpus = generatedCorpus(40);
		Files.write(corpus.resolve("gen-bad.txt"), new byte[] { 'T', 'i', (byte) 0xC3, (byte) 0x28, '\n' });
		Path cli = cliExport(corpus, 1);
		SparkDatasetJob.Report report = runJob(List.of(corpus.toUri().toString()), "text", 4);
		assertEquals(41, report.articles());
		assertEquals(40, report.documents());
		assertEquals(1, report.failed());
		assertTrue(report.failures().get(0).contains("gen-bad.txt"), report.failures().toString());
		assertSameDataset(cli, Path.of(java.net.URI.create(report.folder())));
	}

	@Test
	void jsonLinesGiveTheSameDatasetAndABadRecordIsReported() throws Exception {
		Path cli = cliExport(SEEDS, 0);
		List<String> lines = new ArrayList<>();
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path file : files.sorted().toList()) {
				JsonObject record = new JsonObject();
				String name = file.getFileName().toString();
				record.addProperty("id", name.substring(0, name.length() - ".txt".length()));
				record.addProperty("text", Files.readString(file));
				lines.add(record.toString());
			}
		}
		lines.add("{\"id\": \"broken\", \"text\": ");
		Path input = temp.resolve("articles.jsonl");
		Files.write(input, lines);
		SparkDatasetJob.Report report = runJob(List.of(input.toUri().toString()), "jsonl", 2);
		assertEquals(5, report.documents());
		assertEquals(1, report.failed());
		assertTrue(report.failures().get(0).contains("not JSON"), report.failures().toString());
		assertSameDataset(cli, Path.of(java.net.URI.create(report.folder())));
	}

	@Test
	void ruleFileErrorFailsWithFileAndLineBeforeAnyTask() throws Exception {
		Path rules = temp.resolve("rules").resolve("broken.dar");
		Files.createDirectories(rules.getParent());
		Files.writeString(rules, "import \"diplomatic\"\n\nrule Broken priority 10:\n\tc:NoSuchLexicon\n\t-> COUNTRY(c)\n");
		int tasksBefore = TASKS_STARTED.get();
		Path out = temp.resolve("never");
		JobOptions options = JobOptions.parse(List.of(SEEDS.toUri().toString(), "--rules", rules.toString(), "--out",
				out.toString()));
		RuleSet.RuleFileException error = assertThrows(RuleSet.RuleFileException.class,
				() -> SparkDatasetJob.run(spark, options, new PrintStream(new ByteArrayOutputStream())));
		assertTrue(error.getMessage().contains("broken.dar:4:"), error.getMessage());
		assertEquals(tasksBefore, TASKS_STARTED.get(), "no task ran");
		assertFalse(Files.exists(out));
	}

	@Test
	void aRuleFileOfTheUsersIsShippedToTheExecutorsAndOnlyTheChosenFormatsAreWritten() throws Exception {
		Path rules = temp.resolve("myrules").resolve("countries.dar");
		Files.createDirectories(rules.getParent());
		Files.createDirectories(rules.resolveSibling("lists"));
		Files.writeString(rules.resolveSibling("lists").resolve("lands.txt"), "Mỹ\nTrung Quốc\n");
		Files.writeString(rules, "import \"diplomatic\"\n\nlexicon Land from \"lists/lands.txt\"\n\n"
				+ "rule Land priority 10:\n\tc:Land\n\t-> COUNTRY(c)\n");
		JobOptions options = JobOptions.parse(List.of(SEEDS.toUri().toString(), "--rules", rules.toString(), "--out",
				temp.resolve("own").toString(), "--created-at", CREATED_AT, "--formats", "conll,spans"));
		SparkDatasetJob.Report report = SparkDatasetJob.run(spark, options, new PrintStream(new ByteArrayOutputStream()));
		assertEquals(5, report.documents());
		assertEquals(java.util.Set.of("COUNTRY"), report.stats().total().mentionsPerType().keySet());
		assertTrue(report.stats().total().mentions() > 0);
		Path dataset = temp.resolve("own");
		assertFalse(Files.exists(dataset.resolve("brat")), "brat left out");
		assertFalse(Files.exists(dataset.resolve("hf")), "Hugging Face left out");
		assertTrue(Files.isDirectory(dataset.resolve("conll")) && Files.isDirectory(dataset.resolve("spans")));
		assertEquals(List.of("splits.json", "stats.json", "README.md", "MANIFEST.json"), report.files().stream()
				.filter(f -> !f.startsWith("conll/") && !f.startsWith("spans/")).toList(), "only the chosen formats listed");
	}

	@Test
	void aFileWrittenAgainByARetriedTaskIsReplacedAndItsFoldersAreMade() throws Exception {
		org.apache.hadoop.fs.FileSystem local = org.apache.hadoop.fs.FileSystem
				.getLocal(new org.apache.hadoop.conf.Configuration());
		org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(temp.resolve("brat/train/a.ann").toUri());
		try (java.io.OutputStream out = SparkDatasetJob.create(local, file)) {
			out.write("T1\tCOUNTRY 0 5\tfirst attempt\n".getBytes(StandardCharsets.UTF_8));
		}
		try (java.io.OutputStream out = SparkDatasetJob.create(local, file)) {
			out.write("T1\tCOUNTRY 0 5\n".getBytes(StandardCharsets.UTF_8));
		}
		assertEquals("T1\tCOUNTRY 0 5\n", Files.readString(temp.resolve("brat/train/a.ann")));
	}

	private SparkDatasetJob.Report runJob(List<String> inputs, String format, int partitions) throws Exception {
		List<String> arguments = new ArrayList<>(inputs);
		arguments.addAll(List.of("--input-format", format, "--out", temp.resolve("spark-" + format).toString(),
				"--partitions", Integer.toString(partitions), "--created-at", CREATED_AT));
		return SparkDatasetJob.run(spark, JobOptions.parse(arguments), new PrintStream(new ByteArrayOutputStream()));
	}

	/** dipanno-cli import, annotate and export --set rules of the folder's articles. */
	private Path cliExport(Path articles, int expectedImportCode) {
		Path corpus = temp.resolve("cli-corpus");
		Path out = temp.resolve("cli-dataset");
		assertEquals(expectedImportCode, cli("import", "--corpus", corpus.toString(), articles.toString()));
		assertEquals(0, cli("annotate", "--corpus", corpus.toString()));
		assertEquals(0, cli("export", "--corpus", corpus.toString(), "--set", "rules", "--out", out.toString(),
				"--created-at", CREATED_AT)); // all formats, as the job's default
		return out;
	}

	private static int cli(String... arguments) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Main().run(List.of(arguments), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		if (code != 0) {
			System.err.println(err.toString(StandardCharsets.UTF_8));
		}
		return code;
	}

	/**
	 * Every CoNLL and JSONL file of the command line's dataset equals the concatenation of the job's shards of it;
	 * every brat file (the documents' .txt and .ann, annotation.conf) and the labels, splits and stats files are
	 * equal; the manifests list the same files in the same order, a file's shards in its place.
	 */
	private static void assertSameDataset(Path cli, Path job) throws IOException {
		int compared = 0;
		List<String> bratFiles = new ArrayList<>();
		try (Stream<Path> files = Files.walk(cli)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String relative = cli.relativize(file).toString().replace('\\', '/');
				if (relative.endsWith(".conll") || relative.endsWith(".jsonl")) {
					assertEquals(Files.readString(file), shards(job, relative), relative);
					compared++;
				} else if (relative.startsWith("brat/")) {
					assertTrue(Files.isRegularFile(job.resolve(relative)), relative + " is written by the job");
					assertEquals(-1L, Files.mismatch(file, job.resolve(relative)), relative);
					bratFiles.add(relative);
				}
			}
		}
		assertEquals(4 * 3 + 2 * 3 + 3, compared, "CoNLL (2 forms x 2 schemes), HF (2 forms) and spans, 3 splits each");
		List<String> documents = JsonParser.parseString(Files.readString(cli.resolve("splits.json"))).getAsJsonObject()
				.entrySet().stream().filter(e -> e.getValue().isJsonArray()).flatMap(e -> e.getValue().getAsJsonArray()
						.asList().stream().map(id -> "brat/" + e.getKey() + "/" + id.getAsString()))
				.toList();
		assertEquals(1 + 2 * documents.size(), bratFiles.size(), "annotation.conf and each document's .txt and .ann");
		try (Stream<Path> files = Files.walk(job.resolve("brat"))) {
			assertEquals(bratFiles.size(), files.filter(Files::isRegularFile).count(), "no other brat files");
		}
		for (String same : List.of("hf/labels.json", "splits.json", "stats.json")) {
			assertEquals(Files.readString(cli.resolve(same)), Files.readString(job.resolve(same)), same);
		}
		assertEquals(manifestFiles(cli, false), manifestFiles(job, true));
		assertTrue(Files.readString(job.resolve("README.md")).contains(CREATED_AT));
	}

	/**
	 * The files a dataset's manifest lists, without the empty files of the command line (the job writes no shard of
	 * an empty split) and with the job's shards named by their file, once.
	 */
	private static List<String> manifestFiles(Path dataset, boolean sharded) throws IOException {
		List<String> files = new ArrayList<>();
		for (JsonElement element : JsonParser.parseString(Files.readString(dataset.resolve("MANIFEST.json")))
				.getAsJsonObject().getAsJsonArray("files")) {
			String file = element.getAsString();
			boolean shardable = file.matches("(conll|hf/(syllable|word)|spans)/.*\\.(conll|jsonl)");
			if (sharded && shardable) {
				file = file.replaceFirst("-\\d{5}(\\.\\w+)$", "$1");
			} else if (!sharded && shardable && Files.size(dataset.resolve(file)) == 0) {
				continue;
			}
			if (files.isEmpty() || !files.get(files.size() - 1).equals(file)) {
				files.add(file);
			}
		}
		return files;
	}

	private static String shards(Path job, String relative) throws IOException {
		Path file = job.resolve(relative);
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String prefix = name.substring(0, dot) + "-";
		String extension = name.substring(dot);
		StringBuilder content = new StringBuilder();
		if (!Files.isDirectory(file.getParent())) {
			return "";
		}
		try (Stream<Path> shards = Files.list(file.getParent())) {
			for (Path shard : shards.filter(p -> p.getFileName().toString().startsWith(prefix)
					&& p.getFileName().toString().endsWith(extension)).sorted().toList()) {
				content.append(Files.readString(shard));
			}
		}
		return content.toString();
	}

	/**
	 * Articles made from the seeds with variations: each keeps a seed's first line (the title) with a number added,
	 * and its other paragraphs rotated by the article's number.
	 */
	private Path generatedCorpus(int count) throws IOException {
		Path folder = temp.resolve("generated");
		Files.createDirectories(folder);
		List<Path> seeds;
		try (Stream<Path> files = Files.list(SEEDS)) {
			seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		for (int i = 0; i < count; i++) {
			String text = Files.readString(seeds.get(i % seeds.size())).replace("\r\n", "\n");
			int firstLine = text.indexOf('\n');
			String title = text.substring(0, firstLine);
			List<String> paragraphs = new ArrayList<>(List.of(text.substring(firstLine + 1).strip().split("\n\n")));
			java.util.Collections.rotate(paragraphs, i % Math.max(1, paragraphs.size()));
			Files.writeString(folder.resolve(String.format("gen-%03d.txt", i)),
					title + " (bản " + i + ")\n\n" + String.join("\n\n", paragraphs) + "\n");
		}
		return folder;
	}
}
