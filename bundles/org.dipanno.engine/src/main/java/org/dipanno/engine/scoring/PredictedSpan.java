package org.dipanno.engine.scoring;

/** A mention a rule proposed (whether or not it won its conflicts: rules are scored on what they propose). */
public record PredictedSpan(String documentId, int start, int end, String type, String rule) {
	boolean overlaps(PredictedSpan other) {
		return documentId.equals(other.documentId) && start < other.end && other.start < end;
	}

	boolean sameSpanAndType(PredictedSpan other) {
		return start == other.start && end == other.end && type.equals(other.type);
	}
}
