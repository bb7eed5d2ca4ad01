package org.dipanno.export.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.export.DatasetExporter;
import org.dipanno.export.DatasetProvenance;
import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.ExportOptions;
import org.dipanno.export.ExportResult;
import org.dipanno.export.agreement.AgreementCalculator;
import org.dipanno.export.agreement.AgreementDocument;
import org.dipanno.export.agreement.AgreementReport;
import org.dipanno.export.format.ConllFormat;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TokenForm;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;
import org.dipanno.seeds.SeedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter over the real model: seed corpus imported by the text analyzer, mentions added through the model API. */
class ModelExportAdapterTest {

	private static final String SEED = "000_bf9587ca5d7394a3";

	@TempDir
	static Path temp;

	private static Corpus corpus;
	private static Document document;
	private static String text;
	private static int lead;

	@BeforeAll
	static void annotate() {
		corpus = SeedCorpus.importCorpus();
		document = corpus.findDocument(SEED);
		text = document.getText();
		lead = text.indexOf("Ngày 28/8, tại thủ đô Bắc Kinh");
		AnnotationSet gold = document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null);
		EntityMention title = mention(gold, "Bộ trưởng Thương mại Trung Quốc", "TITLE", MentionStatus.ACCEPTED);
		EntityMention china = mention(gold, "Trung Quốc Vương", "COUNTRY", MentionStatus.ACCEPTED);
		china.setEnd(china.getStart() + "Trung Quốc".length());
		china.setCountryCode("CHN");
		EntityMention wang = mention(gold, "Vương Văn Đào", "PERSON", MentionStatus.ACCEPTED);
		EntityMention raimondo = mention(gold, "Gina Raimondo", "PERSON", MentionStatus.PROPOSED);
		mention(gold, "Bắc Kinh", "LOCATION", MentionStatus.REJECTED);
		EventMention meet = gold.addEventMention(text.indexOf("hội đàm", lead), text.indexOf("hội đàm", lead) + 7,
				corpus.getSchema().findEventType("MEET"));
		meet.setStatus(MentionStatus.ACCEPTED);
		argument(meet, "participant", wang);
		argument(meet, "participant", raimondo);
		assertEquals(lead + 32, title.getStart());

