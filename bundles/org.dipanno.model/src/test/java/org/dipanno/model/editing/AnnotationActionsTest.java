package org.dipanno.model.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.ManualProvenance;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.RuleProvenance;
import org.dipanno.model.SampleCorpus;
import org.dipanno.model.schema.DefaultSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnotationActionsTest {

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	private Corpus corpus;
	private Document document;
	private AnnotationSet mine;

	@BeforeEach
	void setUp() {
		corpus = SampleCorpus.create();
		document = corpus.getDocuments().get(0);
		mine = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "mai");
	}

	@Test
	void labelMakesAnAcceptedMentionWithTheAnnotatorsProvenance() {
		EntityMention wang = AnnotationActions.label(mine, 133, 146, type("PERSON"), "mai", NOW);
		assertEquals("Vương Văn Đào", wang.getText());
		assertEquals(MentionStatus.ACCEPTED, wang.getStatus());
		ManualProvenance provenance = (ManualProvenance) wang.getProvenance();
		assertEquals("mai", provenance.getAnnotator());
		assertEquals(NOW, provenance.getTime());
	}

	@Test
	void labellingTheSameSpanAgainChangesTheTypeInsteadOfDuplicating() {
		AnnotationActions.label(mine, 133, 146, type("ORGANIZATION"), "mai", NOW);
		EntityMention again = AnnotationActions.label(mine, 133, 146, type("PERSON"), "mai", NOW);
		assertEquals(1, mine.getEntityMentions().size());
		assertEquals("PERSON", again.getType().getName());
	}

	@Test
	void emptyOrOverlongSpansAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> AnnotationActions.label(mine, 5, 5, type("PERSON"), "mai", NOW));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> AnnotationActions.label(mine, 200, 900, type("PERSON"), "mai", NOW));
		assertTrue(e.getMessage().contains("ends after the text"), e.getMessage());
	}

	@Test
	void eventArgumentsFollowTheSchema() {
		EntityMention wang = AnnotationActions.label(mine, 133, 146, type("PERSON"), "mai", NOW);
		EntityMention date = AnnotationActions.label(mine, 69, 78, type("DATE"), "mai", NOW);
		EventMention meeting = AnnotationActions.createEvent(mine, 158, 165, corpus.getSchema().findEventType("MEET"),
				"mai", NOW);
		assertEquals("hội đàm", meeting.getText());
		assertEquals(List.of("participant", "counterpart"),
				AnnotationActions.allowedRoles(meeting, wang).stream().map(r -> r.getName()).toList());
		AnnotationActions.addArgument(meeting, "participant", wang);
		IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
				() -> AnnotationActions.addArgument(meeting, "participant", date));
		assertEquals("The participant of MEET cannot be a DATE (\"Ngày 28/8\")", wrongType.getMessage());
		IllegalArgumentException unknownRole = assertThrows(IllegalArgumentException.class,
				() -> AnnotationActions.addArgument(meeting, "venue", wang));
		assertEquals("MEET has no role \"venue\"", unknownRole.getMessage());
		assertEquals(1, meeting.getArguments().size());
		IllegalArgumentException secondRole = assertThrows(IllegalArgumentException.class,
				() -> AnnotationActions.addArgument(meeting, "counterpart", wang));
		assertEquals("\"Vương Văn Đào\" is already the participant of this MEET; change its role instead",
				secondRole.getMessage());
		assertEquals(1, meeting.getArguments().size());
	}

	@Test
	void deletingAnEntityRemovesTheArgumentsThatPointedToIt() {
		EntityMention wang = AnnotationActions.label(mine, 133, 146, type("PERSON"), "mai", NOW);
		EventMention meeting = AnnotationActions.createEvent(mine, 158, 165, corpus.getSchema().findEventType("MEET"),
				"mai", NOW);
		AnnotationActions.addArgument(meeting, "participant", wang);
		AnnotationActions.delete(wang);
		assertTrue(mine.getEntityMentions().isEmpty());
		assertTrue(meeting.getArguments().isEmpty());
	}

	@Test
	void acceptingAProposalCopiesItWithTheRuleProvenance() {
		AnnotationSet rules = document.findAnnotationSet("rules");
		EntityMention proposal = rules.getEntityMentions().get(0);
		assertTrue(AnnotationActions.isPending(proposal));
		EntityMention accepted = (EntityMention) AnnotationActions.accept(proposal, mine);
		assertEquals(MentionStatus.ACCEPTED, proposal.getStatus());
		assertFalse(AnnotationActions.isPending(proposal));
		assertEquals(proposal.getStart(), accepted.getStart());
		assertEquals("TitleBeforeName", ((RuleProvenance) accepted.getProvenance()).getRuleName());
		assertSame(accepted, AnnotationActions.accept(proposal, mine), "accepting twice adds nothing");
		assertEquals(1, mine.getEntityMentions().size());
	}

	@Test
	void rejectingAProposalKeepsItMarkedRejected() {
		EntityMention proposal = document.findAnnotationSet("rules").getEntityMentions().get(0);
		AnnotationActions.reject(proposal);
		assertEquals(MentionStatus.REJECTED, proposal.getStatus());
		assertTrue(mine.getEntityMentions().isEmpty());
	}

	@Test
	void resizeMovesBoundaries() {
		EntityMention mention = AnnotationActions.label(mine, 133, 142, type("PERSON"), "mai", NOW);
		AnnotationActions.resize(mention, 133, 146);
		assertEquals("Vương Văn Đào", mention.getText());
		assertThrows(IllegalArgumentException.class, () -> AnnotationActions.resize(mention, 146, 133));
	}

	private org.dipanno.model.EntityType type(String name) {
		return corpus.getSchema().findEntityType(name);
	}
}
