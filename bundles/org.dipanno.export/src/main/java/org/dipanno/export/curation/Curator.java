package org.dipanno.export.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventArgument;
import org.dipanno.export.EventSpan;
import org.dipanno.export.agreement.AnnotatorSet;

/**
 * Merges several annotators' sets of one document into gold with a
 * {@link CurationStrategy}, and lists what the curator must decide.
 *
 * <p>Entity readings are compared by exact span and type. Readings whose
 * spans overlap form a region; the strategy decides per region (see
 * {@link CurationStrategy}). Events are merged the same way by type and
 * trigger span; the arguments of a gold event are voted on by the annotators
 * who marked that event, and an argument only enters gold when its entity
 * mention did.
 */
public final class Curator {

	private static final Comparator<EntityCandidate> ENTITY_ORDER = Comparator.comparingInt(EntityCandidate::start)
			.thenComparingInt(EntityCandidate::end).thenComparing(EntityCandidate::type);
	private static final Comparator<EventCandidate> EVENT_ORDER = Comparator.comparingInt(EventCandidate::triggerStart)
			.thenComparingInt(EventCandidate::triggerEnd).thenComparing(EventCandidate::type);

	private Curator() {
	}

	public static CurationResult curate(String documentId, List<AnnotatorSet> sets, CurationStrategy strategy) {
		if (sets.size() < 2) {
			throw new IllegalArgumentException("Document " + documentId + ": curation needs at least two annotator sets");
		}
		int annotators = sets.size();
		List<CurationConflict> conflicts = new ArrayList<>();

		// Entity readings and the normalized value each annotator gave.
		Map<String, EntityCandidate> entityReadings = new TreeMap<>();
		Map<String, Map<String, String>> values = new HashMap<>();
		for (AnnotatorSet set : sets) {
			for (EntitySpan entity : set.entities()) {
				String key = entityKey(entity.start(), entity.end(), entity.type());
				entityReadings.computeIfAbsent(key, k -> new EntityCandidate(entity.start(), entity.end(), entity.type(),
						new TreeSet<>())).annotators().add(set.annotator());
				values.computeIfAbsent(key, k -> new TreeMap<>()).put(set.annotator(), entity.normalizedValue());
			}
		}
		List<EntityCandidate> entityCandidates = new ArrayList<>(entityReadings.values());
		entityCandidates.sort(ENTITY_ORDER);
		List<EntityCandidate> acceptedEntities = new ArrayList<>();
		List<EntityCandidate> rejectedEntities = new ArrayList<>();
		for (List<EntityCandidate> region : regions(entityCandidates, EntityCandidate::start, EntityCandidate::end)) {
			Decision<EntityCandidate> decision = decide(region, c -> c.annotators().size(), annotators, strategy);
			acceptedEntities.addAll(decision.accepted);
			rejectedEntities.addAll(decision.rejected);
			if (decision.conflict != null) {
				conflicts.add(new CurationConflict(documentId, decision.conflict,
						region.stream().mapToInt(EntityCandidate::start).min().orElseThrow(),
						region.stream().mapToInt(EntityCandidate::end).max().orElseThrow(), decision.inConflict,
						List.of(), List.of(), List.of()));
			}
		}
		List<EntitySpan> gold = new ArrayList<>();
		Map<String, String> goldIds = new HashMap<>();
		for (EntityCandidate candidate : acceptedEntities) {
			String key = entityKey(candidate.start(), candidate.end(), candidate.type());
			String value = normalizedValue(documentId, candidate, values.get(key), strategy, conflicts);
			String id = "g" + (gold.size() + 1);
			goldIds.put(key, id);
			gold.add(new EntitySpan(id, candidate.start(), candidate.end(), candidate.type(), value));
		}

		// Event readings, and each annotator's arguments of each reading.
		Map<String, EventCandidate> eventReadings = new TreeMap<>();
		Map<String, Map<String, List<String>>> argumentsByAnnotator = new HashMap<>();
		for (AnnotatorSet set : sets) {
			Map<String, EntitySpan> entitiesById = new HashMap<>();
			set.entities().forEach(e -> entitiesById.put(e.id(), e));
			for (EventSpan event : set.events()) {
				String key = event.type() + "|" + event.triggerStart() + ":" + event.triggerEnd();
				eventReadings.computeIfAbsent(key, k -> new EventCandidate(event.type(), event.triggerStart(),
						event.triggerEnd(), new TreeSet<>())).annotators().add(set.annotator());
				List<String> arguments = argumentsByAnnotator.computeIfAbsent(key, k -> new TreeMap<>())
						.computeIfAbsent(set.annotator(), k -> new ArrayList<>());
				for (EventArgument argument : event.arguments()) {
					EntitySpan entity = entitiesById.get(argument.entityId());
					if (entity == null) {
						throw new IllegalArgumentException("Document " + documentId + ", annotator " + set.annotator()
								+ ": event " + event.id() + " argument refers to unknown entity " + argument.entityId());
					}
					String argumentKey = argument.role() + "|" + entityKey(entity.start(), entity.end(), entity.type());
					if (!arguments.contains(argumentKey)) {
						arguments.add(argumentKey);
					}
				}
			}
		}
		List<EventCandidate> eventCandidates = new ArrayList<>(eventReadings.values());
		eventCandidates.sort(EVENT_ORDER);
		List<EventCandidate> acceptedEvents = new ArrayList<>();
		List<EventCandidate> rejectedEvents = new ArrayList<>();
		for (List<EventCandidate> region : regions(eventCandidates, EventCandidate::triggerStart, EventCandidate::triggerEnd)) {
			Decision<EventCandidate> decision = decide(region, c -> c.annotators().size(), annotators, strategy);
			acceptedEvents.addAll(decision.accepted);
			rejectedEvents.addAll(decision.rejected);
			if (decision.conflict != null) {
				conflicts.add(new CurationConflict(documentId, decision.conflict,
						region.stream().mapToInt(EventCandidate::triggerStart).min().orElseThrow(),
						region.stream().mapToInt(EventCandidate::triggerEnd).max().orElseThrow(), List.of(),
						decision.inConflict, List.of(), List.of()));
			}
		}
		List<EventSpan> goldEvents = new ArrayList<>();
		for (EventCandidate event : acceptedEvents) {
			String key = event.type() + "|" + event.triggerStart() + ":" + event.triggerEnd();
			addGoldEvent(documentId, event, argumentsByAnnotator.get(key), goldIds, strategy, goldEvents, conflicts);
		}
		conflicts.sort(Comparator.comparingInt(CurationConflict::start).thenComparingInt(CurationConflict::end)
				.thenComparing(CurationConflict::kind));
		return new CurationResult(documentId, strategy, List.copyOf(gold), List.copyOf(goldEvents),
				List.copyOf(conflicts), List.copyOf(rejectedEntities), List.copyOf(rejectedEvents));
	}

