package org.dipanno.export;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The export-side view of one annotated document: what every exporter,
 * agreement measure and the curation work on. It holds plain offsets on the
 * stored text, so it can be built from the EMF model, from brat files or by
 * tests without either.
 *
 * @param zones          article zones; a document without zones counts as one BODY zone
 * @param sentences      sentence spans in text order
 * @param syllableTokens syllable tokens in text order
 * @param words          word-segmented tokens in text order (a word may span several syllables)
 * @param entities       the entity mentions of the chosen annotation set
 * @param events         the event mentions of the chosen annotation set
 */
public record ExportDocument(String id, String text, List<ExportZone> zones, List<Span> sentences,
		List<Span> syllableTokens, List<Span> words, List<EntitySpan> entities, List<EventSpan> events) {

	public ExportDocument {
		Objects.requireNonNull(id, "document id");
		Objects.requireNonNull(text, "text of document " + id);
		zones = List.copyOf(zones);
		sentences = List.copyOf(sentences);
		syllableTokens = List.copyOf(syllableTokens);
		words = List.copyOf(words);
		entities = List.copyOf(entities);
		events = List.copyOf(events);
		int length = text.length();
		for (ExportZone zone : zones) {
			requireInText(id, "zone " + zone.kind(), zone.start(), zone.end(), length);
		}
		for (Span sentence : sentences) {
			requireInText(id, "sentence", sentence.start(), sentence.end(), length);
		}
		for (Span token : syllableTokens) {
			requireInText(id, "syllable token", token.start(), token.end(), length);
		}
		for (Span word : words) {
			requireInText(id, "word", word.start(), word.end(), length);
		}
		Set<String> entityIds = new HashSet<>();
		for (EntitySpan entity : entities) {
			requireInText(id, "entity " + entity.id(), entity.start(), entity.end(), length);
			if (!entityIds.add(entity.id())) {
				throw new IllegalArgumentException("Document " + id + ": entity id " + entity.id() + " is used twice");
			}
		}
		Set<String> eventIds = new HashSet<>();
		for (EventSpan event : events) {
			requireInText(id, "trigger of event " + event.id(), event.triggerStart(), event.triggerEnd(), length);
			if (!eventIds.add(event.id()) || entityIds.contains(event.id())) {
				throw new IllegalArgumentException("Document " + id + ": event id " + event.id() + " is used twice");
			}
			for (ExportEventArgument argument : event.arguments()) {
				if (!entityIds.contains(argument.entityId())) {
					throw new IllegalArgumentException("Document " + id + ": event " + event.id() + " argument "
							+ argument.role() + " refers to unknown entity " + argument.entityId());
				}
			}
		}
	}

	private static void requireInText(String documentId, String what, int start, int end, int length) {
		if (start < 0 || end < start || end > length) {
			throw new IllegalArgumentException("Document " + documentId + ": " + what + " [" + start + ", " + end
					+ ") lies outside the text (length " + length + ")");
		}
	}

	/** The zones, or a single BODY zone over the whole text when the document has none. */
	public List<ExportZone> zonesOrWholeBody() {
		return zones.isEmpty() ? List.of(new ExportZone("BODY", 0, text.length())) : zones;
	}

	public String coveredText(int start, int end) {
		return text.substring(start, end);
	}

	/** The same document with other annotations (e.g. another annotator's set). */
	public ExportDocument withAnnotations(List<EntitySpan> newEntities, List<EventSpan> newEvents) {
		return new ExportDocument(id, text, zones, sentences, syllableTokens, words, newEntities, newEvents);
	}
}
