package org.dipanno.model.custom;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventType;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;

/** Behaviour of {@link AnnotationSet}; the generated operations delegate here. */
public final class AnnotationSetOperations {

	private AnnotationSetOperations() {
	}

	public static EntityMention addEntityMention(AnnotationSet set, int start, int end, EntityType type) {
		EntityMention mention = ModelFactory.eINSTANCE.createEntityMention();
		mention.setId(nextId(set, "e", set.getEntityMentions()));
		mention.setStart(start);
		mention.setEnd(end);
		mention.setType(type);
		mention.setStatus(MentionStatus.PROPOSED);
		set.getEntityMentions().add(mention);
		return mention;
	}

	public static EventMention addEventMention(AnnotationSet set, int start, int end, EventType type) {
		EventMention mention = ModelFactory.eINSTANCE.createEventMention();
		mention.setId(nextId(set, "v", set.getEventMentions()));
		mention.setStart(start);
		mention.setEnd(end);
		mention.setType(type);
		mention.setStatus(MentionStatus.PROPOSED);
		set.getEventMentions().add(mention);
		return mention;
	}

	/** setId.e1, setId.e2, ...: one more than the highest number in use in the set. */
	private static String nextId(AnnotationSet set, String letter, Iterable<? extends Mention> mentions) {
		if (set.getId() == null) {
			throw new IllegalStateException("The annotation set has no id; mention ids are derived from it");
		}
		String prefix = set.getId() + "." + letter;
		int highest = 0;
		for (Mention mention : mentions) {
			String id = mention.getId();
			if (id != null && id.startsWith(prefix)) {
				try {
					highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
				} catch (NumberFormatException notNumbered) {
					// an id chosen by hand (e.g. imported); it cannot collide with a numbered one
				}
			}
		}
		return prefix + (highest + 1);
	}
}
