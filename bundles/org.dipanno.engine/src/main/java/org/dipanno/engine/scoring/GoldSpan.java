package org.dipanno.engine.scoring;

/** A gold mention: character offsets {@code [start, end)} in a document, and a type. */
public record GoldSpan(String documentId, int start, int end, String type) {
	boolean overlaps(String doc, int s, int e) {
		return documentId.equals(doc) && start < e && s < end;
	}
}
