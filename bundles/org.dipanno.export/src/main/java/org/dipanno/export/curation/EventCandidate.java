package org.dipanno.export.curation;

import java.util.SortedSet;

/** A reading of an event (type and trigger span) and the annotators who marked it. */
public record EventCandidate(String type, int triggerStart, int triggerEnd, SortedSet<String> annotators) {
}
