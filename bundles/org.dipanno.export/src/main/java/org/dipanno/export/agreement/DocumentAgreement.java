package org.dipanno.export.agreement;

import java.util.List;

/**
 * Agreement on one document, or on the whole corpus (documentId
 * {@link AgreementReport#CORPUS}): every annotator pair, and Fleiss' kappa on
 * token labels when there are three or more annotators (null otherwise).
 */
public record DocumentAgreement(String documentId, List<PairAgreement> pairs, Kappa fleissKappa) {
}
