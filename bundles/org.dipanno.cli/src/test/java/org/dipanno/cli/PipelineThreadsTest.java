package org.dipanno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.export.model.CorpusDatasetExport;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.DatasetFormat;
import org.dipanno.model.persistence.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import}, {@code annotate} and {@code export} give the same corpus and dataset files, byte for byte, with one
 * thread and with several; the streamed export writes what the exporter writes from the whole corpus in memory.
 */
class PipelineThreadsTest extends CommandLineTest {

	private static final Path SEEDS = Path.of("../../seeds");
	private static final String CREATED_AT = "2026-12-02T00:00:00Z";

	@TempDir
	Path temp;

	/** Articles made from the seeds: each seed under several names, its title numbered, paragraphs rotated. */
	static Path articles(Path folder, int count) throws IOException {
		Files.createDirectories(folder);
		java.util.List<Path> seeds;
		try (Stream<Path> files = Files.list(SEEDS)) {
			seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		for (int i = 0; i < count; i++) {
			String text = Files.readString(seeds.get(i % seeds.size()), StandardCharsets.UTF_8).replace("\r\n", "\n");
			int newline = text.indexOf('\n');
			java.util.List<String> paragraphs = new java.util.ArrayList<>(
					java.util.List.of(text.substring(newline + 1).strip().split("\n\n")));
			java.util.Collections.rotate(paragraphs, i % paragraphs.size());
			Files.writeString(folder.resolve(String.format("a-%04d.txt", i)), text.substring(0, newline) + " (bản " + i
					+ ")\n\n" + String.join("\n\n", paragraphs) + "\n", StandardCharsets.UTF_8);
		}
		return folder;
	}

	/** What the three commands printed on standard output, the root folder's path as ROOT. */
	private String printed;

	private Path pipeline(Path articles, Path root, int threads) {
		Path corpus = root.resolve("corpus");
		String n = Integer.toString(threads);
		assertEquals(0, run("import", "--threads", n, "--corpus", corpus.toString(), articles.toString()), err);
		printed = out;
		assertEquals(0, run("annotate", "--threads", n, "--corpus", corpus.toString()), err);
		printed += out;
		assertEquals(0, run("export", "--threads", n, "--corpus", corpus.toString(), "--set", "rules", "--out",
				root.resolve("dataset").toString(), "--created-at", CREATED_AT), err);
		printed = (printed + out).replace(root.toString(), "ROOT");
		return root;
	}

	private static Map<String, String> files(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String name = folder.relativize(file).toString();
				if (!name.endsWith("corpus.lock")) {
					files.put(name, Files.readString(file, StandardCharsets.ISO_8859_1));
				}
			}
		}
		return files;
	}

	@Test
	void oneThreadAndFourGiveTheSameFiles() throws Exception {
		Path articles = articles(temp.resolve("articles"), 24);
		Map<String, String> one = files(pipeline(articles, temp.resolve("one"), 1));
		String onePrinted = printed;
		Map<String, String> four = files(pipeline(articles, temp.resolve("four"), 4));
		assertEquals(onePrinted, printed, "the same tables and summaries on standard output");
		assertTrue(printed.contains("gen-0023") || printed.contains("a-0023"), printed);
		assertEquals(one.keySet(), four.keySet());
		one.forEach((name, content) -> assertEquals(content, four.get(name), name + " differs"));
		assertTrue(one.keySet().stream().filter(n -> n.startsWith("corpus/documents/")).count() == 24 * 3, one.keySet().toString());
		assertTrue(one.containsKey("dataset/conll/word/bio/train.conll"), one.keySet().toString());
	}

	@Test
	void theStreamedExportWritesWhatTheExporterWritesFromTheLoadedCorpus() throws Exception {
		Path root = pipeline(articles(temp.resolve("articles"), 12), temp.resolve("streamed"), 3);
		Path inMemory = temp.resolve("in-memory");
		CorpusDatasetExport.Request request = new CorpusDatasetExport.Request(AnnotationSelection.ruleProposals(), false,
				java.util.EnumSet.allOf(DatasetFormat.class), TagScheme.BIO, new SplitRatios(80, 10, 10), 42,
				java.util.Set.of("BODY", "LEAD"), inMemory, false, null, CREATED_AT, "dipanno-cli export");
		CorpusDatasetExport.export(new CorpusStore().load(root.resolve("corpus")), request,
				CorpusDatasetExport.Progress.NONE);
		Map<String, String> streamed = files(root.resolve("dataset"));
		Map<String, String> loaded = files(inMemory);
		assertEquals(loaded.keySet(), streamed.keySet());
		loaded.forEach((name, content) -> assertEquals(content, streamed.get(name), name + " differs"));
	}

	@Test
	void threadsMustBeAPositiveNumber() {
		assertEquals(2, run("annotate", "--threads", "0"));
		assertTrue(err.contains("--threads takes a number from 1 to 1024, not 0"), err);
		assertEquals(2, run("export", "--threads", "many"));
		assertTrue(err.contains("--threads takes a whole number"), err);
	}
}
