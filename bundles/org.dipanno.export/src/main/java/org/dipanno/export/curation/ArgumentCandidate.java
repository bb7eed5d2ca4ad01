package org.dipanno.export.curation;

import java.util.SortedSet;

/** An argument reading of an event: role, argument mention (span, type) and its annotators. */
public record ArgumentCandidate(String role, int start, int end, String type, SortedSet<String> annotators) {
}
