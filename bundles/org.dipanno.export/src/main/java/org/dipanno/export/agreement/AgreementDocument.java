package org.dipanno.export.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dipanno.export.Span;

/**
 * One document annotated by several annotators: the tokens token-level
 * agreement is measured on (the syllables of the exported zones) and each
 * annotator's set. Every document of a report must have the same annotators.
 */
public record AgreementDocument(String documentId, List<Span> tokens, List<AnnotatorSet> sets) {

	public AgreementDocument {
		tokens = List.copyOf(tokens);
		sets = List.copyOf(sets);
		if (sets.size() < 2) {
			throw new IllegalArgumentException("Document " + documentId + ": agreement needs at least two annotator sets, got " + sets.size());
		}
		Set<String> names = new HashSet<>();
		for (AnnotatorSet set : sets) {
			if (!names.add(set.annotator())) {
				throw new IllegalArgumentException("Document " + documentId + ": annotator " + set.annotator() + " occurs twice");
			}
		}
	}

	public List<String> annotators() {
		return sets.stream().map(AnnotatorSet::annotator).toList();
	}
}
