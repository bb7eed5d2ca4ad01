package org.dipanno.model.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.CurationDecision;
import org.dipanno.model.CurationProvenance;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.custom.DocumentOperations;

/**
 * The merge of several annotators' sets of one document, for curation into its gold set.
 *
 * <p>Entity mentions with the same span and type, marked by every annotator, form an item of their own (an
 * agreement, or a {@link DisagreementKind#VALUE} disagreement when their normalized values differ). The other entity
 * readings are grouped by overlap into disagreement items: {@link DisagreementKind#TYPE} (same span, another type),
 * {@link DisagreementKind#BOUNDARY} (overlapping spans), {@link DisagreementKind#MISSING} (an annotator marked
 * nothing there). Events likewise by type and trigger, with {@link DisagreementKind#ARGUMENTS} when the annotators
 * who agree on an event give it different arguments. Nested readings every annotator shares (a country inside a
 * title) stay items of their own, so one difference inside a title does not make the whole title a disagreement.
 *
 * <p>The merge reads the annotators' sets and never changes them; rejected mentions are not readings. Decisions are
 * the gold set's mentions (see {@link CurationActions}): a gold mention with a reading's span and type decides it,
 * accepted or rejected, so decisions survive saving, reloading and running curation again. A reading an annotator
 * adds after the decision has no gold mention yet and opens its item again.
 */
public final class DocumentCuration {

	private static final Comparator<CurationVersion> VERSION_ORDER = Comparator.comparingInt(CurationVersion::start)
			.thenComparingInt(CurationVersion::end).thenComparing(CurationVersion::typeName)
			.thenComparing(CurationVersion::key);

	private final Document document;
	private final List<String> annotators;
	private final List<CurationItem> items;

	private DocumentCuration(Document document, List<String> annotators, List<CurationItem> items) {
		this.document = document;
		this.annotators = annotators;
		this.items = items;
	}

