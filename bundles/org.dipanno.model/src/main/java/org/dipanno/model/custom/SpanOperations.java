package org.dipanno.model.custom;

import org.dipanno.model.Document;
import org.dipanno.model.Span;
import org.eclipse.emf.ecore.EObject;

/** Behaviour of {@link Span}; the generated operations delegate here. */
public final class SpanOperations {

	private SpanOperations() {
	}

	/** The nearest containing document, or null for a span outside any document. */
	public static Document getDocument(Span span) {
		for (EObject container = span.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Document document) {
				return document;
			}
		}
		return null;
	}

	/** The covered stored text, or null when the span has no document or lies outside its text. */
	public static String getText(Span span) {
		Document document = getDocument(span);
		return document == null ? null : document.textOf(span.getStart(), span.getEnd());
	}
}
