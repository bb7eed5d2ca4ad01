package org.dipanno.model.custom;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;

/** Behaviour of {@link Corpus}; the generated operations delegate here. */
public final class CorpusOperations {

	private CorpusOperations() {
	}

	public static Document findDocument(Corpus corpus, String documentId) {
		for (Document document : corpus.getDocuments()) {
			if (document.getId() != null && document.getId().equals(documentId)) {
				return document;
			}
		}
		return null;
	}
}
