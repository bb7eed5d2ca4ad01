package org.dipanno.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.SampleCorpus;
import org.dipanno.model.custom.DipannoModel;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.schema.DefaultSchema;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DipannoValidatorTest {

	private Corpus corpus;
	private Document document;
	private AnnotationSet gold;

	@BeforeEach
	void createSample() {
		DipannoModel.init();
		corpus = SampleCorpus.create();
		document = corpus.getDocuments().get(0);
		gold = document.findAnnotationSet("gold");
	}

	private EntityMention entity(String id) {
		return gold.getEntityMentions().stream().filter(m -> m.getId().equals(id)).findFirst().orElseThrow();
	}

	private EventMention meeting() {
		return gold.getEventMentions().get(0);
	}

	private static List<Diagnostic> errors(EObject root) {
		return Diagnostician.INSTANCE.validate(root).getChildren().stream()
				.filter(d -> d.getSeverity() == Diagnostic.ERROR).toList();
	}

	private static List<String> messages(EObject root) {
		return errors(root).stream().map(Diagnostic::getMessage).toList();
	}

	@Test
	void theSampleCorpusIsValid() {
		assertEquals(List.of(), messages(corpus));
	}

	@Test
	void invertedSpan() {
		EntityMention china = entity("gold.e1");
		china.setStart(10);
		china.setEnd(0);
		List<Diagnostic> errors = errors(corpus);
		assertEquals(List.of("Entity mention [10,0) of type COUNTRY in set gold: the span is inverted (end 0 is before start 10)"),
				errors.stream().map(Diagnostic::getMessage).toList());
		assertEquals(DipannoValidator.SPAN_INVERTED, errors.get(0).getCode());
		assertSame(china, errors.get(0).getData().get(0));
	}

	@Test
	void spanEndingAfterTheText() {
		entity("gold.e6").setEnd(300);
		assertEquals(List.of("Entity mention [194,300) of type PERSON in set gold: the span ends after the text (end 300, text length 209)"),
				messages(corpus));
	}

	@Test
	void spanStartingBeforeTheText() {
		document.getTokens().get(0).setStart(-1);
		assertEquals(List.of("Token [-1,5): the span starts before the text (start -1 is negative)"), messages(corpus));
	}

	@Test
	void mentionWithoutType() {
		entity("gold.e4").setType(null);
		assertEquals(List.of("Entity mention \"Bắc Kinh\" [91,99) in set gold: the mention has no type"),
				messages(corpus));
	}

	@Test
	void typeOfAnotherSchema() {
		entity("gold.e3").setType(DefaultSchema.create().findEntityType(DefaultSchema.DATE));
		List<String> messages = messages(corpus);
		assertTrue(messages.contains(
				"Entity mention \"Ngày 28/8\" [69,78) of type DATE in set gold: type \"DATE\" is not in the schema of the corpus"),
				messages.toString());
	}

	@Test
	void typeMissingFromTheSchemaAfterLoading(@TempDir Path folder) throws IOException {
		CorpusStore store = new CorpusStore();
		store.save(corpus, folder);
		Path documentFile = folder.resolve("documents/000_bf9587ca5d7394a3.xml");
		Files.writeString(documentFile,
				Files.readString(documentFile).replace("type=\"../corpus.xml#LOCATION\"", "type=\"../corpus.xml#VENUE\""));
		Corpus loaded = store.load(folder);
		List<Diagnostic> errors = errors(loaded);
		assertTrue(errors.stream().anyMatch(d -> d.getCode() == DipannoValidator.UNKNOWN_TYPE && d.getMessage()
				.equals("Entity mention \"Bắc Kinh\" [91,99) of type VENUE in set gold: type \"VENUE\" is not in the schema")),
				errors.toString());
	}

	@Test
	void roleNotAllowedForTheEventType() {
		SampleCorpus.argument(meeting(), "weapon", entity("gold.e1"));
		assertEquals(List.of("Event mention \"hội đàm\" [158,165) of type MEET in set gold: role \"weapon\" is not allowed for MEET "
				+ "(allowed roles: participant, counterpart, time, place, topic)"), messages(corpus));
	}

	@Test
	void argumentOfATypeTheRoleDoesNotAccept() {
		SampleCorpus.argument(meeting(), DefaultSchema.TIME, entity("gold.e4"));
		assertEquals(List.of("Event mention \"hội đàm\" [158,165) of type MEET in set gold: argument \"time\" is Entity mention "
				+ "\"Bắc Kinh\" [91,99) of type LOCATION in set gold, but role time of MEET accepts only DATE"),
				messages(corpus));
	}

	@Test
	void argumentWithoutEntity() {
		SampleCorpus.argument(meeting(), DefaultSchema.TOPIC, null);
		assertEquals(List.of("Event mention \"hội đàm\" [158,165) of type MEET in set gold: argument \"topic\" has no entity mention"),
				messages(corpus));
	}

	@Test
	void argumentFromAnotherSet() {
		EntityMention proposal = document.findAnnotationSet("rules").getEntityMentions().get(0);
		proposal.setType(corpus.getSchema().findEntityType(DefaultSchema.PERSON));
		SampleCorpus.argument(meeting(), DefaultSchema.PARTICIPANT, proposal);
		assertEquals(List.of("Event mention \"hội đàm\" [158,165) of type MEET in set gold: argument \"participant\" is Entity mention "
				+ "\"Bộ trưởng Thương mại\" [101,121) of type PERSON in set rules, not a mention of the same annotation set"),
				messages(corpus));
	}

	@Test
	void duplicateMentionInOneSet() {
		gold.addEntityMention(0, 10, corpus.getSchema().findEntityType(DefaultSchema.COUNTRY));
		assertEquals(List.of("Entity mention \"Trung Quốc\" [0,10) of type COUNTRY in set gold: duplicates gold.e1 "
				+ "(same span and type in one set)"), messages(corpus));
	}

	@Test
	void sameSpanWithAnotherTypeOrInAnotherSetIsNoDuplicate() {
		gold.addEntityMention(0, 10, corpus.getSchema().findEntityType(DefaultSchema.LOCATION));
		document.findAnnotationSet("rules").addEntityMention(0, 10,
				corpus.getSchema().findEntityType(DefaultSchema.COUNTRY));
		assertEquals(List.of(), messages(corpus));
	}

	@Test
	void duplicateEventMention() {
		gold.addEventMention(158, 165, corpus.getSchema().findEventType(DefaultSchema.MEET));
		assertEquals(List.of("Event mention \"hội đàm\" [158,165) of type MEET in set gold: duplicates gold.v1 "
				+ "(same span and type in one set)"), messages(corpus));
	}

	@Test
	void malformedNormalizedValues() {
		entity("gold.e2").setCountryCode("US");
		entity("gold.e3").setIsoDate("28/8");
		assertEquals(List.of(
				"Entity mention \"Mỹ\" [14,16) of type COUNTRY in set gold: country code \"US\" is not an ISO 3166 alpha-3 code (three capital letters, e.g. VNM)",
				"Entity mention \"Ngày 28/8\" [69,78) of type DATE in set gold: date \"28/8\" is neither an ISO date (2024-08-28) nor a day without year (--08-28)"),
				messages(corpus));
	}

	@Test
	void schemaWithClashingShortcutKeyAndBadColour() {
		corpus.getSchema().findEventType(DefaultSchema.MEET).setShortcutKey("p");
		corpus.getSchema().findEntityType(DefaultSchema.MISC).setColor("grey");
		assertEquals(List.of("Type MISC: colour \"grey\" is not #RRGGBB",
				"Type MEET: shortcut key \"p\" is already used by PERSON"), messages(corpus));
	}
}
