package org.dipanno.export.agreement;

import java.util.List;

/** Per-document and corpus-level agreement between the same annotators. */
public record AgreementReport(List<String> annotators, List<DocumentAgreement> documents, DocumentAgreement corpus) {

	public static final String CORPUS = "(corpus)";
}
