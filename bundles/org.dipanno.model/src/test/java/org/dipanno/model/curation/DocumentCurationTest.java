package org.dipanno.model.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.CurationDecision;
import org.dipanno.model.CurationProvenance;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.schema.DefaultSchema;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCurationTest {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
	private static final List<String> TWO = List.of("lan", "minh");
	private static final List<String> THREE = List.of("lan", "minh", "hoa");

	@TempDir
	Path folder;

	private static Document document(Corpus corpus) {
		return corpus.getDocuments().get(0);
	}

	/** Each item as "start-end agreement|kinds". */
	private static List<String> outline(DocumentCuration curation) {
		return curation.items().stream().map(i -> (i.kind() == CurationItem.Kind.EVENT ? "V " : "E ") + i.start() + "-" + i.end() + " "
				+ (i.isAgreement() ? "agreement" : i.disagreements().toString())).toList();
	}

	/** Accepted gold mentions as "TYPE start-end". */
	private static List<String> accepted(Document document) {
		return gold(document, MentionStatus.ACCEPTED);
	}

	private static List<String> gold(Document document, MentionStatus status) {
		AnnotationSet gold = document.findAnnotationSet("gold");
		List<String> mentions = new ArrayList<>();
		if (gold != null) {
			for (Mention mention : DocumentCuration.allMentions(gold)) {
				if (mention.getStatus() == status) {
					mentions.add(CurationVersion.typeName(mention) + " " + mention.getStart() + "-" + mention.getEnd());
				}
			}
		}
		return mentions.stream().sorted().toList();
	}

	private static CurationItem itemAt(DocumentCuration curation, int start) {
		return curation.items().stream().filter(i -> i.start() == start).findFirst().orElseThrow();
	}

	@Test
	void twoAnnotatorsGiveAgreementsOnceAndTypedDisagreementsInTextOrder() {
		DocumentCuration curation = DocumentCuration.of(document(CurationFixture.corpus(false)), TWO);
		assertEquals(List.of("E 0-10 agreement", "E 14-16 [VALUE]", "E 69-78 agreement", "E 91-99 [TYPE]",
				"E 101-132 [BOUNDARY]", "E 122-132 agreement", "E 133-146 agreement", "V 158-165 [ARGUMENTS]",
				"E 194-207 [MISSING]"), outline(curation));
		CurationItem type = itemAt(curation, CurationFixture.BAC_KINH);
		assertEquals("LOCATION \"Bắc Kinh\" [91,99)", type.versionOf("lan").describe());
		assertEquals(Set.of("minh"), type.versionOf("minh").annotators());
		assertEquals(5, curation.disagreements().size());
		assertEquals(curation.disagreements(), curation.toReview(CurationStrategy.MAJORITY));
		assertEquals(curation.items(), curation.toReview(CurationStrategy.ALL_REVIEWED));
	}

	@Test
	void unanimousWritesOnlyAgreementsWithWhoAgreedAndWhoCuratedAndChangesNoAnnotatorSet() {
		Corpus corpus = CurationFixture.corpus(false);
		Document document = document(corpus);
		AnnotationSet lanBefore = EcoreUtil.copy(document.findAnnotationSet("annotator-lan"));
		AnnotationSet minhBefore = EcoreUtil.copy(document.findAnnotationSet("annotator-minh"));
		DocumentCuration curation = DocumentCuration.of(document, TWO);

		CurationActions.StrategyRun run = CurationActions.applyStrategy(curation, CurationStrategy.UNANIMOUS, "thu",
				NOW, false);

		assertEquals(new CurationActions.StrategyRun(4, 0, 0, 5, List.of()), run);
		assertEquals(List.of("COUNTRY 0-10", "COUNTRY 122-132", "DATE 69-78", "PERSON 133-146"), accepted(document));
		EntityMention wang = document.findAnnotationSet("gold").getEntityMentions().stream()
				.filter(m -> m.getStart() == 133).findFirst().orElseThrow();
		assertEquals("vuong-van-dao", wang.getActor().getId());
		CurationProvenance provenance = (CurationProvenance) wang.getProvenance();
		assertEquals("thu", provenance.getCurator());
		assertEquals(NOW, provenance.getTime());
		assertEquals(CurationDecision.UNANIMOUS, provenance.getDecision());
		assertEquals(TWO, provenance.getAgreedBy());
		assertEquals(5, curation.open(CurationStrategy.UNANIMOUS).size());
		assertEquals(CurationStatus.IN_PROGRESS, DocumentCuration.status(document));
		assertTrue(EcoreUtil.equals(lanBefore, document.findAnnotationSet("annotator-lan")));
		assertTrue(EcoreUtil.equals(minhBefore, document.findAnnotationSet("annotator-minh")));
	}

	@Test
	void withTwoAnnotatorsMajorityLeavesEveryDisagreementAsATie() {
		Document document = document(CurationFixture.corpus(false));
		DocumentCuration curation = DocumentCuration.of(document, TWO);
		for (CurationItem item : curation.disagreements()) {
			assertNull(curation.resolve(item, CurationStrategy.MAJORITY), item.toString());
		}
		assertEquals(5, CurationActions.applyStrategy(curation, CurationStrategy.MAJORITY, "thu", NOW, false).open());
	}

	@Test
	void threeAnnotatorsMajorityTakesMajoritiesRejectsMinoritiesAndBuildsTheEventOnGold() {
		Document document = document(CurationFixture.corpus(true));
		DocumentCuration curation = DocumentCuration.of(document, THREE);
		assertEquals(List.of("E 0-10 agreement", "E 14-16 [VALUE]", "E 69-78 agreement", "E 91-99 [TYPE]",
				"E 101-132 [BOUNDARY]", "E 122-132 agreement", "E 133-146 agreement", "V 158-165 [ARGUMENTS]",
				"E 194-207 [MISSING]"), outline(curation));

		CurationActions.StrategyRun run = CurationActions.applyStrategy(curation, CurationStrategy.MAJORITY, "thu",
				NOW, false);

		assertEquals(new CurationActions.StrategyRun(9, 0, 0, 0, List.of()), run);
		assertEquals(List.of("COUNTRY 0-10", "COUNTRY 122-132", "COUNTRY 14-16", "DATE 69-78", "LOCATION 91-99",
				"MEET 158-165", "PERSON 133-146", "PERSON 194-207", "TITLE 101-132"), accepted(document));
		assertEquals(List.of("ORGANIZATION 91-99", "TITLE 101-121"), gold(document, MentionStatus.REJECTED));
		AnnotationSet gold = document.findAnnotationSet("gold");
		EntityMention usa = gold.getEntityMentions().stream().filter(m -> m.getStart() == 14).findFirst().orElseThrow();
		assertEquals("USA", usa.getCountryCode());
		EntityMention organization = gold.getEntityMentions().stream()
				.filter(m -> m.getStatus() == MentionStatus.REJECTED && m.getStart() == 91).findFirst().orElseThrow();
		assertEquals(List.of("minh"), ((CurationProvenance) organization.getProvenance()).getAgreedBy());
		assertEquals(CurationDecision.MAJORITY, ((CurationProvenance) organization.getProvenance()).getDecision());
		EventMention meeting = gold.getEventMentions().get(0);
		assertEquals(List.of("hoa", "lan"), ((CurationProvenance) meeting.getProvenance()).getAgreedBy());
		assertEquals(3, meeting.getArguments().size());
		meeting.getArguments().forEach(a -> {
			assertTrue(a.getEntity().getAnnotationSet() == gold, a.getRole() + " points into gold");
			assertEquals(MentionStatus.ACCEPTED, a.getEntity().getStatus());
		});
		assertTrue(CurationActions.allDecided(curation));
		CurationActions.setCurated(curation, true);
		assertEquals(CurationStatus.CURATED, DocumentCuration.status(document));
	}

	@Test
	void unanimousWithThreeAnnotatorsLeavesWhatOneOfThemDidNotMark() {
		Document document = document(CurationFixture.corpus(true));
		DocumentCuration curation = DocumentCuration.of(document, THREE);
		CurationActions.StrategyRun run = CurationActions.applyStrategy(curation, CurationStrategy.UNANIMOUS, "thu",
				NOW, false);
		assertEquals(4, run.decided());
		assertEquals(5, run.open());
		assertThrows(IllegalStateException.class, () -> CurationActions.setCurated(curation, true));
		assertEquals(CurationStatus.IN_PROGRESS, DocumentCuration.status(document));
	}

	@Test
	void anEventWhoseArgumentEntityIsNotInGoldStaysOpenUnderAStrategy() {
		Document document = document(CurationFixture.corpus(true));
		DocumentCuration curation = DocumentCuration.of(document, THREE);
		// The curator rejects "Gina Raimondo", the counterpart lan and hoa gave the meeting.
		CurationActions.reject(curation, itemAt(curation, CurationFixture.RAIMONDO), "thu", NOW);
		CurationActions.StrategyRun run = CurationActions.applyStrategy(curation, CurationStrategy.MAJORITY, "thu",
				NOW, false);
		assertEquals(1, run.open());
		assertEquals(List.of("000_bf9587ca5d7394a3 [158,165): the event stays open, its argument "
				+ "counterpart=PERSON \"Gina Raimondo\" is not accepted in gold"), run.notes());
		// Taking lan's version by hand leaves the rejected counterpart out and says so.
		List<String> notes = CurationActions.take(curation, itemAt(curation, CurationFixture.MEET),
				itemAt(curation, CurationFixture.MEET).versionOf("lan"), "thu", NOW);
		assertEquals(List.of("argument counterpart left out: PERSON \"Gina Raimondo\" was rejected"), notes);
		assertEquals(2, document.findAnnotationSet("gold").getEventMentions().get(0).getArguments().size());
	}

	@Test
	void takingAVersionRejectsTheOthersAndTakesTheArgumentEntitiesAlong() {
		Document document = document(CurationFixture.corpus(false));
		DocumentCuration curation = DocumentCuration.of(document, TWO);
		CurationItem meet = itemAt(curation, CurationFixture.MEET);
		List<String> notes = CurationActions.take(curation, meet, meet.versionOf("minh"), "thu", NOW);
		// minh's place is "Bắc Kinh" as ORGANIZATION: taken into gold with the event, which decides that reading.
		assertEquals(List.of("took ORGANIZATION \"Bắc Kinh\" from minh as argument place",
				"took PERSON \"Vương Văn Đào\" from minh as argument participant"), notes.stream().sorted().toList());
		assertTrue(curation.isDecided(meet));
		CurationItem type = itemAt(curation, CurationFixture.BAC_KINH);
		assertFalse(curation.isDecided(type), "lan's LOCATION reading is not decided yet");
		assertTrue(curation.hasDecision(type));

		CurationActions.take(curation, type, type.versionOf("lan"), "thu", NOW);
		assertTrue(curation.isDecided(type));
		assertEquals(List.of("LOCATION 91-99", "MEET 158-165", "PERSON 133-146"), accepted(document));
		// Re-deciding the place removed the ORGANIZATION argument with the gold mention.
		assertEquals(List.of("participant"), document.findAnnotationSet("gold").getEventMentions().get(0)
				.getArguments().stream().map(a -> a.getRole()).toList());
		Mention taken = curation.acceptedGold("E|91|99|LOCATION");
		assertEquals(CurationDecision.TAKEN, ((CurationProvenance) taken.getProvenance()).getDecision());
		assertEquals(List.of("lan"), ((CurationProvenance) taken.getProvenance()).getAgreedBy());
	}

	@Test
	void editingPutsTheCuratorsReadingInGoldAndRejectsTheAnnotatorsOnes() {
		Document document = document(CurationFixture.corpus(false));
		DocumentCuration curation = DocumentCuration.of(document, TWO);
		CurationItem boundary = itemAt(curation, CurationFixture.TITLE);
		// "Bộ trưởng Thương mại Trung Quốc Vương Văn Đào" as one PERSON: no annotator's reading.
		Mention edited = CurationActions.edit(curation, boundary, 101, 146, DefaultSchema.PERSON, "thu", NOW);
		assertEquals(CurationDecision.EDITED, ((CurationProvenance) edited.getProvenance()).getDecision());
		assertEquals(List.of(), ((CurationProvenance) edited.getProvenance()).getAgreedBy());
		assertTrue(curation.isDecided(boundary));
		assertEquals(List.of("TITLE 101-121", "TITLE 101-132"), gold(document, MentionStatus.REJECTED));
		assertEquals(3, curation.goldOf(boundary).size());
		assertThrows(IllegalArgumentException.class,
				() -> CurationActions.edit(curation, boundary, 101, 146, "VENUE", "thu", NOW));
		CurationActions.reopen(curation, boundary);
		assertFalse(curation.hasDecision(boundary));
		assertEquals(List.of(), gold(document, MentionStatus.REJECTED));
	}

	@Test
	void decisionsAreKeptAcrossRunsAndReplacedOnlyWhenAsked() throws IOException {
		Corpus corpus = CurationFixture.corpus(true);
		DocumentCuration curation = DocumentCuration.of(document(corpus), THREE);
		CurationItem type = itemAt(curation, CurationFixture.BAC_KINH);
		CurationActions.take(curation, type, type.versionOf("minh"), "thu", NOW);
		CorpusStore store = new CorpusStore();
		store.save(corpus, folder);

		Document reloaded = document(store.load(folder));
		DocumentCuration again = DocumentCuration.of(reloaded, THREE);
		assertTrue(again.isDecided(itemAt(again, CurationFixture.BAC_KINH)));
		CurationActions.StrategyRun run = CurationActions.applyStrategy(again, CurationStrategy.MAJORITY, "auto", NOW,
				false);
		// The meeting's majority version has "Bắc Kinh" as LOCATION for place, which the curator did not take.
		assertEquals(new CurationActions.StrategyRun(7, 1, 0, 1, run.notes()), run);
		assertNotNull(again.acceptedGold("E|91|99|ORGANIZATION"), "the curator's choice stays");
		assertNull(again.acceptedGold("E|91|99|LOCATION"));

		CurationActions.StrategyRun replaced = CurationActions.applyStrategy(again, CurationStrategy.MAJORITY, "auto",
				NOW, true);
		assertEquals(new CurationActions.StrategyRun(1, 0, 8, 0, List.of()), replaced);
		assertNotNull(again.acceptedGold("E|91|99|LOCATION"));
		assertNull(again.acceptedGold("E|91|99|ORGANIZATION"));
	}

	@Test
	void aReadingAddedAfterTheDecisionOpensTheItemAgain() {
		Document document = document(CurationFixture.corpus(false));
		DocumentCuration curation = DocumentCuration.of(document, TWO);
		CurationItem missing = itemAt(curation, CurationFixture.RAIMONDO);
		CurationActions.take(curation, missing, missing.versionOf("lan"), "thu", NOW);
		assertTrue(curation.isDecided(missing));
		EntityMention minhsPerson = document.findAnnotationSet("annotator-minh").addEntityMention(194, 201,
				document.getCorpus().getSchema().findEntityType(DefaultSchema.PERSON));
		minhsPerson.setStatus(MentionStatus.ACCEPTED);
		DocumentCuration again = DocumentCuration.of(document, TWO);
		CurationItem boundary = itemAt(again, CurationFixture.RAIMONDO);
		assertEquals(Set.of(DisagreementKind.BOUNDARY), boundary.disagreements());
		assertTrue(again.hasDecision(boundary));
		assertFalse(again.isDecided(boundary));
	}

	@Test
	void allReviewedDecidesNothingByItself() {
		Document document = document(CurationFixture.corpus(true));
		DocumentCuration curation = DocumentCuration.of(document, THREE);
		CurationActions.StrategyRun run = CurationActions.applyStrategy(curation, CurationStrategy.ALL_REVIEWED, "thu",
				NOW, false);
		assertEquals(9, run.open());
		assertNull(document.findAnnotationSet("gold"));
		assertEquals(CurationStatus.NOT_STARTED, DocumentCuration.status(document));
		assertEquals(curation.items(), curation.open(CurationStrategy.ALL_REVIEWED));
	}

	@Test
	void curationNeedsTheSetsOfEveryNamedAnnotator() {
		Document document = document(CurationFixture.corpus(false));
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> DocumentCuration.of(document, List.of("lan", "hoa", "tuan")));
		assertEquals("Document 000_bf9587ca5d7394a3 has no annotation set of hoa, tuan", error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> DocumentCuration.of(document, List.of("lan")));
		assertEquals(CurationStrategy.MAJORITY, CurationStrategy.parse("Majority"));
		assertEquals("all-reviewed", CurationStrategy.ALL_REVIEWED.label());
		assertThrows(IllegalArgumentException.class, () -> CurationStrategy.parse("most"));
	}

	@Test
	void defaultAnnotatorsAreThoseWhoMarkedItDone() {
		Document document = document(CurationFixture.corpus(true));
		assertEquals(List.of("hoa", "lan", "minh"), DocumentCuration.defaultAnnotators(document));
		assertFalse(DocumentCuration.needsCuration(document));
		document.findAnnotationSet("annotator-lan").setDone(true);
		document.findAnnotationSet("annotator-hoa").setDone(true);
		assertEquals(List.of("hoa", "lan"), DocumentCuration.defaultAnnotators(document));
		assertTrue(DocumentCuration.needsCuration(document));
	}
}
