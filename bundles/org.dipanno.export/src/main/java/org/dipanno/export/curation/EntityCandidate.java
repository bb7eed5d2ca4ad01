package org.dipanno.export.curation;

import java.util.SortedSet;

/** A reading of an entity mention (span and type) and the annotators who marked it. */
public record EntityCandidate(int start, int end, String type, SortedSet<String> annotators) {
}
