package org.dipanno.export.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.export.BratConfiguration;
import org.dipanno.export.DatasetExporter;
import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.ExportOptions;
import org.dipanno.export.ExportResult;
import org.dipanno.export.SeedFixtures;
import org.dipanno.export.SelectedDocument;
import org.dipanno.export.SentenceUnit;
import org.dipanno.export.Span;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TaggedSpan;
import org.dipanno.export.tokens.TokenAligner;
import org.dipanno.export.tokens.TokenForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports the annotated seed corpus in every format, parses the files back
 * and checks that they carry exactly the exported spans.
 */
class FormatRoundTripTest {

	@TempDir
	static Path temp;

	private static List<ExportDocument> documents;
	private static Map<String, SelectedDocument> selected;
	private static ExportResult result;

	@BeforeAll
	static void export() throws IOException {
		documents = SeedFixtures.seeds();
		DatasetExporter exporter = new DatasetExporter(
				ExportOptions.defaults(7, SeedFixtures.provenance()).withSplit(new org.dipanno.export.split.SplitRatios(60, 20, 20), 7));
		selected = new HashMap<>();
		exporter.select(documents).forEach(d -> selected.put(d.id(), d));
		result = exporter.export(documents, temp.resolve("dataset"));
	}

	private static String read(String relativePath) throws IOException {
		return Files.readString(result.folder().resolve(relativePath), StandardCharsets.UTF_8);
	}

	private static List<SelectedDocument> part(DatasetSplit split) {
		return result.splits().get(split).stream().map(selected::get).toList();
	}

	/** The spans the token formats must carry: tagged mentions, as document offsets. */
	private static List<String> expectedTagged(SentenceUnit sentence) {
		return sentence.taggedEntities().stream().map(e -> e.start() + "-" + e.end() + " " + e.type()).toList();
	}

	private static List<String> decode(String text, SentenceUnit sentence, List<String> forms, List<String> tags,
			TagScheme scheme) {
		List<Span> tokens = TokenAligner.align(text, sentence.span().start(), forms);
		assertTrue(tokens.get(tokens.size() - 1).end() <= sentence.span().end(), "tokens stay in " + sentence.unitId());
		List<String> spans = new ArrayList<>();
		for (TaggedSpan tagged : scheme.decode(tags)) {
			spans.add(tokens.get(tagged.firstToken()).start() + "-" + tokens.get(tagged.lastToken()).end() + " "
					+ tagged.type());
		}
		return spans;
	}

	@Test
	void seedExportHasMentionsNestedOnesAndEvents() {
		assertEquals(5, documents.size());
		assertTrue(result.stats().total().mentions() > 50, "seed gazetteer finds mentions");
		assertTrue(result.stats().total().warnings().get(org.dipanno.export.ExportWarning.NESTED_ENTITIES_DROPPED) > 0);
		assertTrue(result.stats().total().eventMentions() > 0);
	}

	@Test
	void conllTagsReDeriveTheExportedSpansForBothSchemesAndTokenForms() throws IOException {
		assertTrue(assertConllRoundTrip(result, selected) > 100);
	}

	@Test
	void conllRoundTripHoldsForAnIndependentTokenizationToo(@TempDir Path other) throws IOException {
		// The seeds analysed by the test fixture's own zoning, tokenizer and lexicon instead of the text bundle.
		List<ExportDocument> fixtureDocuments = SeedFixtures.seedsWithFixtureAnalysis();
		DatasetExporter exporter = new DatasetExporter(ExportOptions.defaults(7, SeedFixtures.provenance())
				.withFormats(java.util.Set.of(org.dipanno.export.DatasetFormat.CONLL)));
		Map<String, SelectedDocument> fixtureSelected = new HashMap<>();
		exporter.select(fixtureDocuments).forEach(d -> fixtureSelected.put(d.id(), d));
		ExportResult fixtureResult = exporter.export(fixtureDocuments, other.resolve("dataset"));
		assertTrue(assertConllRoundTrip(fixtureResult, fixtureSelected) > 100);
	}