	/**
	 * Merges the named annotators' sets of the document (at least two). Every named annotator must have a set in the
	 * document; the message names the ones that do not.
	 */
	public static DocumentCuration of(Document document, List<String> annotators) {
		List<String> names = List.copyOf(new java.util.LinkedHashSet<>(annotators));
		if (names.size() < 2) {
			throw new IllegalArgumentException("Curation needs at least two annotators, not " + names);
		}
		List<String> missing = names.stream().filter(a -> annotatorSet(document, a) == null).toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("Document " + document.getId() + " has no annotation set of "
					+ String.join(", ", missing));
		}
		List<CurationItem> items = new ArrayList<>();
		items.addAll(merge(document, names, CurationItem.Kind.ENTITY));
		items.addAll(merge(document, names, CurationItem.Kind.EVENT));
		items.sort(Comparator.comparingInt(CurationItem::start).thenComparingInt(CurationItem::end)
				.thenComparing(CurationItem::kind));
		return new DocumentCuration(document, names, List.copyOf(items));
	}

	public Document document() {
		return document;
	}

	public List<String> annotators() {
		return annotators;
	}

	/** Agreements and disagreements, in text order. */
	public List<CurationItem> items() {
		return items;
	}

	public List<CurationItem> disagreements() {
		return items.stream().filter(i -> !i.isAgreement()).toList();
	}

	/** The items the curator walks with this strategy: the disagreements, and under all-reviewed every item. */
	public List<CurationItem> toReview(CurationStrategy strategy) {
		return strategy == CurationStrategy.ALL_REVIEWED ? items : disagreements();
	}

	/** The items still waiting for a decision that the strategy does not take by itself. */
	public List<CurationItem> open(CurationStrategy strategy) {
		return items.stream().filter(i -> !isDecided(i) && resolve(i, strategy) == null).toList();
	}

	/** The item of this kind whose region holds the offset (the innermost one), or null. */
	public CurationItem itemAt(int offset) {
		CurationItem found = null;
		for (CurationItem item : items) {
			if (item.start() <= offset && offset < item.end()
					&& (found == null || item.end() - item.start() < found.end() - found.start())) {
				found = item;
			}
		}
		return found;
	}

	// ---- gold --------------------------------------------------------------------------------------------------

	/** The document's gold set, or null before the first decision. */
	public AnnotationSet goldSet() {
		return document.findAnnotationSet(DocumentOperations.GOLD_SET_ID);
	}

	/**
	 * The gold mentions that decide the item: those with a reading's span and type, and those made by editing (a
	 * span and type no annotator marked) that lie in the item's region.
	 */
	public List<Mention> goldOf(CurationItem item) {
		List<Mention> owned = new ArrayList<>();
		goldOwners().forEach((mention, owner) -> {
			if (owner == item) {
				owned.add(mention);
			}
		});
		owned.sort(Comparator.comparingInt(Mention::getStart).thenComparingInt(Mention::getEnd));
		return owned;
	}

	/** Whether every reading of the item has a gold decision (accepted or rejected). */
	public boolean isDecided(CurationItem item) {
		Set<String> decided = new TreeSet<>();
		goldOf(item).forEach(m -> decided.add(CurationVersion.spanTypeKey(m)));
		return item.versions().stream().allMatch(v -> decided.contains(v.spanTypeKey()));
	}

	/** Whether the curator (or an earlier run) decided anything of the item. */
	public boolean hasDecision(CurationItem item) {
		return !goldOf(item).isEmpty();
	}

	/** The accepted gold mention with this span and type, or null. */
	public Mention acceptedGold(String spanTypeKey) {
		return goldMention(spanTypeKey, MentionStatus.ACCEPTED);
	}

	Mention goldMention(String spanTypeKey, MentionStatus status) {
		AnnotationSet gold = goldSet();
		if (gold == null) {
			return null;
		}
		for (Mention mention : allMentions(gold)) {
			if (mention.getStatus() == status && CurationVersion.spanTypeKey(mention).equals(spanTypeKey)) {
				return mention;
			}
		}
		return null;
	}

	private Map<Mention, CurationItem> goldOwners() {
		Map<Mention, CurationItem> owners = new LinkedHashMap<>();
		AnnotationSet gold = goldSet();
		if (gold == null) {
			return owners;
		}
		Map<String, CurationItem> byKey = new HashMap<>();
		for (CurationItem item : items) {
			item.versions().forEach(v -> byKey.putIfAbsent(v.spanTypeKey(), item));
		}
		for (Mention mention : allMentions(gold)) {
			CurationItem owner = byKey.get(CurationVersion.spanTypeKey(mention));
			if (owner == null && mention.getProvenance() instanceof CurationProvenance) {
				CurationItem.Kind kind = mention instanceof EntityMention ? CurationItem.Kind.ENTITY
						: CurationItem.Kind.EVENT;
				owner = items.stream().filter(i -> i.kind() == kind && i.overlaps(mention.getStart(), mention.getEnd()))
						.findFirst().orElse(null);
			}
			if (owner != null) {
				owners.put(mention, owner);
			}
		}
		return owners;
	}

	static List<Mention> allMentions(AnnotationSet set) {
		List<Mention> mentions = new ArrayList<>(set.getEntityMentions());
		mentions.addAll(set.getEventMentions());
		return mentions;
	}

	// ---- strategies --------------------------------------------------------------------------------------------

	/** What a strategy decides for an item by itself: the readings it takes and those it rejects. */
	public record Resolution(List<CurationVersion> accepted, List<CurationVersion> rejected,
			CurationDecision decision) {
	}

	/** What the strategy decides for the item, or null when the curator must. */
	public Resolution resolve(CurationItem item, CurationStrategy strategy) {
		if (strategy == CurationStrategy.ALL_REVIEWED) {
			return null;
		}
		if (item.isAgreement()) {
			return new Resolution(item.versions(), List.of(), CurationDecision.UNANIMOUS);
		}
		if (strategy == CurationStrategy.UNANIMOUS) {
			return null;
		}
		int n = annotators.size();
		List<CurationVersion> accepted = item.versions().stream().filter(v -> v.votes() * 2 > n).toList();
		Set<String> acceptedKeys = new TreeSet<>();
		accepted.forEach(v -> acceptedKeys.add(v.spanTypeKey()));
		Set<String> support = new TreeSet<>();
		item.versions().forEach(v -> support.addAll(v.annotators()));
		boolean nothingHasMajority = (n - support.size()) * 2 > n;
		List<CurationVersion> rejected = new ArrayList<>();
		for (CurationVersion version : item.versions()) {
			if (accepted.contains(version)) {
				continue;
			}
			if (acceptedKeys.contains(version.spanTypeKey())) {
				continue; // another value or argument list of an accepted reading: the majority's one is taken
			}
			if (version.votes() * 2 < n && (!accepted.isEmpty() || nothingHasMajority)) {
				rejected.add(version);
			} else {
				return null; // a tie, or several minorities with no majority: the curator decides
			}
		}
		return new Resolution(accepted, rejected, CurationDecision.MAJORITY);
	}

	// ---- document status -----------------------------------------------------------------------------------------

	/** Not started, in progress (some curation decisions in gold) or curated (gold done). */
	public static CurationStatus status(Document document) {
		AnnotationSet gold = document.findAnnotationSet(DocumentOperations.GOLD_SET_ID);
		if (gold == null) {
			return CurationStatus.NOT_STARTED;
		}
		if (gold.isDone()) {
			return CurationStatus.CURATED;
		}
		return allMentions(gold).stream().anyMatch(m -> m.getProvenance() instanceof CurationProvenance)
				? CurationStatus.IN_PROGRESS
				: CurationStatus.NOT_STARTED;
	}

	/** The annotators who marked the document done for their own set, by name. */
	public static List<String> annotatorsDone(Document document) {
		return annotatorSets(document).stream().filter(AnnotationSet::isDone).map(AnnotationSet::getAnnotator)
				.toList();
	}

	/** The annotators with a set in the document, by name. */
	public static List<String> annotatorsWithSets(Document document) {
		return annotatorSets(document).stream().map(AnnotationSet::getAnnotator).toList();
	}

	/** Whom to curate by default: the annotators who marked it done when two or more did, else all with a set. */
	public static List<String> defaultAnnotators(Document document) {
		List<String> done = annotatorsDone(document);
		return done.size() >= 2 ? done : annotatorsWithSets(document);
	}

	/** Two or more annotators marked it done and it is not curated yet. */
	public static boolean needsCuration(Document document) {
		return annotatorsDone(document).size() >= 2 && status(document) != CurationStatus.CURATED;
	}

	private static List<AnnotationSet> annotatorSets(Document document) {
		return document.getAnnotationSets().stream()
				.filter(s -> s.getKind() == AnnotationSetKind.ANNOTATOR && s.getAnnotator() != null)
				.sorted(Comparator.comparing(AnnotationSet::getAnnotator)).toList();
	}

	static AnnotationSet annotatorSet(Document document, String annotator) {
		return document.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, annotator));
	}

	// ---- the merge -----------------------------------------------------------------------------------------------

	private static List<CurationItem> merge(Document document, List<String> annotators, CurationItem.Kind kind) {
		// span and type -> annotator -> mention
		SortedMap<String, Map<String, Mention>> bySpanType = new TreeMap<>();
		for (String annotator : annotators) {
			AnnotationSet set = annotatorSet(document, annotator);
			List<? extends Mention> mentions = kind == CurationItem.Kind.ENTITY ? set.getEntityMentions()
					: set.getEventMentions();
			for (Mention mention : mentions) {
				if (mention.getStatus() == MentionStatus.REJECTED || !hasType(mention)) {
					continue;
				}
				bySpanType.computeIfAbsent(CurationVersion.spanTypeKey(mention), k -> new TreeMap<>())
						.putIfAbsent(annotator, mention);
			}
		}
		List<CurationItem> items = new ArrayList<>();
		List<CurationVersion> partial = new ArrayList<>();
		for (Map<String, Mention> marked : bySpanType.values()) {
			List<CurationVersion> versions = versions(marked);
			if (marked.size() == annotators.size()) {
				Set<DisagreementKind> kinds = EnumSet.noneOf(DisagreementKind.class);
				if (versions.size() > 1) {
					kinds.add(kind == CurationItem.Kind.ENTITY ? DisagreementKind.VALUE : DisagreementKind.ARGUMENTS);
				}
				items.add(new CurationItem(kind, versions, kinds));
			} else {
				partial.addAll(versions);
			}
		}
		partial.sort(VERSION_ORDER);
		List<CurationVersion> cluster = new ArrayList<>();
		int clusterEnd = -1;
		for (CurationVersion version : partial) {
			if (!cluster.isEmpty() && version.start() >= clusterEnd) {
				items.add(new CurationItem(kind, cluster, differences(cluster, annotators.size())));
				cluster = new ArrayList<>();
			}
			cluster.add(version);
			clusterEnd = Math.max(clusterEnd, version.end());
		}
		if (!cluster.isEmpty()) {
			items.add(new CurationItem(kind, cluster, differences(cluster, annotators.size())));
		}
		return items;
	}

	private static boolean hasType(Mention mention) {
		return mention instanceof EntityMention entity ? entity.getType() != null
				: ((EventMention) mention).getType() != null;
	}

	private static List<CurationVersion> versions(Map<String, Mention> marked) {
		Map<String, CurationVersion> versions = new TreeMap<>();
		marked.forEach((annotator, mention) -> versions
				.computeIfAbsent(CurationVersion.readingKey(mention), CurationVersion::new).add(annotator, mention));
		return new ArrayList<>(versions.values());
	}

	private static Set<DisagreementKind> differences(List<CurationVersion> cluster, int annotators) {
		Set<DisagreementKind> kinds = EnumSet.noneOf(DisagreementKind.class);
		Set<String> support = new TreeSet<>();
		cluster.forEach(v -> support.addAll(v.annotators()));
		if (support.size() < annotators) {
			kinds.add(DisagreementKind.MISSING);
		}
		for (int i = 0; i < cluster.size(); i++) {
			for (int j = i + 1; j < cluster.size(); j++) {
				CurationVersion a = cluster.get(i);
				CurationVersion b = cluster.get(j);
				if (a.annotators().equals(b.annotators()) || a.start() >= b.end() || b.start() >= a.end()) {
					continue; // readings of the same annotators (nested), or not overlapping
				}
				boolean sameSpan = a.start() == b.start() && a.end() == b.end();
				boolean sameType = a.typeName().equals(b.typeName());
				if (!sameSpan) {
					kinds.add(DisagreementKind.BOUNDARY);
				}
				if (!sameType) {
					kinds.add(DisagreementKind.TYPE);
				}
				if (sameSpan && sameType) {
					kinds.add(a.mention() instanceof EntityMention ? DisagreementKind.VALUE : DisagreementKind.ARGUMENTS);
				}
			}
		}
		if (kinds.isEmpty()) {
			// Every annotator marked something here, but not the same: nested readings of different annotators.
			kinds.add(DisagreementKind.BOUNDARY);
		}
		return kinds;
	}
}
