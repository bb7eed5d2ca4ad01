package org.dipanno.engine;

/** A rule that was stopped on a document (the rest of the run went on without it). */
public record RunProblem(Provenance rule, String documentId, String message) {
	@Override
	public String toString() {
		return message;
	}
}