	/** Reads every CoNLL file back, decodes the tags onto the text and compares with the tagged mentions. */
	private static int assertConllRoundTrip(ExportResult exported, Map<String, SelectedDocument> selection)
			throws IOException {
		int sentencesChecked = 0;
		for (DatasetSplit split : DatasetSplit.values()) {
			List<SelectedDocument> part = exported.splits().get(split).stream().map(selection::get).toList();
			for (TokenForm form : TokenForm.values()) {
				for (TagScheme scheme : TagScheme.values()) {
					String path = DatasetExporter.conllPath(form, scheme, split);
					List<ConllFormat.Document> read = ConllFormat.read(
							Files.readString(exported.folder().resolve(path), StandardCharsets.UTF_8), path);
					assertEquals(part.size(), read.size(), path);
					for (int d = 0; d < part.size(); d++) {
						List<SentenceUnit> units = part.get(d).sentences().stream()
								.filter(s -> !s.tokens(form).isEmpty()).toList();
						assertEquals(units.size(), read.get(d).sentences().size(), path + " " + part.get(d).id());
						for (int s = 0; s < units.size(); s++) {
							List<ConllFormat.Line> lines = read.get(d).sentences().get(s);
							List<String> derived = decode(part.get(d).document().text(), units.get(s),
									lines.stream().map(ConllFormat.Line::form).toList(),
									lines.stream().map(ConllFormat.Line::tag).toList(), scheme);
							assertEquals(expectedTagged(units.get(s)), derived, path + " " + units.get(s).unitId());
							sentencesChecked++;
						}
					}
				}
			}
		}
		return sentencesChecked;
	}

	@Test
	void syllableAndWordExportsAgreeOnOffsets() throws IOException {
		for (DatasetSplit split : DatasetSplit.values()) {
			String syllablePath = DatasetExporter.conllPath(TokenForm.SYLLABLE, TagScheme.BIOES, split);
			String wordPath = DatasetExporter.conllPath(TokenForm.WORD, TagScheme.BIOES, split);
			List<ConllFormat.Document> syllables = ConllFormat.read(read(syllablePath), syllablePath);
			List<ConllFormat.Document> words = ConllFormat.read(read(wordPath), wordPath);
			List<SelectedDocument> part = part(split);
			for (int d = 0; d < part.size(); d++) {
				String text = part.get(d).document().text();
				List<SentenceUnit> units = part.get(d).sentences();
				for (int s = 0; s < units.size(); s++) {
					List<ConllFormat.Line> syllableLines = syllables.get(d).sentences().get(s);
					List<ConllFormat.Line> wordLines = words.get(d).sentences().get(s);
					List<String> fromSyllables = decode(text, units.get(s), syllableLines.stream().map(ConllFormat.Line::form).toList(),
							syllableLines.stream().map(ConllFormat.Line::tag).toList(), TagScheme.BIOES);
					List<String> fromWords = decode(text, units.get(s), wordLines.stream().map(ConllFormat.Line::form).toList(),
							wordLines.stream().map(ConllFormat.Line::tag).toList(), TagScheme.BIOES);
					assertEquals(fromSyllables, fromWords, units.get(s).unitId());
					// Both token views cover the same characters from the same first to the same last offset.
					List<Span> syllableSpans = TokenAligner.align(text, units.get(s).span().start(),
							syllableLines.stream().map(ConllFormat.Line::form).toList());
					List<Span> wordSpans = TokenAligner.align(text, units.get(s).span().start(),
							wordLines.stream().map(ConllFormat.Line::form).toList());
					assertEquals(syllableSpans.get(0).start(), wordSpans.get(0).start());
					assertEquals(syllableSpans.get(syllableSpans.size() - 1).end(), wordSpans.get(wordSpans.size() - 1).end());
				}
			}
		}
	}

	@Test
	void conllFileStartsEveryDocumentWithDocstartAndSeparatesSentences() throws IOException {
		String content = read(DatasetExporter.conllPath(TokenForm.WORD, TagScheme.BIO, DatasetSplit.TRAIN));
		assertTrue(content.startsWith("-DOCSTART- O\n\n"));
		assertEquals(part(DatasetSplit.TRAIN).size(), content.split("-DOCSTART- O\n\n", -1).length - 1);
		// VLSP-style word tokens and the boundary-aligned tags of the first seed's lead.
		if (result.splits().get(DatasetSplit.TRAIN).contains("000_bf9587ca5d7394a3")) {
			assertTrue(content.contains("\nBộ_trưởng B-TITLE\nThương_mại I-TITLE\nTrung_Quốc I-TITLE\nVương_Văn_Đào B-PERSON\n"),
					"word tokens of 000");
		}
	}

