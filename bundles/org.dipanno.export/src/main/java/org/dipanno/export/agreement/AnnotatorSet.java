package org.dipanno.export.agreement;

import java.util.List;
import java.util.Objects;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;

/** One annotator's mentions on one document. */
public record AnnotatorSet(String annotator, List<EntitySpan> entities, List<EventSpan> events) {

	public AnnotatorSet {
		Objects.requireNonNull(annotator, "annotator");
		entities = List.copyOf(entities);
		events = List.copyOf(events);
	}
}