		AnnotationSet lan = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "lan");
		mention(lan, "Vương Văn Đào", "PERSON", MentionStatus.ACCEPTED);
		mention(lan, "Bắc Kinh", "LOCATION", MentionStatus.ACCEPTED);
		AnnotationSet minh = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "minh");
		mention(minh, "Vương Văn Đào", "PERSON", MentionStatus.ACCEPTED);
		mention(minh, "Gina Raimondo", "PERSON", MentionStatus.ACCEPTED);
	}

	private static EntityMention mention(AnnotationSet set, String covered, String type, MentionStatus status) {
		int start = text.indexOf(covered, lead);
		EntityMention mention = set.addEntityMention(start, start + covered.length(), corpus.getSchema().findEntityType(type));
		mention.setStatus(status);
		return mention;
	}

	private static void argument(EventMention event, String role, EntityMention entity) {
		org.dipanno.model.EventArgument argument = ModelFactory.eINSTANCE.createEventArgument();
		argument.setRole(role);
		argument.setEntity(entity);
		event.getArguments().add(argument);
	}

	@Test
	void goldSelectionTakesAllButRejectedWithValuesAndStatus() {
		ExportDocument view = ModelExportAdapter.toExportDocument(document, AnnotationSelection.gold());
		assertEquals(text, view.text());
		assertEquals(document.getTokens().size(), view.syllableTokens().size());
		assertEquals(document.getWords().size(), view.words().size());
		assertEquals(List.of("TITLE", "COUNTRY", "PERSON", "PERSON"), view.entities().stream().map(EntitySpan::type).toList());
		EntitySpan china = view.entities().get(1);
		assertEquals("Trung Quốc", text.substring(china.start(), china.end()));
		assertEquals("CHN", china.normalizedValue());
		assertEquals(Map.of("Status", "ACCEPTED"), view.entities().get(0).attributes());
		EventSpan meet = view.events().get(0);
		assertEquals(List.of(new ExportEventArgument("participant", view.entities().get(2).id()),
				new ExportEventArgument("participant", view.entities().get(3).id())), meet.arguments());
	}

	@Test
	void twoSetsForOneSelectionAreRefusedNotHalfExported() {
		Document copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(document);
		AnnotationSet gold = copy.findAnnotationSet("gold");
		AnnotationSet second = org.eclipse.emf.ecore.util.EcoreUtil.copy(gold);
		second.setId("gold-2");
		copy.getAnnotationSets().add(second);
		IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
				() -> ModelExportAdapter.toExportDocument(copy, AnnotationSelection.gold()));
		assertTrue(e.getMessage().startsWith("Document " + copy.getId() + " has two annotation sets for gold"),
				e.getMessage());
	}

	@Test
	void annotatorNamesThatWouldLeaveTheDatasetsFolderAreRefused() {
		for (String name : List.of("../../x", "a/b", "..", ".hidden", "a\\b", "x\u0000y")) {
			org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
					() -> AnnotationSelection.annotator(name), name);
		}
		assertEquals("lan", AnnotationSelection.annotator("lan").annotator());
		assertEquals("Nguyễn Lan", AnnotationSelection.annotator("Nguyễn Lan").annotator());
	}

	@Test
	void acceptedOnlyDropsProposedMentionsAndTheirArguments() {
		ExportDocument view = ModelExportAdapter.toExportDocument(document, AnnotationSelection.gold().acceptedOnlyOnes());
		assertEquals(3, view.entities().size());
		assertEquals(1, view.events().get(0).arguments().size());
		assertEquals(0, ModelExportAdapter.toExportDocument(document, AnnotationSelection.ruleProposals()).entities().size());
		assertEquals(2, ModelExportAdapter.toExportDocument(document, AnnotationSelection.annotator("lan")).entities().size());
	}

	@Test
	void exportOfTheImportedSeedUsesTheAnalyzersWordsAndSplitsAtMentionBoundaries() throws IOException {
		List<ExportDocument> documents = ModelExportAdapter.toExportDocuments(corpus, AnnotationSelection.gold());
		ExportOptions options = ExportOptions.defaults(3, new DatasetProvenance("seeds gold", "seeds", "gold", List.of(),
				"2026-01-15T10:00:00Z", "test")).withScheme(ModelExportAdapter.entityTypes(corpus.getSchema()),
						ModelExportAdapter.eventRoles(corpus.getSchema()))
				.withSplit(new SplitRatios(100, 0, 0), 3);
		ExportResult result = new DatasetExporter(options).export(documents, temp.resolve("model-dataset"));
		assertEquals(5, result.splits().get(DatasetSplit.TRAIN).size());
		assertEquals(List.of("O", "B-PERSON", "I-PERSON"), result.labels().subList(0, 3));
		String path = DatasetExporter.conllPath(TokenForm.WORD, TagScheme.BIO, DatasetSplit.TRAIN);
		String conll = Files.readString(result.folder().resolve(path));
		ConllFormat.read(conll, path);
		String expected = "Bộ_trưởng B-TITLE\nThương_mại I-TITLE\nTrung_Quốc I-TITLE\nVương_Văn_Đào B-PERSON\n";
		assertTrue(conll.contains(expected), () -> conll.substring(0, 600));
		// annotation.conf follows the schema: every event type and role with its accepted types, also without data.
		String conf = Files.readString(result.folder().resolve("brat/annotation.conf"));
		assertTrue(conf.contains("\n[entities]\nPERSON\nORGANIZATION\nCOUNTRY\n"), conf);
		assertTrue(conf.contains("\nMEET\tcounterpart*:COUNTRY|ORGANIZATION|PERSON, participant*:COUNTRY|ORGANIZATION|PERSON, "), conf);
		assertTrue(conf.contains("\nAGREE\t"), conf);
	}

	@Test
	void agreementInputFromTwoAnnotators() {
		AgreementDocument input = ModelExportAdapter.agreementDocument(document, List.of("lan", "minh"), Set.of("BODY", "LEAD"));
		AgreementReport report = AgreementCalculator.compute(List.of(input));
		// Both mark Vương Văn Đào; lan adds Bắc Kinh, minh Gina Raimondo: exact 1 of (2, 2).
		assertEquals(new org.dipanno.export.agreement.MatchCounts(1, 2, 2), report.corpus().pairs().get(0).exact());
		assertTrue(input.tokens().size() > 100);
	}
}
