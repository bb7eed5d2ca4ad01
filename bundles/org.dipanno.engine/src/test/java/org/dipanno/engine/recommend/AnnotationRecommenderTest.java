package org.dipanno.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.RecommenderProvenance;
import org.dipanno.model.RuleProvenance;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.imports.ArticleImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recommender on small articles: what it learns, where it proposes, with which confidence, and what it leaves. */
class AnnotationRecommenderTest {

	private Corpus corpus;
	private Document first;
	private Document second;
	private final AnnotationRecommender recommender = new AnnotationRecommender(0.5);

	@BeforeEach
	void articles() throws Exception {
		corpus = Corpora.create("test", "test");
		first = article("first", "Tin quốc tế\n\nNgoại trưởng Nga gặp người đồng cấp Trung Quốc tại Hà Nội. "
				+ "Nga và Trung Quốc ký thỏa thuận.\n");
		second = article("second", "Tin thế giới\n\nCung điện nguy nga ở Hòa Bình. Tổng thống Nga thăm Trung quốc. "
				+ "Đoàn đến Hoà Bình hôm qua.\n");
	}

	private Document article(String name, String text) throws Exception {
		return ArticleImporter.importArticle(corpus, text.getBytes(StandardCharsets.UTF_8), name + ".txt");
	}

