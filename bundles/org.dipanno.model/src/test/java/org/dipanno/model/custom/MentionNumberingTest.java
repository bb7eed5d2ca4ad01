package org.dipanno.model.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.impl.EntityMentionImpl;
import org.junit.jupiter.api.Test;

class MentionNumberingTest {

	/** A mention that counts how often its id is read. */
	private static final class CountedMention extends EntityMentionImpl {
		static long reads;

		@Override
		public String getId() {
			reads++;
			return super.getId();
		}
	}

	private static AnnotationSet rulesSet() {
		DipannoModel.init();
		AnnotationSet set = ModelFactory.eINSTANCE.createAnnotationSet();
		set.setId("rules");
		set.setKind(AnnotationSetKind.RULES);
		return set;
	}

	@Test
	void addingProposalsReadsEachExistingIdAboutOnceNotOncePerAdd() {
		AnnotationSet set = rulesSet();
		EntityType type = ModelFactory.eINSTANCE.createEntityType();
		type.setName("PERSON");
		for (int i = 1; i <= 2000; i++) {
			CountedMention mention = new CountedMention();
			mention.setId("rules.e" + i);
			set.getEntityMentions().add(mention);
		}
		CountedMention.reads = 0;
		for (int i = 0; i < 2000; i++) {
			AnnotationSetOperations.addEntityMention(set, i, i + 1, type);
		}
		// Quadratic numbering read 2000 ids on each of the 2000 adds (4 million reads).
		assertTrue(CountedMention.reads < 10_000, CountedMention.reads + " id reads");
		assertEquals("rules.e4000", set.getEntityMentions().get(3999).getId());
	}

	@Test
	void idsStayUniqueAfterDeletionsAndRestores() {
		AnnotationSet set = rulesSet();
		EntityType type = ModelFactory.eINSTANCE.createEntityType();
		for (int i = 0; i < 10; i++) {
			AnnotationSetOperations.addEntityMention(set, i, i + 1, type);
		}
		EntityMention last = set.getEntityMentions().remove(9);
		AnnotationSetOperations.addEntityMention(set, 20, 21, type);
		set.getEntityMentions().remove(9);
		set.getEntityMentions().add(last);
		EntityMention restoredFirst = set.getEntityMentions().remove(0);
		set.getEntityMentions().add(3, restoredFirst);
		AnnotationSetOperations.addEntityMention(set, 30, 31, type);
		Set<String> ids = new HashSet<>();
		for (EntityMention mention : set.getEntityMentions()) {
			assertTrue(ids.add(mention.getId()), "duplicate " + mention.getId());
		}
		EntityMention hand = ModelFactory.eINSTANCE.createEntityMention();
		hand.setId("rules.e50");
		set.getEntityMentions().add(hand);
		assertEquals("rules.e51", AnnotationSetOperations.addEntityMention(set, 40, 41, type).getId());
	}
}