	/**
	 * The gold event of an accepted reading, with the arguments a majority (or, unanimous, every annotator) of its
	 * annotators gave; arguments in dispute, or whose entity is not in the gold, become conflicts.
	 */
	private static void addGoldEvent(String documentId, EventCandidate event,
			Map<String, List<String>> argumentsOfAnnotators, Map<String, String> goldIds, CurationStrategy strategy,
			List<EventSpan> goldEvents, List<CurationConflict> conflicts) {
		Map<String, SortedSet<String>> argumentVotes = new TreeMap<>();
		argumentsOfAnnotators.forEach((annotator, arguments) -> arguments
				.forEach(a -> argumentVotes.computeIfAbsent(a, k -> new TreeSet<>()).add(annotator)));
		int voters = event.annotators().size();
		List<EventArgument> arguments = new ArrayList<>();
		List<ArgumentCandidate> disputed = new ArrayList<>();
		List<ArgumentCandidate> missingEntity = new ArrayList<>();
		for (Map.Entry<String, SortedSet<String>> vote : argumentVotes.entrySet()) {
			String[] parts = vote.getKey().split("\\|", 2);
			String[] entity = parts[1].split(":", 3);
			ArgumentCandidate candidate = new ArgumentCandidate(parts[0], Integer.parseInt(entity[0]),
					Integer.parseInt(entity[1]), entity[2], vote.getValue());
			int votes = vote.getValue().size();
			boolean accepted = strategy == CurationStrategy.UNANIMOUS ? votes == voters : votes * 2 > voters;
			boolean contested = strategy == CurationStrategy.UNANIMOUS ? !accepted : votes * 2 == voters;
			if (accepted) {
				String goldId = goldIds.get(parts[1]);
				if (goldId == null) {
					missingEntity.add(candidate);
				} else {
					arguments.add(new EventArgument(parts[0], goldId));
				}
			} else if (contested) {
				disputed.add(candidate);
			}
		}
		EventSpan goldEvent = new EventSpan("v" + (goldEvents.size() + 1), event.type(), event.triggerStart(),
				event.triggerEnd(), arguments);
		goldEvents.add(goldEvent);
		if (!disputed.isEmpty()) {
			conflicts.add(new CurationConflict(documentId, ConflictKind.ARGUMENT, event.triggerStart(),
					event.triggerEnd(), List.of(), List.of(event), List.copyOf(disputed), List.of()));
		}
		if (!missingEntity.isEmpty()) {
			conflicts.add(new CurationConflict(documentId, ConflictKind.ARGUMENT_ENTITY_NOT_IN_GOLD,
					event.triggerStart(), event.triggerEnd(), List.of(), List.of(event), List.copyOf(missingEntity),
					List.of()));
		}
	}