	private EntityMention gold(Document document, String surface, int occurrence, String type) {
		int start = nth(document, surface, occurrence);
		return AnnotationActions.label(document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null), start,
				start + surface.length(), corpus.getSchema().findEntityType(type), "lan", Instant.EPOCH);
	}

	private static int nth(Document document, String surface, int occurrence) {
		int at = -1;
		for (int i = 0; i <= occurrence; i++) {
			at = document.getText().indexOf(surface, at + 1);
		}
		assertTrue(at >= 0, surface + " #" + occurrence + " in " + document.getId());
		return at;
	}

	private static List<String> texts(Document document, List<AnnotationRecommender.Recommendation> found) {
		return found.stream().map(r -> document.getText().substring(r.start(), r.end()) + "@" + r.start() + "/"
				+ r.type()).toList();
	}

	private List<AnnotationRecommender.Recommendation> recommend(Document document, LearnedSurfaces learned) {
		return recommender.recommend(document, learned,
				document.getAnnotationSets().stream().filter(LearningSource.GOLD::teaches).toList());
	}

	@Test
	void theSameSurfaceElsewhereIsProposedWithItsTypeFoldedAsTheEngineFolds() {
		gold(first, "Trung Quốc", 0, "COUNTRY");
		gold(first, "Hà Nội", 0, "LOCATION");
		LearnedSurfaces learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		assertEquals(2, learned.mentionsLearned());
		// Not over the gold mention it learned from; "Trung quốc" (case) is the same surface.
		assertEquals(List.of("Trung Quốc@" + nth(first, "Trung Quốc", 1) + "/COUNTRY"), texts(first, recommend(first, learned)));
		assertEquals(List.of("Trung quốc@" + nth(second, "Trung quốc", 0) + "/COUNTRY"),
				texts(second, recommend(second, learned)));
		assertEquals(1.0, recommend(second, learned).get(0).confidence());
	}

	@Test
	void tonePlacementDoesNotMatterAndTheLongestSurfaceWins() throws Exception {
		gold(second, "Hòa Bình", 0, "LOCATION");
		Document third = article("third", "Tin\n\nTỉnh Hoà Bình và Hòa đều đẹp.\n");
		AnnotationSet gold = third.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null);
		AnnotationActions.label(gold, nth(third, "Hòa", 0), nth(third, "Hòa", 0) + 3,
				corpus.getSchema().findEntityType("PERSON"), "lan", Instant.EPOCH);
		LearnedSurfaces learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		assertEquals(List.of("Hoà Bình@" + nth(second, "Hoà Bình", 0) + "/LOCATION"),
				texts(second, recommend(second, learned)));
		assertEquals(List.of("Hoà Bình@" + nth(third, "Hoà Bình", 0) + "/LOCATION"), texts(third, recommend(third, learned)));
	}

	@Test
	void aSurfaceAlwaysWrittenWithACapitalIsNotProposedInLowerCase() {
		gold(first, "Nga", 0, "COUNTRY");
		LearnedSurfaces learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		assertEquals(List.of("Nga@" + nth(second, "Nga", 0) + "/COUNTRY"), texts(second, recommend(second, learned)));
	}

	@Test
	void confidenceComesFromAcceptancesAndRejectionsAndRejectedSurfacesAreNotProposedAgain() {
		gold(first, "Nga", 0, "COUNTRY");
		EntityMention rejected = reject(second, "Nga", "COUNTRY");
		LearnedSurfaces learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		assertEquals(1, learned.mentionsRejected());
		assertEquals(List.of(), recommend(first, learned), "accepted once, rejected once: not proposed");

		gold(first, "Nga", 1, "COUNTRY");
		learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		LearnedSurfaces.Judgement judgement = learned.surface("nga").orElseThrow().judgement().orElseThrow();
		assertEquals(2.0 / 3, judgement.confidence(), 1e-9);
		assertEquals(2, judgement.accepted());
		assertEquals(1, judgement.rejected());
		// Where it was rejected it is not proposed again, even with a higher confidence elsewhere.
		AnnotationRecommender.DocumentReport report = recommender.propose(second, learned, LearningSource.GOLD);
		assertEquals(0, report.proposed());
		assertEquals(1, report.skippedAsDecided());
		assertEquals(MentionStatus.REJECTED, rejected.getStatus());

		// A type accepted elsewhere lowers the confidence of the surface's main type.
		gold(second, "Nga", 0, "PERSON");
		learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		assertEquals(2.0 / 4, learned.surface("nga").orElseThrow().judgement().orElseThrow().confidence(), 1e-9);
		assertEquals(List.of(), new AnnotationRecommender(0.6).recommend(second, learned, List.of()));
	}

	private EntityMention reject(Document document, String surface, String type) {
		int start = nth(document, surface, 0);
		EntityMention proposal = document.getOrCreateAnnotationSet(AnnotationSetKind.RULES, null).addEntityMention(start,
				start + surface.length(), corpus.getSchema().findEntityType(type));
		RuleProvenance provenance = ModelFactory.eINSTANCE.createRuleProvenance();
		provenance.setRuleName("CountryName");
		proposal.setProvenance(provenance);
		AnnotationActions.reject(proposal);
		return proposal;
	}

	@Test
	void proposalsGoToTheRulesSetWithTheirProvenanceAndReplaceOnlyTheRecommendersPendingOnes() {
		gold(first, "Trung Quốc", 0, "COUNTRY");
		LearnedSurfaces learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		AnnotationRecommender.DocumentReport report = recommender.propose(second, learned, LearningSource.GOLD);
		assertEquals(1, report.proposed());
		AnnotationSet rules = second.findAnnotationSet("rules");
		EntityMention proposal = rules.getEntityMentions().get(0);
		assertEquals("Trung quốc", proposal.getText());
		assertEquals(MentionStatus.PROPOSED, proposal.getStatus());
		RecommenderProvenance provenance = assertInstanceOf(RecommenderProvenance.class, proposal.getProvenance());
		assertEquals("gold", provenance.getLearnedFrom());
		assertEquals(1.0, provenance.getConfidence());
		assertEquals(1, provenance.getAccepted());

		// Accepting it copies it into gold; a second run neither duplicates it nor proposes it again.
		AnnotationActions.accept(proposal, second.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null));
		learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		assertEquals(2, learned.mentionsLearned());
		report = recommender.propose(second, learned, LearningSource.GOLD);
		assertEquals(0, report.proposed());
		assertEquals(1, rules.getEntityMentions().size());

		// A pending rule proposal of the same span and type stays and is not doubled; pending recommender ones are replaced.
		EntityMention ruleProposal = reject(first, "Nga", "COUNTRY");
		ruleProposal.setStatus(MentionStatus.PROPOSED);
		gold(second, "Nga", 0, "COUNTRY");
		learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		AnnotationRecommender.DocumentReport again = recommender.propose(first, learned, LearningSource.GOLD);
		assertEquals(2, again.proposed(), "the second Nga and Trung Quốc");
		assertEquals(1, again.skippedAsDecided(), "the first Nga, a pending rule proposal");
		assertEquals(2, recommender.propose(first, learned, LearningSource.GOLD).proposed());
		assertEquals(3, first.findAnnotationSet("rules").getEntityMentions().size());
		assertEquals(MentionStatus.PROPOSED, ruleProposal.getStatus());
		assertInstanceOf(RuleProvenance.class, first.findAnnotationSet("rules").getEntityMentions().get(0).getProvenance());
	}

	@Test
	void learnsOnlyFromTheChosenSet() {
		gold(first, "Trung Quốc", 0, "COUNTRY");
		AnnotationActions.label(first.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "mai"), nth(first, "Nga", 0),
				nth(first, "Nga", 0) + 3, corpus.getSchema().findEntityType("COUNTRY"), "mai", Instant.EPOCH);
		assertEquals(1, recommender.learn(corpus.getDocuments(), LearningSource.GOLD).mentionsLearned());
		assertEquals(1, recommender.learn(corpus.getDocuments(), LearningSource.parse("annotator:mai")).mentionsLearned());
		assertEquals(0, recommender.learn(corpus.getDocuments(), LearningSource.parse("annotator:lan")).mentionsLearned());
		assertEquals(2, recommender.learn(corpus.getDocuments(), LearningSource.ALL).mentionsLearned());
		assertThrows(IllegalArgumentException.class, () -> LearningSource.parse("rules"));
		assertThrows(IllegalArgumentException.class, () -> new AnnotationRecommender(1.5));
	}

	@Test
	void aMentionThatCutsASyllableIsCountedNotLearned() {
		int start = nth(first, "Trung Quốc", 0);
		first.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null).addEntityMention(start, start + 7,
				corpus.getSchema().findEntityType("COUNTRY")).setStatus(MentionStatus.ACCEPTED);
		LearnedSurfaces learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		assertEquals(0, learned.mentionsLearned());
		assertEquals(1, learned.mentionsOffTokens());
	}

	@Test
	void theEvaluationLearnsFromOnePartAndScoresTheOtherExactly() {
		// printf first | sha256sum: a7937b64..., 0xa7937b64 % 100 = 52; second: 16367aac..., % 100 = 0
		assertTrue(RecommenderEvaluation.inLearningPart("second", 50));
		assertTrue(!RecommenderEvaluation.inLearningPart("first", 50));
		gold(second, "Nga", 0, "COUNTRY");
		gold(second, "Trung quốc", 0, "COUNTRY");
		gold(first, "Nga", 0, "COUNTRY");
		gold(first, "Trung Quốc", 0, "COUNTRY");
		gold(first, "Nga", 1, "PERSON");
		gold(first, "Hà Nội", 0, "LOCATION");
		RecommenderEvaluation.Result result = RecommenderEvaluation.evaluate(corpus.getDocuments(), LearningSource.GOLD,
				recommender, 50);
		assertEquals(1, result.learnedFrom());
		assertEquals(1, result.heldOut());
		assertEquals(2, result.mentionsLearned());
		assertEquals(new RecommenderEvaluation.Score(2, 4, 2), result.perType().get("COUNTRY"));
		assertEquals(new RecommenderEvaluation.Score(0, 0, 1), result.perType().get("PERSON"));
		assertEquals(new RecommenderEvaluation.Score(2, 4, 4), result.total());
		assertEquals(0.5, result.total().precision());
		assertEquals(0.5, result.total().f1());
		assertEquals(4, first.findAnnotationSet("gold").getEntityMentions().size(), "the evaluation changes nothing");
		assertEquals(null, first.findAnnotationSet("rules"));
	}

	@Test
	void aProposalNeitherCutsAWordNorLiesInsideALongerName() throws Exception {
		Document third = article("third", "Tin\n\nÔng Ngọc nói với Ủy ban Trung ương rằng bà Vũ Ngọc Nhạ và anh Trung đã đến.\n");
		gold(third, "Ngọc", 0, "PERSON");
		gold(first, "Trung Quốc", 0, "COUNTRY");
		AnnotationSet gold = third.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null);
		int trung = third.getText().indexOf("Trung đã");
		AnnotationActions.label(gold, trung, trung + 5, corpus.getSchema().findEntityType("PERSON"), "lan", Instant.EPOCH);
		LearnedSurfaces learned = recommender.learn(corpus.getDocuments(), LearningSource.GOLD);
		Document fourth = article("fourth", "Tin\n\nBà Vũ Ngọc Nhạ gặp ông Ngọc và Ban Trung ương ở Trung Quốc.\n");
		assertEquals(List.of("Ngọc@" + nth(fourth, "Ngọc", 1) + "/PERSON", "Trung Quốc@" + nth(fourth, "Trung Quốc", 0)
				+ "/COUNTRY"), texts(fourth, recommend(fourth, learned)));
	}
}
