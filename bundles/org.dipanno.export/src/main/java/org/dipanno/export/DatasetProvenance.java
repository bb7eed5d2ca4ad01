package org.dipanno.export;

import java.util.List;
import java.util.Objects;

/**
 * What the dataset card says about where the data came from.
 *
 * @param title          dataset title
 * @param corpus         corpus name
 * @param annotationSet  which annotations were exported (e.g. "gold", "annotator: lan", "rule proposals, accepted only")
 * @param ruleFiles      rule files that produced or pre-annotated the annotations (may be empty)
 * @param createdAt      creation date/time, passed in (ISO-8601) so that exports are reproducible
 * @param createdBy      tool or person
 */
public record DatasetProvenance(String title, String corpus, String annotationSet, List<String> ruleFiles,
		String createdAt, String createdBy) {

	public DatasetProvenance {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(corpus, "corpus");
		Objects.requireNonNull(annotationSet, "annotationSet");
		ruleFiles = List.copyOf(ruleFiles);
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(createdBy, "createdBy");
	}
}
