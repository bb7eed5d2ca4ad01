package org.dipanno.export.curation;

import java.util.List;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;

/**
 * The merge of one document: the gold mentions (ids {@code g1, g2, ...} for
 * entities and {@code v1, v2, ...} for events, in text order), the conflicts
 * left for the curator and the minority readings the strategy rejected.
 */
public record CurationResult(String documentId, CurationStrategy strategy, List<EntitySpan> goldEntities,
		List<EventSpan> goldEvents, List<CurationConflict> conflicts, List<EntityCandidate> rejectedEntities,
		List<EventCandidate> rejectedEvents) {
}
