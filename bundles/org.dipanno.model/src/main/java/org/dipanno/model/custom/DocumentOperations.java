package org.dipanno.model.custom;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.Zone;

/** Behaviour of {@link Document}; the generated operations delegate here. */
public final class DocumentOperations {

	/** Id of the curated set of a document. */
	public static final String GOLD_SET_ID = "gold";
	/** Id of the set that holds rule proposals. */
	public static final String RULES_SET_ID = "rules";
	/** Prefix of the id of an annotator's set; the annotator's name follows. */
	public static final String ANNOTATOR_SET_PREFIX = "annotator-";

	private DocumentOperations() {
	}

	public static Zone zoneAt(Document document, int offset) {
		for (Zone zone : document.getZones()) {
			if (zone.contains(offset)) {
				return zone;
			}
		}
		return null;
	}

	public static String textOf(Document document, int start, int end) {
		String text = document.getText();
		if (text == null || start < 0 || end < start || end > text.length()) {
			return null;
		}
		return text.substring(start, end);
	}

	public static AnnotationSet findAnnotationSet(Document document, String setId) {
		for (AnnotationSet set : document.getAnnotationSets()) {
			if (set.getId() != null && set.getId().equals(setId)) {
				return set;
			}
		}
		return null;
	}

	/**
	 * The set id for a kind: {@code gold}, {@code rules}, or {@code annotator-NAME}. Annotator names become part of
	 * XML ids, so anything but letters, digits, '-' and '_' is replaced by '_'.
	 */
	public static String annotationSetId(AnnotationSetKind kind, String annotator) {
		return switch (kind) {
		case GOLD -> GOLD_SET_ID;
		case RULES -> RULES_SET_ID;
		case ANNOTATOR -> {
			if (annotator == null || annotator.isBlank()) {
				throw new IllegalArgumentException("An annotator set needs the annotator's name");
			}
			yield ANNOTATOR_SET_PREFIX + annotator.strip().replaceAll("[^\\p{L}\\p{Nd}_-]", "_");
		}
		};
	}

	public static AnnotationSet getOrCreateAnnotationSet(Document document, AnnotationSetKind kind, String annotator) {
		String id = annotationSetId(kind, annotator);
		AnnotationSet existing = findAnnotationSet(document, id);
		if (existing != null) {
			return existing;
		}
		AnnotationSet created = ModelFactory.eINSTANCE.createAnnotationSet();
		created.setId(id);
		created.setKind(kind);
		created.setAnnotator(annotator);
		document.getAnnotationSets().add(created);
		return created;
	}
}