	@Test
	void huggingFaceTagsReDeriveTheExportedSpans() throws IOException {
		List<String> labels = HuggingFaceJsonl.readLabels(read("hf/labels.json"), "hf/labels.json");
		assertEquals(result.labels(), labels);
		assertEquals("O", labels.get(0));
		Map<String, SentenceUnit> units = new HashMap<>();
		selected.values().forEach(d -> d.sentences().forEach(s -> units.put(s.unitId(), s)));
		int records = 0;
		for (DatasetSplit split : DatasetSplit.values()) {
			for (TokenForm form : TokenForm.values()) {
				String path = DatasetExporter.huggingFacePath(form, split);
				for (HuggingFaceJsonl.Record record : HuggingFaceJsonl.read(read(path), labels, path)) {
					SentenceUnit unit = units.get(record.id());
					String documentId = record.id().substring(0, record.id().indexOf('#'));
					assertTrue(result.splits().get(split).contains(documentId), record.id() + " in " + split);
					assertEquals(expectedTagged(unit),
							decode(selected.get(documentId).document().text(), unit, record.tokens(), record.tags(), TagScheme.BIO),
							path + " " + record.id());
					records++;
				}
			}
		}
		assertTrue(records > 100);
	}

	@Test
	void spanJsonlCarriesEveryMentionOfTheSentenceNestedOnesIncluded() throws IOException {
		int nested = 0;
		for (DatasetSplit split : DatasetSplit.values()) {
			String path = DatasetExporter.spanPath(split);
			List<SpanJsonl.Record> records = SpanJsonl.read(read(path), path);
			List<SentenceUnit> units = part(split).stream().flatMap(d -> d.sentences().stream()).toList();
			assertEquals(units.size(), records.size());
			for (int i = 0; i < units.size(); i++) {
				SentenceUnit unit = units.get(i);
				SpanJsonl.Record record = records.get(i);
				assertEquals(unit.unitId(), record.id());
				assertEquals(unit.span().start(), record.offset());
				String text = selected.get(record.document()).document().text();
				assertEquals(text.substring(unit.span().start(), unit.span().end()), record.text());
				List<String> expected = unit.entities().stream().map(e -> e.start() + "-" + e.end() + " " + e.type()).toList();
				List<String> derived = record.labels().stream()
						.map(l -> (l.start() + record.offset()) + "-" + (l.end() + record.offset()) + " " + l.label()).toList();
				assertEquals(expected, derived, record.id());
				nested += unit.entities().size() - unit.taggedEntities().size();
			}
		}
		assertTrue(nested > 0, "nested mentions appear in span JSONL");
	}

	@Test
	void bratExportThenImportIsIdentical() throws IOException {
		int events = 0;
		for (DatasetSplit split : DatasetSplit.values()) {
			for (SelectedDocument document : part(split)) {
				String base = "brat/" + split.fileName() + "/" + document.id();
				ExportDocument imported = BratStandoff.read(document.id(), read(base + ".txt"), read(base + ".ann"),
						base + ".ann");
				assertEquals(document.document().text(), imported.text());
				assertEquals(canonicalEntities(document.entities()), canonicalEntities(imported.entities()), base);
				assertEquals(canonicalEvents(document.entities(), document.events()),
						canonicalEvents(imported.entities(), imported.events()), base);
				events += imported.events().size();
			}
		}
		assertTrue(events > 0);
	}

	@Test
	void bratAnnotationLinesAndConf() throws IOException {
		String split = result.splits().get(DatasetSplit.TRAIN).contains("000_bf9587ca5d7394a3") ? "train"
				: result.splits().get(DatasetSplit.DEV).contains("000_bf9587ca5d7394a3") ? "dev" : "test";
		String ann = read("brat/" + split + "/000_bf9587ca5d7394a3.ann");
		String text = selected.get("000_bf9587ca5d7394a3").document().text();
		int wang = text.indexOf("Vương Văn Đào", text.indexOf("Bắc Kinh"));
		assertTrue(ann.contains("\tPERSON " + wang + " " + (wang + 13) + "\tVương Văn Đào\n"), ann);
		assertTrue(ann.matches("(?s).*\nN\\d+\tReference T\\d+ dipanno:Wang\\+Wentao\tWang Wentao\n.*"), "N line");
		assertTrue(ann.matches("(?s).*\nA\\d+\tStatus T\\d+ ACCEPTED\n.*"), "A line");
		assertTrue(ann.matches("(?s).*\nE\\d+\tMEET:T\\d+ Participant:T\\d+ Participant2:T\\d+.*"), "E line");
		String conf = read("brat/annotation.conf");
		assertTrue(conf.contains("[entities]\nCOUNTRY\nDATE\nLOCATION\nORGANIZATION\nPERSON\nTITLE\n"), conf);
		assertTrue(conf.contains("\nMEET\tParticipant*:COUNTRY|PERSON"), conf);
		assertTrue(conf.contains("\nStatus\tArg:<ENTITY>, Value:ACCEPTED\n"), conf);
		assertTrue(conf.contains("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"));
	}

