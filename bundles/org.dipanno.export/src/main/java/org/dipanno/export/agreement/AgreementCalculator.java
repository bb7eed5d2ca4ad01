package org.dipanno.export.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.Span;
import org.dipanno.export.tokens.ExportToken;
import org.dipanno.export.tokens.OverlapResolver;
import org.dipanno.export.tokens.TagScheme;

/**
 * Inter-annotator agreement:
 * <ul>
 * <li>span-level F1 per type and overall, exact (same start, end, type) and
 * overlap (same type, overlapping spans, matched one to one greedily: each
 * mention of the first annotator, in text order, takes the unmatched mention
 * of the second with the largest overlap);</li>
 * <li>Cohen's kappa for every pair and Fleiss' kappa for three or more
 * annotators, on IOB2 token labels (outermost mention per token, as in the
 * CoNLL export);</li>
 * <li>events: trigger+type F1 and argument F1 (same event type and trigger
 * span, same role, same argument span and type).</li>
 * </ul>
 * Corpus-level figures pool the counts (micro-average) and the tokens of all
 * documents.
 */
public final class AgreementCalculator {

	private AgreementCalculator() {
	}

	public static AgreementReport compute(List<AgreementDocument> documents) {
		if (documents.isEmpty()) {
			throw new IllegalArgumentException("Agreement needs at least one document");
		}
		List<String> annotators = documents.get(0).annotators();
		for (AgreementDocument document : documents) {
			if (!new TreeSet<>(document.annotators()).equals(new TreeSet<>(annotators))) {
				throw new IllegalArgumentException("Document " + document.documentId() + " has annotators "
						+ document.annotators() + " but " + documents.get(0).documentId() + " has " + annotators);
			}
		}
		int n = annotators.size();
		List<DocumentAgreement> perDocument = new ArrayList<>();
		Map<String, List<String>> pooledLabels = new HashMap<>();
		annotators.forEach(a -> pooledLabels.put(a, new ArrayList<>()));
		List<List<PairAgreement>> pairsPerDocument = new ArrayList<>();
		for (AgreementDocument document : documents) {
			Map<String, AnnotatorSet> sets = new HashMap<>();
			document.sets().forEach(s -> sets.put(s.annotator(), s));
			Map<String, List<String>> labels = new HashMap<>();
			for (String annotator : annotators) {
				List<String> tokenLabels = tokenLabels(document.tokens(), sets.get(annotator).entities());
				labels.put(annotator, tokenLabels);
				pooledLabels.get(annotator).addAll(tokenLabels);
			}
			List<PairAgreement> pairs = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					pairs.add(pair(sets.get(annotators.get(i)), sets.get(annotators.get(j)),
							labels.get(annotators.get(i)), labels.get(annotators.get(j))));
				}
			}
			pairsPerDocument.add(pairs);
			perDocument.add(new DocumentAgreement(document.documentId(), List.copyOf(pairs),
					n >= 3 ? fleiss(annotators.stream().map(labels::get).toList()) : null));
		}
		List<PairAgreement> corpusPairs = new ArrayList<>();
		int pairIndex = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++, pairIndex++) {
				SortedMap<String, MatchCounts> exactPerType = new TreeMap<>();
				SortedMap<String, MatchCounts> overlapPerType = new TreeMap<>();
				MatchCounts exact = MatchCounts.ZERO;
				MatchCounts overlap = MatchCounts.ZERO;
				MatchCounts triggers = MatchCounts.ZERO;
				MatchCounts arguments = MatchCounts.ZERO;
				for (List<PairAgreement> pairs : pairsPerDocument) {
					PairAgreement pair = pairs.get(pairIndex);
					pair.exactPerType().forEach((type, counts) -> exactPerType.merge(type, counts, MatchCounts::plus));
					pair.overlapPerType().forEach((type, counts) -> overlapPerType.merge(type, counts, MatchCounts::plus));
					exact = exact.plus(pair.exact());
					overlap = overlap.plus(pair.overlap());
					triggers = triggers.plus(pair.triggers());
					arguments = arguments.plus(pair.arguments());
				}
				corpusPairs.add(new PairAgreement(annotators.get(i), annotators.get(j), exactPerType, exact,
						overlapPerType, overlap, triggers, arguments,
						cohen(pooledLabels.get(annotators.get(i)), pooledLabels.get(annotators.get(j)))));
			}
		}
		DocumentAgreement corpus = new DocumentAgreement(AgreementReport.CORPUS, List.copyOf(corpusPairs),
				n >= 3 ? fleiss(annotators.stream().map(pooledLabels::get).toList()) : null);
		return new AgreementReport(List.copyOf(annotators), List.copyOf(perDocument), corpus);
	}

	/** IOB2 label of every token, from the annotator's outermost mentions. */
	public static List<String> tokenLabels(List<Span> tokens, List<EntitySpan> entities) {
		List<ExportToken> tokenList = tokens.stream().map(s -> new ExportToken(s.start(), s.end(), "")).toList();
		return List.of(TagScheme.BIO.tag(tokenList, OverlapResolver.outermost(entities).kept()));
	}

	static PairAgreement pair(AnnotatorSet first, AnnotatorSet second, List<String> firstLabels,
			List<String> secondLabels) {
		TreeSet<String> types = new TreeSet<>();
		first.entities().forEach(e -> types.add(e.type()));
		second.entities().forEach(e -> types.add(e.type()));
		SortedMap<String, MatchCounts> exactPerType = new TreeMap<>();
		SortedMap<String, MatchCounts> overlapPerType = new TreeMap<>();
		MatchCounts exact = MatchCounts.ZERO;
		MatchCounts overlap = MatchCounts.ZERO;
		for (String type : types) {
			List<EntitySpan> a = first.entities().stream().filter(e -> e.type().equals(type)).toList();
			List<EntitySpan> b = second.entities().stream().filter(e -> e.type().equals(type)).toList();
			MatchCounts exactCounts = new MatchCounts(
					multisetIntersection(a.stream().map(e -> e.start() + ":" + e.end()).toList(),
							b.stream().map(e -> e.start() + ":" + e.end()).toList()),
					a.size(), b.size());
			MatchCounts overlapCounts = new MatchCounts(overlapMatches(a, b), a.size(), b.size());
			exactPerType.put(type, exactCounts);
			overlapPerType.put(type, overlapCounts);
			exact = exact.plus(exactCounts);
			overlap = overlap.plus(overlapCounts);
		}
		List<String> firstTriggers = first.events().stream().map(AgreementCalculator::triggerKey).toList();
		List<String> secondTriggers = second.events().stream().map(AgreementCalculator::triggerKey).toList();
		MatchCounts triggers = new MatchCounts(multisetIntersection(firstTriggers, secondTriggers),
				firstTriggers.size(), secondTriggers.size());
		List<String> firstArguments = argumentKeys(first);
		List<String> secondArguments = argumentKeys(second);
		MatchCounts arguments = new MatchCounts(multisetIntersection(firstArguments, secondArguments),
				firstArguments.size(), secondArguments.size());
		return new PairAgreement(first.annotator(), second.annotator(), exactPerType, exact, overlapPerType, overlap,
				triggers, arguments, cohen(firstLabels, secondLabels));
	}

	private static String triggerKey(EventSpan event) {
		return event.type() + "|" + event.triggerStart() + ":" + event.triggerEnd();
	}

	private static List<String> argumentKeys(AnnotatorSet set) {
		Map<String, EntitySpan> entities = new HashMap<>();
		set.entities().forEach(e -> entities.put(e.id(), e));
		List<String> keys = new ArrayList<>();
		for (EventSpan event : set.events()) {
			for (ExportEventArgument argument : event.arguments()) {
				EntitySpan entity = entities.get(argument.entityId());
				if (entity == null) {
					throw new IllegalArgumentException("Annotator " + set.annotator() + ": event " + event.id()
							+ " argument refers to unknown entity " + argument.entityId());
				}
				keys.add(triggerKey(event) + "|" + argument.role() + "|" + entity.type() + "|" + entity.start() + ":"
						+ entity.end());
			}
		}
		return keys;
	}

	private static int multisetIntersection(List<String> a, List<String> b) {
		Map<String, Integer> counts = new HashMap<>();
		a.forEach(k -> counts.merge(k, 1, Integer::sum));
		int matched = 0;
		for (String key : b) {
			Integer count = counts.get(key);
			if (count != null && count > 0) {
				matched++;
				counts.put(key, count - 1);
			}
		}
		return matched;
	}

	private static int overlapMatches(List<EntitySpan> a, List<EntitySpan> b) {
		List<EntitySpan> firstSorted = new ArrayList<>(a);
		firstSorted.sort(Comparator.comparing(EntitySpan::span));
		List<EntitySpan> secondSorted = new ArrayList<>(b);
		secondSorted.sort(Comparator.comparing(EntitySpan::span));
		boolean[] used = new boolean[secondSorted.size()];
		int matched = 0;
		for (EntitySpan mention : firstSorted) {
			int best = -1;
			int bestOverlap = 0;
			for (int k = 0; k < secondSorted.size(); k++) {
				EntitySpan other = secondSorted.get(k);
				int overlap = Math.min(mention.end(), other.end()) - Math.max(mention.start(), other.start());
				if (!used[k] && overlap > bestOverlap) {
					best = k;
					bestOverlap = overlap;
				}
			}
			if (best >= 0) {
				used[best] = true;
				matched++;
			}
		}
		return matched;
	}

	/** Cohen's kappa of two label sequences of equal length. */
	public static Kappa cohen(List<String> first, List<String> second) {
		if (first.size() != second.size()) {
			throw new IllegalArgumentException("Label sequences differ in length: " + first.size() + " vs " + second.size());
		}
		int items = first.size();
		if (items == 0) {
			return new Kappa("Cohen's kappa", 0, Double.NaN, Double.NaN);
		}
		Map<String, Integer> firstCounts = new HashMap<>();
		Map<String, Integer> secondCounts = new HashMap<>();
		int agree = 0;
		for (int i = 0; i < items; i++) {
			firstCounts.merge(first.get(i), 1, Integer::sum);
			secondCounts.merge(second.get(i), 1, Integer::sum);
			if (first.get(i).equals(second.get(i))) {
				agree++;
			}
		}
		double expected = 0;
		for (String label : new TreeSet<>(firstCounts.keySet())) {
			expected += (double) firstCounts.get(label) / items * secondCounts.getOrDefault(label, 0) / items;
		}
		return new Kappa("Cohen's kappa", items, (double) agree / items, expected);
	}

	/** Fleiss' kappa of several annotators' label sequences of equal length (every item labelled by all). */
	public static Kappa fleiss(List<List<String>> labelsPerAnnotator) {
		int raters = labelsPerAnnotator.size();
		int items = labelsPerAnnotator.get(0).size();
		for (List<String> labels : labelsPerAnnotator) {
			if (labels.size() != items) {
				throw new IllegalArgumentException("Label sequences differ in length");
			}
		}
		if (items == 0) {
			return new Kappa("Fleiss' kappa", 0, Double.NaN, Double.NaN);
		}
		Map<String, Integer> totals = new TreeMap<>();
		double observedSum = 0;
		for (int i = 0; i < items; i++) {
			Map<String, Integer> counts = new HashMap<>();
			for (List<String> labels : labelsPerAnnotator) {
				counts.merge(labels.get(i), 1, Integer::sum);
			}
			int sumSquares = 0;
			for (Map.Entry<String, Integer> count : counts.entrySet()) {
				sumSquares += count.getValue() * count.getValue();
				totals.merge(count.getKey(), count.getValue(), Integer::sum);
			}
			observedSum += (double) (sumSquares - raters) / (raters * (raters - 1));
		}
		double expected = 0;
		for (int total : totals.values()) {
			double share = (double) total / (items * raters);
			expected += share * share;
		}
		return new Kappa("Fleiss' kappa", items, observedSum / items, expected);
	}
}
