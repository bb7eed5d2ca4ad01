package org.dipanno.export.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.export.DatasetFormat;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.export.model.CorpusDatasetExport;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.ImportedProvenance;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.seeds.SeedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CoNLL (syllables and words, BIO and BIOES) and span JSON Lines read back into a corpus: exporting what was imported
 * gives the same files (round trip), and text that does not fit is refused with file, line and offset.
 */
class ConllAndSpanImportTest {

	private static final AnnotationImporter.Options GOLD = new AnnotationImporter.Options(AnnotationSetKind.GOLD, null,
			Map.of(), false);

	/** Surfaces labelled wherever they occur: nested titles, a country inside them, a word cut by a boundary. */
	private static final Map<String, String> SURFACES = Map.of("Bộ trưởng Thương mại", "TITLE",
			"Bộ trưởng Thương mại Trung Quốc", "TITLE", "Trung Quốc", "COUNTRY", "Mỹ", "COUNTRY", "Bắc Kinh",
			"LOCATION", "Vương Văn Đào", "PERSON", "Gina Raimondo", "PERSON");

	@TempDir
	Path temp;

	private Corpus annotated;

	@BeforeEach
	void goldOnTheSeeds() {
		annotated = SeedCorpus.importCorpus();
		for (Document document : annotated.getDocuments()) {
			AnnotationSet gold = document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null);
			SURFACES.forEach((surface, type) -> {
				for (int at = document.getText().indexOf(surface); at >= 0; at = document.getText().indexOf(surface, at + 1)) {
					if (AnnotationActions.isAnnotatable(document, at, at + surface.length())) {
						AnnotationActions.label(gold, at, at + surface.length(),
								annotated.getSchema().findEntityType(type), "lan", Instant.EPOCH);
					}
				}
			});
		}
	}

	private static Path export(Corpus corpus, Path folder) throws Exception {
		CorpusDatasetExport.export(corpus, new CorpusDatasetExport.Request(AnnotationSelection.gold(), false,
				EnumSet.of(DatasetFormat.CONLL, DatasetFormat.SPAN_JSONL), TagScheme.BIO, new SplitRatios(60, 20, 20), 7,
				Set.of("BODY", "LEAD", "TITLE"), folder, false, "round trip", "2026-11-22T09:00:00Z", "test"),
				CorpusDatasetExport.Progress.NONE);
		return folder;
	}

	private static List<AnnotationImporter.DocumentReport> importInto(Corpus corpus, String format, Path path)
			throws Exception {
		return AnnotationImporter.importInto(corpus, AnnotationReaders.forFormat(format).sources(path, corpus), GOLD);
	}

	@ParameterizedTest
	@ValueSource(strings = { "conll/syllable/bio", "conll/syllable/bioes", "conll/word/bio", "conll/word/bioes", "spans" })
	void exportingWhatWasImportedGivesTheSameFiles(String format) throws Exception {
		Path first = export(annotated, temp.resolve("first"));
		Corpus fresh = SeedCorpus.importCorpus();
		List<AnnotationImporter.DocumentReport> reports = importInto(fresh, format.startsWith("conll") ? "conll" : "spans",
				first.resolve(format));
		assertEquals(5, reports.size());
		reports.forEach(report -> assertNull(report.problem()));
		assertTrue(reports.stream().mapToInt(AnnotationImporter.DocumentReport::entities).sum() > 60, reports.toString());
		EntityMention some = fresh.getDocuments().get(0).findAnnotationSet("gold").getEntityMentions().get(0);
		assertTrue(some.getProvenance() instanceof ImportedProvenance);

		Path second = export(fresh, temp.resolve("second"));
		for (String split : List.of("train", "dev", "test")) {
			String file = format + "/" + split + (format.equals("spans") ? ".jsonl" : ".conll");
			assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)), file);
		}
	}

	@Test
	void aDatasetFolderIsReadThroughItsSyllableBioFilesAndSpansKeepNestedMentions() throws Exception {
		Path dataset = export(annotated, temp.resolve("dataset"));
		Corpus fromConll = SeedCorpus.importCorpus();
		importInto(fromConll, "conll", dataset);
		Corpus fromSpans = SeedCorpus.importCorpus();
		importInto(fromSpans, "spans", dataset);
		Document conllDocument = fromConll.findDocument("000_bf9587ca5d7394a3");
		Document spansDocument = fromSpans.findDocument("000_bf9587ca5d7394a3");
		assertEquals(0, overlapping(conllDocument), "CoNLL holds the outermost mentions");
		assertTrue(overlapping(spansDocument) > 0, "span JSON Lines hold nested ones too");
		assertTrue(titles(spansDocument).containsAll(List.of("Bộ trưởng Thương mại Trung Quốc", "Bộ trưởng Thương mại")));
	}

	private static int overlapping(Document document) {
		List<EntityMention> mentions = document.findAnnotationSet("gold").getEntityMentions();
		int count = 0;
		for (EntityMention a : mentions) {
			for (EntityMention b : mentions) {
				count += a != b && a.getStart() < b.getEnd() && b.getStart() < a.getEnd() ? 1 : 0;
			}
		}
		return count;
	}

	private static List<String> titles(Document document) {
		return document.findAnnotationSet("gold").getEntityMentions().stream()
				.filter(m -> m.getType().getName().equals("TITLE")).map(EntityMention::getText).distinct().toList();
	}

	@Test
	void conllWithoutSplitsIsMatchedToItsDocumentByText() throws Exception {
		Path dataset = export(annotated, temp.resolve("dataset"));
		Path loose = Files.createDirectory(temp.resolve("loose"));
		for (String split : List.of("train", "dev", "test")) {
			Files.copy(dataset.resolve("conll/word/bioes/" + split + ".conll"), loose.resolve(split + ".conll"));
		}
		Corpus fresh = SeedCorpus.importCorpus();
		List<AnnotationImporter.DocumentReport> reports = importInto(fresh, "conll", loose);
		assertEquals(5, reports.size());
		reports.forEach(report -> assertNull(report.problem()));
		assertEquals(annotatedCount(fresh), outermostCount(dataset), "every tagged mention, in its own document");
	}

	private static int annotatedCount(Corpus corpus) {
		return corpus.getDocuments().stream().mapToInt(d -> d.findAnnotationSet("gold").getEntityMentions().size()).sum();
	}

	private static int outermostCount(Path dataset) throws Exception {
		int count = 0;
		for (String split : List.of("train", "dev", "test")) {
			count += (int) Files.readAllLines(dataset.resolve("conll/word/bioes/" + split + ".conll")).stream()
					.filter(line -> line.endsWith(" O") == false && (line.contains(" B-") || line.contains(" S-"))).count();
		}
		return count;
	}

	@Test
	void aTokenThatDoesNotFitTheTextIsRefusedWithFileLineAndOffset() throws Exception {
		Path dataset = export(annotated, temp.resolve("dataset"));
		Path train = dataset.resolve("conll/syllable/bio/train.conll");
		List<String> lines = Files.readAllLines(train);
		int changed = lines.indexOf(lines.stream().filter(l -> l.startsWith("Bắc ")).findFirst().orElseThrow());
		lines.set(changed, lines.get(changed).replace("Bắc", "Nam"));
		Files.write(train, lines);
		Corpus fresh = SeedCorpus.importCorpus();
		List<AnnotationImporter.DocumentReport> reports = importInto(fresh, "conll", train);
		AnnotationImporter.DocumentReport failed = reports.stream().filter(r -> r.problem() != null).findFirst().orElseThrow();
		assertTrue(failed.problem().contains("train.conll:" + (changed + 1) + ": token 'Nam' does not fit the text of document "),
				failed.problem());
		assertTrue(failed.problem().matches("(?s).*at offset \\d+ \\(the text has 'Bắc.*"), failed.problem());
		assertEquals(1, reports.stream().filter(r -> r.problem() != null).count(), "the other documents are imported");
		assertNull(fresh.findDocument(failed.documentId()).findAnnotationSet("gold"), "nothing of it was added");
	}

	@Test
	void aSpanRecordWhoseTextOrOffsetDoesNotFitIsRefused() throws Exception {
		Path dataset = export(annotated, temp.resolve("dataset"));
		Path train = dataset.resolve("spans/train.jsonl");
		List<String> lines = Files.readAllLines(train);
		lines.set(1, lines.get(1).replaceFirst("\"offset\":(\\d+)", "\"offset\":3"));
		Files.write(train, lines);
		Corpus fresh = SeedCorpus.importCorpus();
		AnnotationImporter.DocumentReport failed = importInto(fresh, "spans", train).stream()
				.filter(r -> r.problem() != null).findFirst().orElseThrow();
		assertTrue(failed.problem().matches("(?s).*train\\.jsonl:2: record \\S+: its text does not match document \\S+ at offset 3: .*"),
				failed.problem());

		lines.set(1, lines.get(1).replaceFirst("\"label\":\\[", "\"label\":[[0,100000,\"PERSON\"],"));
		Files.write(train, lines);
		IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
				() -> AnnotationReaders.forFormat("spans").sources(train, fresh));
		assertTrue(outside.getMessage().contains("train.jsonl:2: span [0,100000,\"PERSON\"] lies outside the text"),
				outside.getMessage());
	}

	@Test
	void aFolderWithoutFilesOfTheFormatSaysWhatWasExpected() throws Exception {
		Corpus fresh = SeedCorpus.importCorpus();
		Path empty = Files.createDirectory(temp.resolve("empty"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> AnnotationReaders.forFormat("conll").sources(empty, fresh))
				.getMessage().contains("no .conll files in this folder"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> AnnotationReaders.forFormat("spans").sources(empty, fresh))
				.getMessage().contains("no .jsonl files in this folder"));
	}

	@Test
	void thePreviewSaysWhatAnImportWouldDoAndChangesNothing() throws Exception {
		Path dataset = export(annotated, temp.resolve("dataset"));
		Corpus fresh = SeedCorpus.importCorpus();
		Document first = fresh.getDocuments().get(0);
		AnnotationActions.label(first.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null), 0, 5,
				fresh.getSchema().findEntityType("MISC"), "lan", Instant.EPOCH);
		List<AnnotationSource> sources = AnnotationReaders.forFormat("spans").sources(dataset, fresh);
		List<AnnotationImporter.DocumentReport> preview = ImportPreview.check(fresh, sources, GOLD);
		assertEquals(5, preview.size());
		AnnotationImporter.DocumentReport refused = preview.stream().filter(r -> r.documentId().equals(first.getId()))
				.findFirst().orElseThrow();
		assertTrue(refused.problem().contains("already has 1 entity and 0 event mentions in gold"), refused.problem());
		assertEquals(1, first.findAnnotationSet("gold").getEntityMentions().size(), "the preview changes nothing");
		assertEquals(1, fresh.getDocuments().stream().filter(d -> d.findAnnotationSet("gold") != null).count());

		AnnotationImporter.Options replacing = new AnnotationImporter.Options(AnnotationSetKind.GOLD, null, Map.of(), true);
		List<AnnotationImporter.DocumentReport> allowed = ImportPreview.check(fresh, sources, replacing);
		allowed.forEach(report -> assertNull(report.problem()));
		List<AnnotationImporter.DocumentReport> imported = AnnotationImporter.importInto(fresh, sources, replacing);
		assertEquals(allowed, imported, "the import does what the preview said");

		AnnotationImporter.Options unknown = new AnnotationImporter.Options(AnnotationSetKind.GOLD, null,
				Map.of("COUNTRY", "NATION"), true);
		assertTrue(ImportPreview.check(fresh, sources, unknown).stream().anyMatch(r -> r.problem() != null
				&& r.problem().contains("entity type NATION is not in the schema")));
	}
}