	@Test
	void bratConfigurationsGatheredPerDocumentAndMergedInAnyOrderGiveTheExportersConf() throws IOException {
		List<String> types = selected.values().stream().flatMap(d -> d.entities().stream()).map(EntitySpan::type)
				.distinct().sorted().toList(); // the exporter's types when none are declared
		List<SelectedDocument> documents = new ArrayList<>(selected.values());
		documents.sort(Comparator.comparing(SelectedDocument::id).reversed());
		BratConfiguration merged = new BratConfiguration(types, new java.util.TreeMap<>());
		for (SelectedDocument document : documents) {
			BratConfiguration one = new BratConfiguration(List.of(), new java.util.TreeMap<>()).add(document);
			merged.merge(roundTrip(one));
		}
		assertEquals(read("brat/annotation.conf"), merged.render());
		assertTrue(merged.render().contains("\nMEET\tParticipant*:"), "the seeds' events are gathered");
	}

	/** A distributed export ships configurations between machines: they survive Java serialization. */
	private static BratConfiguration roundTrip(BratConfiguration configuration) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
			out.writeObject(configuration);
		}
		try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
				new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
			return (BratConfiguration) in.readObject();
		} catch (ClassNotFoundException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void bratImportReportsFileLineAndProblem() {
		IllegalArgumentException wrongText = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> BratStandoff.read("d", "Trung Quốc", "T1\tCOUNTRY 0 5\tTrung Quốc\n", "d.ann"));
		assertEquals("d.ann:1: text 'Trung Quốc' does not match the .txt at 0 5 ('Trung') in line 'T1\tCOUNTRY 0 5\tTrung Quốc'",
				wrongText.getMessage());
		IllegalArgumentException unknown = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> BratStandoff.read("d", "hội đàm", "E1\tMEET:T9\n", "d.ann"));
		assertEquals("d.ann:1: event E1 refers to unknown trigger T9", unknown.getMessage());
	}

	@Test
	void mentionAcrossALineBreakBecomesBratFragments() {
		String text = "Bộ Thương mại\nTrung Quốc";
		ExportDocument document = new ExportDocument("frag", text, List.of(), List.of(), List.of(), List.of(),
				List.of(new EntitySpan("o", 0, 24, "ORGANIZATION")), List.of());
		SelectedDocument selectedDocument = org.dipanno.export.DocumentSelector.select(document, java.util.Set.of("BODY"));
		BratStandoff.Files files = BratStandoff.write(selectedDocument);
		assertEquals("T1\tORGANIZATION 0 13;14 24\tBộ Thương mại Trung Quốc\n", files.ann());
		ExportDocument imported = BratStandoff.read("frag", files.txt(), files.ann(), "frag.ann");
		assertEquals(List.of("0-24 ORGANIZATION null {}"), canonicalEntities(imported.entities()));
		// Without sentences the mention is outside every sentence unit: counted, and kept in brat only.
		assertEquals(1, selectedDocument.warnings().get(org.dipanno.export.ExportWarning.ENTITIES_CROSSING_SENTENCES));
	}

	static List<String> canonicalEntities(List<EntitySpan> entities) {
		return entities.stream().sorted(Comparator.comparing(EntitySpan::span).thenComparing(EntitySpan::type))
				.map(e -> e.start() + "-" + e.end() + " " + e.type() + " " + e.normalizedValue() + " " + e.attributes())
				.toList();
	}

	static List<String> canonicalEvents(List<EntitySpan> entities, List<EventSpan> events) {
		Map<String, EntitySpan> byId = new HashMap<>();
		entities.forEach(e -> byId.put(e.id(), e));
		List<String> canonical = new ArrayList<>();
		for (EventSpan event : events) {
			StringBuilder line = new StringBuilder(event.type() + " " + event.triggerStart() + "-" + event.triggerEnd());
			for (ExportEventArgument argument : event.arguments()) {
				EntitySpan entity = byId.get(argument.entityId());
				line.append(' ').append(argument.role()).append('=').append(entity.start()).append('-')
						.append(entity.end()).append(entity.type());
			}
			canonical.add(line.append(' ').append(event.attributes()).toString());
		}
		canonical.sort(null);
		return canonical;
	}
}
