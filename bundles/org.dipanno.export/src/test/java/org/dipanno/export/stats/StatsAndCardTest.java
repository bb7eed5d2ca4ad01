package org.dipanno.export.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dipanno.export.DatasetExporter;
import org.dipanno.export.DatasetFormat;
import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.ExportOptions;
import org.dipanno.export.ExportResult;
import org.dipanno.export.ExportWarning;
import org.dipanno.export.ExportZone;
import org.dipanno.export.SeedFixtures;
import org.dipanno.export.Span;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.split.SplitRatios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class StatsAndCardTest {

	@TempDir
	Path temp;

	/**
	 * Title "Ngoại trưởng Mỹ" (0-15), body "Ông Blinken thăm Bắc Kinh." (16-42):
	 * one TITLE in the title zone (not exported), PERSON, LOCATION and a VISIT
	 * event in the body, plus a COUNTRY nested in nothing.
	 */
	private static ExportDocument document(String id) {
		String text = "Ngoại trưởng Mỹ\nÔng Blinken thăm Bắc Kinh.";
		List<Span> syllables = List.of(new Span(0, 5), new Span(6, 12), new Span(13, 15), new Span(16, 19),
				new Span(20, 27), new Span(28, 32), new Span(33, 36), new Span(37, 41), new Span(41, 42));
		return new ExportDocument(id, text, List.of(new ExportZone("TITLE", 0, 15), new ExportZone("BODY", 16, 42)),
				List.of(new Span(0, 15), new Span(16, 42)), syllables, syllables,
				List.of(new EntitySpan("t", 0, 12, "TITLE"), new EntitySpan("p", 20, 27, "PERSON", "Antony Blinken"),
						new EntitySpan("l", 33, 41, "LOCATION")),
				List.of(new EventSpan("v", "VISIT", 28, 32,
						List.of(new ExportEventArgument("Participant", "p"), new ExportEventArgument("Place", "l")))));
	}

	@Test
	void statsCountPerSplitAndTotal() throws IOException {
		List<ExportDocument> documents = List.of(document("a"), document("b"), document("c"), document("d"));
		ExportOptions options = ExportOptions.defaults(5, SeedFixtures.provenance()).withSplit(new SplitRatios(50, 25, 25), 5)
				.withFormats(Set.of(DatasetFormat.CONLL));
		ExportResult result = new DatasetExporter(options).export(documents, temp.resolve("ds"));
		SplitStats total = result.stats().total();
		assertEquals(4, total.documents());
		assertEquals(4, total.sentences(), "only the body sentence of each document");
		assertEquals(24, total.syllableTokens(), "6 body tokens x 4");
		assertEquals(java.util.Map.of("LOCATION", 4, "PERSON", 4), total.mentionsPerType());
		assertEquals(java.util.Map.of("VISIT", 4), total.eventsPerType());
		assertEquals(8, total.eventArguments());
		assertEquals(4, total.warnings().get(ExportWarning.ENTITIES_OUTSIDE_SELECTED_ZONES));
		assertEquals(2, result.stats().split(DatasetSplit.TRAIN).documents());
		assertEquals(1, result.stats().split(DatasetSplit.DEV).documents());
		assertEquals(1, result.stats().split(DatasetSplit.TEST).documents());

		JsonObject json = JsonParser.parseString(Files.readString(result.folder().resolve("stats.json"))).getAsJsonObject();
		assertEquals(12, json.getAsJsonObject("splits").getAsJsonObject("train").get("syllableTokens").getAsInt());
		assertEquals(4, json.getAsJsonObject("total").getAsJsonObject("mentionsPerType").get("PERSON").getAsInt());
		assertEquals(4, json.getAsJsonObject("total").getAsJsonObject("warnings").get("entitiesOutsideSelectedZones").getAsInt());
		assertEquals(List.of("conll/syllable/bio/train.conll", "conll/syllable/bio/dev.conll"), result.files().subList(0, 2));
	}

	@Test
	void statsSummedPerDocumentEqualTheStatsOfAllDocumentsAndSurviveSerialization() throws Exception {
		List<org.dipanno.export.SelectedDocument> selected = List.of(document("a"), document("b"), document("c")).stream()
				.map(d -> org.dipanno.export.DocumentSelector.select(d, ExportOptions.DEFAULT_ZONES)).toList();
		List<SplitStats> perDocument = new java.util.ArrayList<>();
		for (org.dipanno.export.SelectedDocument document : selected) {
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
				out.writeObject(SplitStats.of(List.of(document)));
			}
			try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
					new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
				perDocument.add((SplitStats) in.readObject());
			}
		}
		java.util.Map<DatasetSplit, SplitStats> splits = new java.util.EnumMap<>(DatasetSplit.class);
		splits.put(DatasetSplit.TRAIN, SplitStats.sum(perDocument));
		splits.put(DatasetSplit.DEV, SplitStats.sum(List.of()));
		splits.put(DatasetSplit.TEST, SplitStats.sum(List.of()));
		DatasetStats summed = new DatasetStats(splits, SplitStats.sum(perDocument));
		DatasetStats direct = DatasetStats.of(java.util.Map.of(DatasetSplit.TRAIN, selected));
		assertEquals(direct.toJson(), summed.toJson());
		assertEquals(3, summed.total().warnings().get(ExportWarning.ENTITIES_OUTSIDE_SELECTED_ZONES));
	}

	@Test
	void cardStatesSetsZonesSchemeRulesAndThePassedDate() throws IOException {
		ExportOptions options = ExportOptions.defaults(5, SeedFixtures.provenance()).withZones(Set.of("BODY", "TITLE"));
		ExportResult result = new DatasetExporter(options).export(List.of(document("a"), document("b")), temp.resolve("ds"));
		String card = Files.readString(result.folder().resolve("README.md"));
		assertTrue(card.startsWith("# dipanno seed test dataset\n"));
		assertTrue(card.contains("| Annotation set | gold |"));
		assertTrue(card.contains("| Zones exported | BODY, TITLE |"));
		assertTrue(card.contains("| Entity types | LOCATION, PERSON, TITLE |"), card);
		assertTrue(card.contains("| Rule files | rules/diplomacy.dipr |"));
		assertTrue(card.contains("| Created | 2026-01-15T10:00:00Z |"));
		assertTrue(card.contains("| **total** | 2 | 4 | 18 | 18 | 6 | 2 |"), card);
		String again = Files.readString(new DatasetExporter(options).export(List.of(document("a"), document("b")),
				temp.resolve("ds2")).folder().resolve("README.md"));
		assertEquals(card, again, "same input, same card");
	}
}
