package org.dipanno.export.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dipanno.export.DatasetExporter;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportOptions;
import org.dipanno.export.ExportResult;
import org.dipanno.export.SeedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedExportTest {

	@TempDir
	Path temp;

	private final List<ExportDocument> documents = SeedFixtures.seeds();

	/** The real atomic sink, failing on the n-th file as a full disk would, after writing half of it. */
	private static FileSink failingOn(int n, AtomicInteger calls) {
		return (file, content) -> {
			if (calls.incrementAndGet() == n) {
				Files.writeString(file.resolveSibling(file.getFileName() + ".partial"), "half a file");
				throw new IOException("No space left on device (injected)");
			}
			FileSink.STAGING.write(file, content);
		};
	}

	private static List<String> listing(Path root) throws IOException {
		List<String> files = new ArrayList<>();
		if (Files.exists(root)) {
			try (var walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString()));
			}
		}
		files.sort(null);
		return files;
	}

	@Test
	void completedExportIsMovedIntoPlaceWithTheManifestLast() throws IOException {
		Path target = temp.resolve("dataset");
		ExportResult result = new DatasetExporter(ExportOptions.defaults(1, SeedFixtures.provenance())).export(documents, target);
		assertEquals(target.toAbsolutePath().normalize(), result.folder());
		assertEquals("MANIFEST.json", result.files().get(result.files().size() - 1));
		String manifest = Files.readString(target.resolve("MANIFEST.json"), StandardCharsets.UTF_8);
		assertTrue(manifest.contains("\"complete\": true"));
		assertTrue(manifest.contains("\"conll/word/bioes/train.conll\""));
		assertEquals(result.files().stream().sorted().toList(), listing(target), "exactly the listed files, no temp files");
		assertFalse(Files.exists(temp.resolve(".dataset.staging")));
	}

	@Test
	void failedExportLeavesNoDatasetAndNoStagingFolder() {
		Path target = temp.resolve("dataset");
		AtomicInteger calls = new AtomicInteger();
		DatasetExporter exporter = new DatasetExporter(ExportOptions.defaults(1, SeedFixtures.provenance()),
				failingOn(20, calls), 1);
		IOException failure = assertThrows(IOException.class, () -> exporter.export(documents, target));
		assertTrue(failure.getMessage().startsWith("Writing spans/train.jsonl of dataset "), failure.getMessage());
		// 12 CoNLL files, labels.json and 6 Hugging Face files come first.
		assertTrue(failure.getMessage().endsWith("failed: No space left on device (injected)"), failure.getMessage());
		assertEquals(20, calls.get(), "stopped at the failing file");
		assertFalse(Files.exists(target), "no dataset claimed");
		assertFalse(Files.exists(temp.resolve(".dataset.staging")), "staging folder removed");
	}

	@Test
	void failureWhileWritingInParallelAlsoLeavesNothing() {
		Path target = temp.resolve("dataset");
		AtomicInteger calls = new AtomicInteger();
		DatasetExporter exporter = new DatasetExporter(ExportOptions.defaults(1, SeedFixtures.provenance()),
				failingOn(25, calls), 4);
		IOException failure = assertThrows(IOException.class, () -> exporter.export(documents, target));
		assertTrue(failure.getMessage().endsWith("failed: No space left on device (injected)"), failure.getMessage());
		assertFalse(Files.exists(target), "no dataset claimed");
		assertFalse(Files.exists(temp.resolve(".dataset.staging")), "staging folder removed");
	}

	@Test
	void failedReplacementKeepsThePreviousDatasetIntact() throws IOException {
		Path target = temp.resolve("dataset");
		ExportOptions options = ExportOptions.defaults(1, SeedFixtures.provenance()).withReplaceExisting(true);
		new DatasetExporter(options).export(documents, target);
		List<String> before = listing(target);
		String manifestBefore = Files.readString(target.resolve("MANIFEST.json"));
		// The manifest is the last file: failing on it must still leave the old dataset.
		int files = before.size();
		AtomicInteger calls = new AtomicInteger();
		assertThrows(IOException.class, () -> new DatasetExporter(options.withSplit(options.ratios(), 2),
				failingOn(files, calls), 1).export(documents, target));
		assertEquals(before, listing(target));
		assertEquals(manifestBefore, Files.readString(target.resolve("MANIFEST.json")));
		assertFalse(Files.exists(temp.resolve(".dataset.staging")));
	}

	@Test
	void existingDatasetIsNotReplacedUnlessAllowed() throws IOException {
		Path target = temp.resolve("dataset");
		ExportOptions options = ExportOptions.defaults(1, SeedFixtures.provenance());
		new DatasetExporter(options).export(documents, target);
		IOException refused = assertThrows(IOException.class, () -> new DatasetExporter(options).export(documents, target));
		assertEquals("Dataset folder " + target.toAbsolutePath().normalize()
				+ " exists already; choose another folder or allow replacing it", refused.getMessage());
		ExportResult replaced = new DatasetExporter(options.withReplaceExisting(true).withSplit(options.ratios(), 9))
				.export(documents, target);
		assertTrue(Files.readString(target.resolve("splits.json")).contains("\"seed\": 9"));
		assertFalse(Files.exists(temp.resolve(".dataset.replaced")));
		assertEquals(replaced.files().stream().sorted().toList(), listing(target));
	}

	@Test
	void datasetFilesGetTheUsersUsualPermissionsNotOwnerOnly() throws IOException {
		Path target = temp.resolve("dataset");
		new DatasetExporter(ExportOptions.defaults(1, SeedFixtures.provenance())).export(documents, target);
		Path usual = Files.createFile(temp.resolve("usual"));
		var expected = Files.getPosixFilePermissions(usual);
		for (String file : listing(target)) {
			assertEquals(expected, Files.getPosixFilePermissions(target.resolve(file)), file);
		}
	}
}
