package org.dipanno.export.imports;

import java.util.List;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;

/**
 * The annotations of one document as a reader found them: offsets are chars of {@code text}, the document's text as
 * the source holds it (before dipanno's normalization), so that the importer can check it against the corpus and map
 * the offsets onto the stored text.
 *
 * @param source where they were read from (a file name, or file and line), for messages and provenance
 */
public record ImportedAnnotations(String documentId, String source, String text, List<EntitySpan> entities,
		List<EventSpan> events) {

	public ImportedAnnotations {
		entities = List.copyOf(entities);
		events = List.copyOf(events);
	}
}
