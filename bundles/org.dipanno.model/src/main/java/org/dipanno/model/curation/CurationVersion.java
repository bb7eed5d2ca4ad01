package org.dipanno.model.curation;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;

/**
 * One reading of an item that one or more annotators share: an entity's span, type and normalized value, or an
 * event's type, trigger and arguments (each argument as role, span and type of its entity). Holds each of those
 * annotators' mentions, untouched.
 */
public final class CurationVersion {

	private final String key;
	private final SortedMap<String, Mention> byAnnotator = new TreeMap<>();

	CurationVersion(String key) {
		this.key = key;
	}

	void add(String annotator, Mention mention) {
		byAnnotator.putIfAbsent(annotator, mention);
	}

	/** What makes two mentions the same reading (see {@link #readingKey(Mention)}). */
	public String key() {
		return key;
	}

	public SortedSet<String> annotators() {
		return Collections.unmodifiableSortedSet(new TreeSet<>(byAnnotator.keySet()));
	}

	public int votes() {
		return byAnnotator.size();
	}

	/** The mention of the first annotator (by name) who has this reading. */
	public Mention mention() {
		return byAnnotator.get(byAnnotator.firstKey());
	}

	/** This annotator's mention of the reading, or null. */
	public Mention mention(String annotator) {
		return byAnnotator.get(annotator);
	}

	public int start() {
		return mention().getStart();
	}

	public int end() {
		return mention().getEnd();
	}

	public String typeName() {
		return typeName(mention());
	}

	/** Span and type: what a gold mention must have to decide this reading. */
	public String spanTypeKey() {
		return spanTypeKey(mention());
	}

	/** How the curator reads it: {@code PERSON "Vương Văn Đào" [133,146) = vuong-van-dao}, arguments for events. */
	public String describe() {
		Mention mention = mention();
		StringBuilder text = new StringBuilder(typeName()).append(" \"").append(mention.getText()).append("\" [")
				.append(start()).append(',').append(end()).append(')');
		if (mention instanceof EntityMention entity) {
			String value = normalizedValue(entity);
			if (value != null) {
				text.append(" = ").append(value);
			}
		} else if (mention instanceof EventMention event && !event.getArguments().isEmpty()) {
			text.append(" (");
			String separator = "";
			for (String argument : arguments(event)) {
				text.append(separator).append(argument);
				separator = ", ";
			}
			text.append(')');
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return annotators() + " " + describe();
	}

	// ---- keys ---------------------------------------------------------------------------------------------------

	static String typeName(Mention mention) {
		if (mention instanceof EntityMention entity) {
			return entity.getType() == null ? "?" : entity.getType().getName();
		}
		EventMention event = (EventMention) mention;
		return event.getType() == null ? "?" : event.getType().getName();
	}

	/** {@code E|start|end|TYPE} for entities, {@code V|start|end|TYPE} for events. */
	static String spanTypeKey(Mention mention) {
		return (mention instanceof EntityMention ? "E|" : "V|") + mention.getStart() + "|" + mention.getEnd() + "|"
				+ typeName(mention);
	}

	/** Span and type, plus the normalized value of an entity or the sorted arguments of an event. */
	static String readingKey(Mention mention) {
		if (mention instanceof EntityMention entity) {
			return spanTypeKey(mention) + "|" + normalizedValue(entity);
		}
		return spanTypeKey(mention) + "|" + arguments((EventMention) mention);
	}

	/** The actor id, else the country code, else the ISO date (as the export takes it), or null. */
	public static String normalizedValue(EntityMention entity) {
		if (entity.getActor() != null && entity.getActor().getId() != null) {
			return entity.getActor().getId();
		}
		if (entity.getCountryCode() != null) {
			return entity.getCountryCode();
		}
		return entity.getIsoDate();
	}

	/** {@code role=TYPE "text" [start,end)}, sorted. */
	static List<String> arguments(EventMention event) {
		List<String> arguments = new java.util.ArrayList<>();
		for (EventArgument argument : event.getArguments()) {
			EntityMention entity = argument.getEntity();
			arguments.add(entity == null ? argument.getRole() + "=?"
					: argument.getRole() + "=" + typeName(entity) + " \"" + entity.getText() + "\" [" + entity.getStart()
							+ "," + entity.getEnd() + ")");
		}
		Collections.sort(arguments);
		return arguments;
	}
}