	private static String entityKey(int start, int end, String type) {
		return start + ":" + end + ":" + type;
	}

	private static String normalizedValue(String documentId, EntityCandidate candidate, Map<String, String> byAnnotator,
			CurationStrategy strategy, List<CurationConflict> conflicts) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		byAnnotator.values().forEach(v -> counts.merge(String.valueOf(v), 1, Integer::sum));
		if (counts.size() == 1) {
			return byAnnotator.values().iterator().next();
		}
		if (strategy == CurationStrategy.MAJORITY) {
			for (Map.Entry<String, String> entry : byAnnotator.entrySet()) {
				if (counts.get(String.valueOf(entry.getValue())) * 2 > byAnnotator.size()) {
					return entry.getValue();
				}
			}
		}
		List<String> entries = new ArrayList<>();
		byAnnotator.forEach((annotator, value) -> entries.add(annotator + "=" + (value == null ? "(none)" : value)));
		conflicts.add(new CurationConflict(documentId, ConflictKind.NORMALIZED_VALUE, candidate.start(), candidate.end(),
				List.of(candidate), List.of(), List.of(), List.copyOf(entries)));
		// Unresolved: the mention goes into gold without a value until the curator decides.
		return null;
	}

	private record Decision<T>(List<T> accepted, List<T> rejected, ConflictKind conflict, List<T> inConflict) {
	}

	private static <T> Decision<T> decide(List<T> region, java.util.function.ToIntFunction<T> votesOf, int annotators,
			CurationStrategy strategy) {
		List<T> accepted = new ArrayList<>();
		List<T> rest = new ArrayList<>();
		for (T candidate : region) {
			int votes = votesOf.applyAsInt(candidate);
			boolean accept = strategy == CurationStrategy.UNANIMOUS ? votes == annotators : votes * 2 > annotators;
			(accept ? accepted : rest).add(candidate);
		}
		if (rest.isEmpty()) {
			return new Decision<>(accepted, List.of(), null, List.of());
		}
		if (strategy == CurationStrategy.UNANIMOUS) {
			return new Decision<>(accepted, List.of(), ConflictKind.NOT_UNANIMOUS, rest);
		}
		List<T> ties = rest.stream().filter(c -> votesOf.applyAsInt(c) * 2 == annotators).toList();
		if (!accepted.isEmpty()) {
			List<T> rejected = rest.stream().filter(c -> !ties.contains(c)).toList();
			return new Decision<>(accepted, rejected, ties.isEmpty() ? null : ConflictKind.TIE, ties);
		}
		// Nothing has a majority: a conflict when most annotators marked something here.
		int support = supportOf(region);
		if (support * 2 >= annotators) {
			return new Decision<>(accepted, List.of(), ties.isEmpty() ? ConflictKind.NO_MAJORITY : ConflictKind.TIE, rest);
		}
		return new Decision<>(accepted, rest, null, List.of());
	}

	private static <T> int supportOf(List<T> region) {
		SortedSet<String> annotators = new TreeSet<>();
		for (T candidate : region) {
			if (candidate instanceof EntityCandidate entity) {
				annotators.addAll(entity.annotators());
			} else if (candidate instanceof EventCandidate event) {
				annotators.addAll(event.annotators());
			}
		}
		return annotators.size();
	}

	private static <T> List<List<T>> regions(List<T> sorted, java.util.function.ToIntFunction<T> startOf,
			java.util.function.ToIntFunction<T> endOf) {
		List<List<T>> regions = new ArrayList<>();
		List<T> current = new ArrayList<>();
		int currentEnd = -1;
		for (T candidate : sorted) {
			if (!current.isEmpty() && startOf.applyAsInt(candidate) >= currentEnd) {
				regions.add(current);
				current = new ArrayList<>();
			}
			current.add(candidate);
			currentEnd = Math.max(currentEnd, endOf.applyAsInt(candidate));
		}
		if (!current.isEmpty()) {
			regions.add(current);
		}
		return regions;
	}
}
