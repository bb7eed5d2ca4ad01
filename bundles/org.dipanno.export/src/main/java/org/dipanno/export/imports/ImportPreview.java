package org.dipanno.export.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.text.TextNormalizer;

/**
 * What an import would do, without doing it: each source read and checked as {@link AnnotationImporter} checks it
 * (document in the corpus, same text, spans inside it, types in the schema after the map, the set empty unless
 * replacing). The workbench shows it before the linguist confirms.
 */
public final class ImportPreview {

	private ImportPreview() {
	}

	/** One report per source: counts when it would be imported, otherwise the problem. */
	public static List<AnnotationImporter.DocumentReport> check(Corpus corpus, List<AnnotationSource> sources,
			AnnotationImporter.Options options) {
		List<AnnotationImporter.DocumentReport> reports = new ArrayList<>();
		for (AnnotationSource source : sources) {
			try {
				reports.add(check(corpus, source.read(), options));
			} catch (IllegalArgumentException | IOException e) {
				reports.add(new AnnotationImporter.DocumentReport(source.documentId(), source.name(), 0, 0, e.getMessage()));
			}
		}
		return reports;
	}

	private static AnnotationImporter.DocumentReport check(Corpus corpus, ImportedAnnotations imported,
			AnnotationImporter.Options options) {
		String where = imported.source() + ": ";
		Document document = corpus.findDocument(imported.documentId());
		String problem = null;
		if (document == null) {
			problem = where + "the corpus has no document " + imported.documentId();
		} else if (!TextNormalizer.normalize(imported.text()).text().equals(document.getText())) {
			problem = where + "its text differs from document " + document.getId() + " "
					+ AnnotationImporter.firstDifference(TextNormalizer.normalize(imported.text()).text(), document.getText());
		} else {
			problem = firstProblem(corpus, imported, options, where);
			AnnotationSet set = document.findAnnotationSet(DocumentOperations.annotationSetId(options.kind(), options.annotator()));
			if (problem == null && !options.replace() && set != null
					&& (!set.getEntityMentions().isEmpty() || !set.getEventMentions().isEmpty())) {
				problem = where + "document " + document.getId() + " already has " + set.getEntityMentions().size()
						+ " entity and " + set.getEventMentions().size() + " event mentions in " + set.getId()
						+ " (replacing them is not allowed)";
			}
		}
		return new AnnotationImporter.DocumentReport(imported.documentId(), imported.source(),
				problem == null ? imported.entities().size() : 0, problem == null ? imported.events().size() : 0, problem);
	}

	private static String firstProblem(Corpus corpus, ImportedAnnotations imported, AnnotationImporter.Options options,
			String where) {
		int length = imported.text().length();
		for (EntitySpan entity : imported.entities()) {
			if (entity.start() < 0 || entity.end() <= entity.start() || entity.end() > length) {
				return where + entity.id() + ": span [" + entity.start() + ", " + entity.end() + ") does not fit the text ("
						+ length + " characters)";
			}
			String name = options.typeMap().getOrDefault(entity.type(), entity.type());
			if (corpus.getSchema().findEntityType(name) == null) {
				return where + entity.id() + ": entity type " + name + " is not in the schema (map it, e.g. " + entity.type()
						+ "=MISC)";
			}
		}
		for (EventSpan event : imported.events()) {
			String name = options.typeMap().getOrDefault(event.type(), event.type());
			if (corpus.getSchema().findEventType(name) == null) {
				return where + event.id() + ": event type " + name + " is not in the schema";
			}
		}
		return null;
	}
}
