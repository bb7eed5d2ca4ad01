package org.dipanno.export.curation;

import java.util.List;

/**
 * Something the curator must decide, as data for the UI: where it is
 * (character range on the stored text), why, and the competing readings with
 * their annotators.
 *
 * @param entityCandidates entity readings in conflict (empty for event conflicts)
 * @param eventCandidates  event readings in conflict (for argument conflicts: the gold event)
 * @param arguments        argument readings in conflict
 * @param normalizedValues for NORMALIZED_VALUE: "annotator=value" entries
 */
public record CurationConflict(String documentId, ConflictKind kind, int start, int end,
		List<EntityCandidate> entityCandidates, List<EventCandidate> eventCandidates, List<ArgumentCandidate> arguments,
		List<String> normalizedValues) {
}
