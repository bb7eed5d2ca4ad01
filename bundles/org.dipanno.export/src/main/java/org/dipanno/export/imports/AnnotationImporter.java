package org.dipanno.export.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.model.ModelExportAdapter;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventMention;
import org.dipanno.model.EventType;
import org.dipanno.model.ImportedProvenance;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.text.NormalizedText;
import org.dipanno.text.TextNormalizer;

/**
 * Puts annotations read from an outside format into an annotation set (gold or an annotator's) of the corpus's
 * documents. Each document is checked whole before anything of it is added: it must be in the corpus, its text must be
 * the document's text once normalized as {@code import} normalizes articles (offsets are then mapped onto the stored
 * text), every span must lie inside the text, and every type and role must be in the corpus's schema (after the type
 * map). A document that fails any check is reported and left as it was; the others are imported.
 */
public final class AnnotationImporter {

	/** Where the annotations go and how types are renamed on the way. */
	public record Options(AnnotationSetKind kind, String annotator, Map<String, String> typeMap, boolean replace) {

		public Options {
			typeMap = Map.copyOf(typeMap);
		}
	}

	/** What happened to one source. {@code problem} is null when it was imported. */
	public record DocumentReport(String documentId, String source, int entities, int events, String problem) {
	}

	private AnnotationImporter() {
	}

	public static List<DocumentReport> importInto(Corpus corpus, List<AnnotationSource> sources, Options options) {
		List<DocumentReport> reports = new ArrayList<>();
		for (AnnotationSource source : sources) {
			try {
				reports.add(importDocument(corpus, source.read(), options));
			} catch (IllegalArgumentException | IOException e) {
				reports.add(new DocumentReport(source.documentId(), source.name(), 0, 0, e.getMessage()));
			}
		}
		return reports;
	}

