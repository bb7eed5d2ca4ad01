package org.dipanno.export.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dipanno.export.DatasetFormat;
import org.dipanno.export.ExportResult;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.editing.DocumentProgress;
import org.dipanno.seeds.SeedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusDatasetExportTest {

	@TempDir
	Path temp;

	private Corpus corpus;

	/** lan labelled a person in every seed and marked the first and the fourth done. */
	@BeforeEach
	void annotate() {
		corpus = SeedCorpus.importCorpus();
		for (Document document : corpus.getDocuments()) {
			AnnotationSet lan = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "lan");
			int start = document.getSentences().get(2).getStart();
			AnnotationActions.label(lan, start, start + document.getTokens().stream()
					.filter(t -> t.getStart() == start).findFirst().orElseThrow().getLength(),
					corpus.getSchema().findEntityType("MISC"), "lan", Instant.parse("2026-11-22T09:00:00Z"));
		}
		DocumentProgress.setDone(corpus.getDocuments().get(0), AnnotationSetKind.ANNOTATOR, "lan", true);
		DocumentProgress.setDone(corpus.getDocuments().get(3), AnnotationSetKind.ANNOTATOR, "lan", true);
	}

	private CorpusDatasetExport.Request request(Path folder, boolean doneOnly, boolean replace) {
		return new CorpusDatasetExport.Request(AnnotationSelection.annotator("lan"), doneOnly,
				EnumSet.allOf(DatasetFormat.class), TagScheme.BIO, new SplitRatios(50, 50, 0), 7,
				Set.of("BODY", "LEAD", "TITLE"), folder, replace, null, "2026-11-22T09:00:00Z", "test");
	}

	@Test
	void percentagesMustBeWholeAndAddUpTo100() {
		assertEquals(new SplitRatios(70, 20, 10), CorpusDatasetExport.percentages("70", " 20 ", "10"));
		assertEquals("Train, dev and test must add up to 100 % (now 95 %)", assertThrows(
				IllegalArgumentException.class, () -> CorpusDatasetExport.percentages("80", "10", "5")).getMessage());
		assertEquals("Dev must be a whole percentage, not \"0.1\"", assertThrows(IllegalArgumentException.class,
				() -> CorpusDatasetExport.percentages("80", "0.1", "10")).getMessage());
		assertEquals("Test must be between 0 and 100 %, not -10", assertThrows(IllegalArgumentException.class,
				() -> CorpusDatasetExport.percentages("100", "10", "-10")).getMessage());
	}

	@Test
	void aFolderIsUsedOnlyWhenNothingInItCanBeLost() throws IOException {
		assertEquals("Choose the folder to write the dataset to", CorpusDatasetExport.folderProblem(Path.of(""), true));
		assertNull(CorpusDatasetExport.folderProblem(temp.resolve("new/nested"), false), "a new folder");
		Path empty = Files.createDirectory(temp.resolve("empty"));
		assertNull(CorpusDatasetExport.folderProblem(empty, false), "an empty folder");
		Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
		assertEquals(file + " is a file, not a folder", CorpusDatasetExport.folderProblem(file, true));
		assertEquals("Cannot make " + file.resolve("data") + ": " + file + " is a file",
				CorpusDatasetExport.folderProblem(file.resolve("data"), true));
		Path other = Files.createDirectory(temp.resolve("other"));
		Files.writeString(other.resolve("thesis.tex"), "years of work");
		assertEquals(other + " holds other files (it is not a dataset); choose a new or empty folder",
				CorpusDatasetExport.folderProblem(other, true), "even with replace");
		Path dataset = Files.createDirectory(temp.resolve("dataset"));
		Files.writeString(dataset.resolve("MANIFEST.json"), "{\"complete\": true, \"files\": [\"stats.json\"]}");
		Files.writeString(dataset.resolve("stats.json"), "{}");
		assertEquals(dataset + " holds a dataset already; allow replacing it or choose another folder",
				CorpusDatasetExport.folderProblem(dataset, false));
		assertNull(CorpusDatasetExport.folderProblem(dataset, true));
	}

	@Test
	void replacingNeverDeletesFilesTheManifestDoesNotList() throws Exception {
		Path folder = temp.resolve("mixed");
		CorpusDatasetExport.export(corpus, request(folder, false, false), CorpusDatasetExport.Progress.NONE);
		Path notes = Files.writeString(folder.resolve("my-notes.txt"), "a user's work");
		Files.createDirectories(folder.resolve("conll/extra"));
		Path nested = Files.writeString(folder.resolve("conll/extra/mine.conll"), "also mine");
		String problem = CorpusDatasetExport.folderProblem(folder, true);
		assertEquals(folder + " holds 2 file(s) its MANIFEST.json does not list (conll/extra/mine.conll, my-notes.txt); "
				+ "the exporter did not write them, so the folder is not replaced: move them away or choose another folder",
				problem);
		CorpusDatasetExport.Refused refused = assertThrows(CorpusDatasetExport.Refused.class, () -> CorpusDatasetExport
				.export(corpus, request(folder, false, true), CorpusDatasetExport.Progress.NONE));
		assertEquals(problem, refused.getMessage());
		assertEquals("a user's work", Files.readString(notes));
		assertEquals("also mine", Files.readString(nested));
		// The staged dataset checks again right before it replaces the folder.
		IOException late = assertThrows(IOException.class, () -> new org.dipanno.export.DatasetExporter(
				CorpusDatasetExport.options(corpus, request(folder, false, true)))
				.export(CorpusDatasetExport.convert(corpus, request(folder, false, true),
						CorpusDatasetExport.Progress.NONE), folder));
		assertTrue(late.getMessage().contains("does not list"), late.getMessage());
		assertTrue(Files.exists(notes) && Files.exists(nested));
		Files.delete(notes);
		Files.delete(nested);
		Files.delete(nested.getParent());
		assertNull(CorpusDatasetExport.folderProblem(folder, true));
	}

	@Test
	void onlyDoneDocumentsAreExportedWhenAsked() throws Exception {
		List<String> progress = new ArrayList<>();
		ExportResult result = CorpusDatasetExport.export(corpus, request(temp.resolve("done"), true, false),
				new CorpusDatasetExport.Progress() {
					@Override
					public void converted(int done, int total) {
						progress.add(done + "/" + total);
					}

					@Override
					public void writing() {
						progress.add("writing");
					}
				});
		assertEquals(List.of("1/2", "2/2", "writing"), progress);
		assertEquals(2, result.stats().total().documents());
		List<String> ids = result.splits().values().stream().flatMap(List::stream).sorted().toList();
		assertEquals(List.of(corpus.getDocuments().get(0).getId(), corpus.getDocuments().get(3).getId()), ids);
		String card = Files.readString(temp.resolve("done/README.md"));
		assertTrue(card.contains("annotator lan (all but rejected), documents done only"), card);

		ExportResult all = CorpusDatasetExport.export(corpus, request(temp.resolve("all"), false, false),
				CorpusDatasetExport.Progress.NONE);
		assertEquals(5, all.stats().total().documents());
	}

	@Test
	void anEmptyFolderTakesTheDatasetAndAnotherOneIsLeftAlone() throws Exception {
		Path empty = Files.createDirectory(temp.resolve("empty"));
		CorpusDatasetExport.export(corpus, request(empty, false, false), CorpusDatasetExport.Progress.NONE);
		assertTrue(Files.isRegularFile(empty.resolve("MANIFEST.json")));

		Path other = Files.createDirectory(temp.resolve("other"));
		Files.writeString(other.resolve("thesis.tex"), "years of work");
		CorpusDatasetExport.Refused refused = assertThrows(CorpusDatasetExport.Refused.class,
				() -> CorpusDatasetExport.export(corpus, request(other, false, true), CorpusDatasetExport.Progress.NONE));
		assertTrue(refused.getMessage().contains("holds other files"), refused.getMessage());
		assertEquals(List.of(other.resolve("thesis.tex")), Files.list(other).toList());
		assertEquals("years of work", Files.readString(other.resolve("thesis.tex")));
	}

	@Test
	void nothingToExportAndCancelingWriteNothing() {
		for (Document document : corpus.getDocuments()) {
			DocumentProgress.setDone(document, AnnotationSetKind.ANNOTATOR, "lan", false);
		}
		Path folder = temp.resolve("none");
		CorpusDatasetExport.Refused refused = assertThrows(CorpusDatasetExport.Refused.class,
				() -> CorpusDatasetExport.export(corpus, request(folder, true, false), CorpusDatasetExport.Progress.NONE));
		assertEquals("No document is done for annotator lan (all but rejected); nothing to export",
				refused.getMessage());
		refused = assertThrows(CorpusDatasetExport.Refused.class, () -> CorpusDatasetExport.export(corpus,
				request(folder, false, false), new CorpusDatasetExport.Progress() {
					@Override
					public boolean isCanceled() {
						return true;
					}
				}));
		assertEquals("Export canceled; nothing was written", refused.getMessage());
		assertFalse(Files.exists(folder));
	}
}
