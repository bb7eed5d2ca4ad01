package org.dipanno.model.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.SampleCorpus;
import org.junit.jupiter.api.Test;

class ArgumentActionsTest {

	private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

	@Test
	void anArgumentTakesAnotherAllowedRoleOrIsRemoved() {
		Document document = SampleCorpus.create().getDocuments().get(0);
		AnnotationSet mine = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "mai");
		var schema = document.getCorpus().getSchema();
		EntityMention person = AnnotationActions.label(mine, 133, 146, schema.findEntityType("PERSON"), "mai", NOW);
		EntityMention day = AnnotationActions.label(mine, 69, 78, schema.findEntityType("DATE"), "mai", NOW);
		EventMention meeting = AnnotationActions.createEvent(mine, 158, 165, schema.findEventType("MEET"), "mai", NOW);
		EventArgument argument = AnnotationActions.addArgument(meeting, "participant", person);
		AnnotationActions.addArgument(meeting, "time", day);

		ArgumentActions.changeRole(argument, "counterpart");
		assertEquals("counterpart", argument.getRole());
		IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
				() -> ArgumentActions.changeRole(argument, "time"));
		assertEquals("The time of MEET cannot be a PERSON (\"Vương Văn Đào\")", wrong.getMessage());
		assertEquals("MEET has no role \"venue\"",
				assertThrows(IllegalArgumentException.class, () -> ArgumentActions.changeRole(argument, "venue"))
						.getMessage());

		ArgumentActions.remove(argument);
		assertEquals(1, meeting.getArguments().size());
		assertTrue(mine.getEntityMentions().contains(person), "the entity stays");
	}
}
