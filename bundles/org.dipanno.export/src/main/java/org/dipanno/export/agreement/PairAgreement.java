package org.dipanno.export.agreement;

import java.util.SortedMap;

/**
 * Agreement of two annotators on entity and event mentions.
 *
 * @param exactPerType   mentions with the same start, end and type
 * @param overlapPerType mentions of the same type whose spans overlap, matched one to one
 * @param triggers       events with the same type and trigger span
 * @param arguments      event arguments with the same event (type, trigger span), role and argument mention (span, type)
 * @param tokenKappa     Cohen's kappa on IOB2 token labels
 */
public record PairAgreement(String first, String second, SortedMap<String, MatchCounts> exactPerType,
		MatchCounts exact, SortedMap<String, MatchCounts> overlapPerType, MatchCounts overlap, MatchCounts triggers,
		MatchCounts arguments, Kappa tokenKappa) {
}
