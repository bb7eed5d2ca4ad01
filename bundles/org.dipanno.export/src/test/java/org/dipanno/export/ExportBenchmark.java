package org.dipanno.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dipanno.model.persistence.AtomicFileWriter;

/**
 * Export throughput on article-sized documents (a benchmark to run by hand,
 * not a timed test): {@code java ... org.dipanno.export.ExportBenchmark [documents] [folder] [runs]}.
 * The documents are the five annotated seed articles repeated under new ids
 * (about 7,000 characters each, all zones, gazetteer mentions and events).
 * Every format is written, with atomic per-file writes, fsync and staging.
 */
public final class ExportBenchmark {

	private ExportBenchmark() {
	}

	/** CPU time of the whole process (all threads), to compare runs on a shared machine. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	public static void main(String[] args) throws IOException {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("dipanno-export-benchmark");
		List<ExportDocument> seeds = SeedFixtures.seeds();
		List<ExportDocument> documents = new ArrayList<>(count);
		long characters = 0;
		for (int i = 0; i < count; i++) {
			ExportDocument seed = seeds.get(i % seeds.size());
			documents.add(new ExportDocument(String.format(Locale.ROOT, "doc-%05d", i), seed.text(), seed.zones(),
					seed.sentences(), seed.syllableTokens(), seed.words(), seed.entities(), seed.events()));
			characters += seed.text().length();
		}
		int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		for (int run = 1; run <= runs; run++) {
			Path target = folder.resolve("run-" + run);
			long start = System.nanoTime();
			long cpuStart = processCpuNanos();
			ExportResult result = new DatasetExporter(ExportOptions.defaults(run, SeedFixtures.provenance())).export(documents, target);
			long elapsed = System.nanoTime() - start;
			long cpu = processCpuNanos() - cpuStart;
			long bytes;
			try (var walk = Files.walk(target)) {
				bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
			}
			System.out.printf(Locale.ROOT,
					"run %d: %d documents (%.1f M characters, %d sentences, %d syllable tokens, %d mentions) -> %d files, %.1f MB in %.2f s wall, %.2f s CPU (%.0f documents/s; load average %.1f on %d processors)%n",
					run, count, characters / 1e6, result.stats().total().sentences(), result.stats().total().syllableTokens(),
					result.stats().total().mentions(), result.files().size(), bytes / 1e6, elapsed / 1e9,
					cpu / 1e9, count / (elapsed / 1e9),
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
					Runtime.getRuntime().availableProcessors());
			AtomicFileWriter.deleteTree(target);
		}
	}
}
