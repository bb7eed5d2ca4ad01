package org.dipanno.model.custom;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

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

	/**
	 * Per set and id prefix: the highest number in use, how many mentions were read and the last one read. Mentions
	 * are added at the end, so each call reads only those added since the last one, and adding n proposals is linear
	 * in n. A list that became shorter, or whose last read mention moved (deletions, undo), is read again in full.
	 */
	private static final class Numbering {
		int highest;
		int read;
		WeakReference<Mention> lastRead = new WeakReference<>(null);
	}

	/** Weak keys: the numbering goes with its set (values hold no strong reference to the set or its mentions). */
	private static final Map<AnnotationSet, Map<String, Numbering>> NUMBERING = Collections
			.synchronizedMap(new WeakHashMap<>());

	/** setId.e1, setId.e2, ...: one more than the highest number in use in the set. */
	private static String nextId(AnnotationSet set, String letter, List<? extends Mention> mentions) {
		if (set.getId() == null) {
			throw new IllegalStateException("The annotation set has no id; mention ids are derived from it");
		}
		String prefix = set.getId() + "." + letter;
		Numbering numbering = NUMBERING.computeIfAbsent(set, s -> Collections.synchronizedMap(new HashMap<>()))
				.computeIfAbsent(prefix, p -> new Numbering());
		synchronized (numbering) {
			int size = mentions.size();
			if (size < numbering.read || numbering.read > 0 && mentions.get(numbering.read - 1) != numbering.lastRead.get()) {
				numbering.highest = 0;
				numbering.read = 0;
			}
			for (int i = numbering.read; i < size; i++) {
				numbering.highest = Math.max(numbering.highest, number(mentions.get(i).getId(), prefix));
			}
			numbering.read = size;
			numbering.lastRead = new WeakReference<>(size == 0 ? null : mentions.get(size - 1));
			return prefix + (numbering.highest + 1);
		}
	}

	private static int number(String id, String prefix) {
		if (id != null && id.startsWith(prefix)) {
			try {
				return Integer.parseInt(id.substring(prefix.length()));
			} catch (NumberFormatException notNumbered) {
				// an id chosen by hand (e.g. imported); it cannot collide with a numbered one
			}
		}
		return 0;
	}
}