	/** @throws IllegalArgumentException saying why the document cannot be imported; then nothing of it was added */
	public static DocumentReport importDocument(Corpus corpus, ImportedAnnotations imported, Options options) {
		String where = imported.source() + ": ";
		Document document = corpus.findDocument(imported.documentId());
		if (document == null) {
			throw new IllegalArgumentException(where + "the corpus has no document " + imported.documentId()
					+ " (import its article first with dipanno-cli import)");
		}
		NormalizedText normalized = TextNormalizer.normalize(imported.text());
		String stored = document.getText();
		if (!normalized.text().equals(stored)) {
			throw new IllegalArgumentException(where + "its text differs from document " + document.getId() + " "
					+ firstDifference(normalized.text(), stored));
		}
		Map<String, EntityType> entityTypes = new HashMap<>();
		for (EntitySpan entity : imported.entities()) {
			checkSpan(where, entity.id(), entity.start(), entity.end(), imported.text().length());
			String name = options.typeMap().getOrDefault(entity.type(), entity.type());
			EntityType type = corpus.getSchema().findEntityType(name);
			if (type == null) {
				throw new IllegalArgumentException(where + entity.id() + ": entity type " + name + " is not in the schema ("
						+ schemaTypes(corpus) + "); rename it with --map " + entity.type() + "=TYPE");
			}
			entityTypes.put(entity.id(), type);
		}
		Map<String, EventType> eventTypes = new HashMap<>();
		for (EventSpan event : imported.events()) {
			checkSpan(where, event.id(), event.triggerStart(), event.triggerEnd(), imported.text().length());
			String name = options.typeMap().getOrDefault(event.type(), event.type());
			EventType type = corpus.getSchema().findEventType(name);
			if (type == null) {
				throw new IllegalArgumentException(where + event.id() + ": event type " + name + " is not in the schema");
			}
			for (ExportEventArgument argument : event.arguments()) {
				var role = type.findRole(argument.role());
				EntityType entityType = entityTypes.get(argument.entityId());
				if (role == null || entityType == null || !role.getAcceptedTypes().contains(entityType)) {
					throw new IllegalArgumentException(where + event.id() + ": " + type.getName() + " has no role "
							+ argument.role() + " that accepts " + argument.entityId()
							+ (entityType == null ? "" : " (" + entityType.getName() + ")"));
				}
			}
			eventTypes.put(event.id(), type);
		}
		AnnotationSet set = document.getOrCreateAnnotationSet(options.kind(), options.annotator());
		if (!options.replace() && (!set.getEntityMentions().isEmpty() || !set.getEventMentions().isEmpty())) {
			throw new IllegalArgumentException(where + "document " + document.getId() + " already has "
					+ set.getEntityMentions().size() + " entity and " + set.getEventMentions().size() + " event mentions in "
					+ set.getId() + " (--replace replaces them)");
		}
		set.getEventMentions().clear();
		set.getEntityMentions().clear();
		Map<String, EntityMention> mentions = new HashMap<>();
		for (EntitySpan entity : imported.entities()) {
			int start = normalized.offsets().toStoredStart(entity.start());
			int end = normalized.offsets().toStoredEnd(entity.end());
			EntityMention mention = set.addEntityMention(start, end, entityTypes.get(entity.id()));
			mention.setStatus(status(entity.attributes().get(ModelExportAdapter.STATUS_ATTRIBUTE)));
			mention.setProvenance(provenance(imported.source()));
			if (entity.normalizedValue() != null) {
				if ("DATE".equals(mention.getType().getName())) {
					mention.setIsoDate(entity.normalizedValue());
				} else {
					mention.setCountryCode(entity.normalizedValue());
				}
			}
			mentions.put(entity.id(), mention);
		}
		for (EventSpan event : imported.events()) {
			EventMention mention = set.addEventMention(normalized.offsets().toStoredStart(event.triggerStart()),
					normalized.offsets().toStoredEnd(event.triggerEnd()), eventTypes.get(event.id()));
			mention.setStatus(status(event.attributes().get(ModelExportAdapter.STATUS_ATTRIBUTE)));
			mention.setProvenance(provenance(imported.source()));
			for (ExportEventArgument argument : event.arguments()) {
				AnnotationActions.addArgument(mention, argument.role(), mentions.get(argument.entityId()));
			}
		}
		return new DocumentReport(document.getId(), imported.source(), imported.entities().size(),
				imported.events().size(), null);
	}

	private static void checkSpan(String where, String id, int start, int end, int length) {
		if (start < 0 || end <= start || end > length) {
			throw new IllegalArgumentException(where + id + ": span [" + start + ", " + end
					+ ") does not fit the text (" + length + " characters)");
		}
	}

	private static MentionStatus status(String value) {
		MentionStatus status = value == null ? null : MentionStatus.get(value);
		return status == null ? MentionStatus.ACCEPTED : status;
	}

	private static ImportedProvenance provenance(String source) {
		ImportedProvenance provenance = ModelFactory.eINSTANCE.createImportedProvenance();
		provenance.setSource(source);
		return provenance;
	}

	private static String schemaTypes(Corpus corpus) {
		TreeSet<String> names = new TreeSet<>();
		corpus.getSchema().getEntityTypes().forEach(type -> names.add(type.getName()));
		return String.join(", ", names);
	}

	/** "at offset N: '…imported…' vs '…stored…'" (or which one is longer). */
	static String firstDifference(String imported, String stored) {
		int i = 0;
		int shorter = Math.min(imported.length(), stored.length());
		while (i < shorter && imported.charAt(i) == stored.charAt(i)) {
			i++;
		}
		if (i == shorter) {
			return "(normalized, " + imported.length() + " characters against the document's " + stored.length() + ")";
		}
		return "at offset " + i + " of the normalized text: '" + context(imported, i) + "' where the document has '"
				+ context(stored, i) + "'";
	}

	private static String context(String text, int offset) {
		return text.substring(Math.max(0, offset - 15), Math.min(text.length(), offset + 15)).replace("\n", "\\n");
	}
}
