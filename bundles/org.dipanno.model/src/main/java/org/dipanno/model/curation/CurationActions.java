package org.dipanno.model.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.CurationDecision;
import org.dipanno.model.CurationProvenance;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.EventType;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.editing.DocumentProgress;

/**
 * The curator's decisions, as changes to the gold set alone (the annotators' sets are only read). Every decision
 * replaces the item's earlier decision and leaves one gold mention per reading: the reading taken (accepted) and
 * the others rejected, each with a {@link CurationProvenance} naming the curator, the time, how it was decided and
 * the annotators who marked it. The workbench runs each inside one undoable operation; the command line calls them
 * directly.
 */
public final class CurationActions {

	private CurationActions() {
	}

	/** What applying a strategy did, counted in items; notes say why an item stayed open when it was not a tie. */
	public record StrategyRun(int decided, int kept, int replaced, int open, List<String> notes) {
	}

	/** Takes one reading of the item into gold (with its value, or its arguments) and rejects the item's others. */
	public static List<String> take(DocumentCuration curation, CurationItem item, CurationVersion version,
			String curator, Instant time) {
		clear(curation, item);
		List<String> notes = new ArrayList<>();
		copy(curation, version, CurationDecision.TAKEN, curator, time, notes);
		rejectOthers(curation, item, Set.of(version.spanTypeKey()), CurationDecision.REJECTED, curator, time);
		return notes;
	}

	/** Rejects every reading of the item: gold gets nothing there, and the rejection is recorded. */
	public static void reject(DocumentCuration curation, CurationItem item, String curator, Instant time) {
		clear(curation, item);
		rejectOthers(curation, item, Set.of(), CurationDecision.REJECTED, curator, time);
	}

	/**
	 * Puts the curator's own reading of the item into gold, [start, end) of the type (an entity type for an entity
	 * item, an event type for an event item), and rejects the annotators' readings it differs from. An entity keeps
	 * the normalized value, an event the arguments, of the item's first reading of that type (else of its first
	 * reading).
	 */
	public static Mention edit(DocumentCuration curation, CurationItem item, int start, int end, String typeName,
			String curator, Instant time) {
		if (start < 0 || end <= start || end > curation.document().getText().length()) {
			throw new IllegalArgumentException("[" + start + "," + end + ") is not a span of the text (length "
					+ curation.document().getText().length() + ")");
		}
		var schema = curation.document().getCorpus().getSchema();
		CurationVersion model = item.versions().stream().filter(v -> v.typeName().equals(typeName)).findFirst()
				.orElse(item.versions().get(0));
		clear(curation, item);
		AnnotationSet gold = goldSet(curation);
		Mention made;
		String key;
		if (item.kind() == CurationItem.Kind.ENTITY) {
			EntityType type = schema.findEntityType(typeName);
			if (type == null) {
				throw new IllegalArgumentException("\"" + typeName + "\" is not an entity type of the schema");
			}
			EntityMention entity = gold.addEntityMention(start, end, type);
			EntityMention source = (EntityMention) model.mention();
			entity.setActor(source.getActor());
			entity.setCountryCode(source.getCountryCode());
			entity.setIsoDate(source.getIsoDate());
			made = entity;
		} else {
			EventType type = schema.findEventType(typeName);
			if (type == null) {
				throw new IllegalArgumentException("\"" + typeName + "\" is not an event type of the schema");
			}
			EventMention event = gold.addEventMention(start, end, type);
			addArguments(curation, event, (EventMention) model.mention(), model.annotators().first(), curator, time,
					new ArrayList<>());
			made = event;
		}
		key = CurationVersion.spanTypeKey(made);
		made.setStatus(MentionStatus.ACCEPTED);
		made.setProvenance(provenance(curator, time, CurationDecision.EDITED, markedBy(curation, key)));
		rejectOthers(curation, item, Set.of(key), CurationDecision.REJECTED, curator, time);
		return made;
	}

	/** Removes the item's decision from gold: it is open again. */
	public static void reopen(DocumentCuration curation, CurationItem item) {
		clear(curation, item);
	}

	/**
	 * Writes what the strategy decides into gold: entity items first, then events (an event goes in only when the
	 * entities of its arguments are accepted in gold). Items that already have a decision are kept, unless
	 * {@code replace}: then the strategy's decision replaces theirs (items the strategy cannot decide keep theirs).
	 */
	public static StrategyRun applyStrategy(DocumentCuration curation, CurationStrategy strategy, String curator,
			Instant time, boolean replace) {
		int decided = 0;
		int kept = 0;
		int replaced = 0;
		int open = 0;
		List<String> notes = new ArrayList<>();
		for (CurationItem.Kind kind : CurationItem.Kind.values()) {
			for (CurationItem item : curation.items()) {
				if (item.kind() != kind) {
					continue;
				}
				boolean hasDecision = curation.hasDecision(item);
				DocumentCuration.Resolution resolution = curation.resolve(item, strategy);
				if (hasDecision && (!replace || resolution == null)) {
					kept++;
					continue;
				}
				if (resolution == null) {
					open++;
					continue;
				}
				if (kind == CurationItem.Kind.EVENT) {
					String missing = missingArgumentEntity(curation, resolution.accepted());
					if (missing != null) {
						open++;
						notes.add(curation.document().getId() + " [" + item.start() + "," + item.end() + "): "
								+ "the event stays open, its argument " + missing + " is not accepted in gold");
						continue;
					}
				}
				if (hasDecision) {
					clear(curation, item);
					replaced++;
				} else {
					decided++;
				}
				Set<String> takenKeys = new TreeSet<>();
				for (CurationVersion version : resolution.accepted()) {
					if (takenKeys.add(version.spanTypeKey())) {
						copy(curation, version, resolution.decision(), curator, time, notes);
					}
				}
				for (CurationVersion version : resolution.rejected()) {
					if (takenKeys.add(version.spanTypeKey())) {
						addRejected(curation, version, resolution.decision(), curator, time);
					}
				}
			}
		}
		return new StrategyRun(decided, kept, replaced, open, List.copyOf(notes));
	}

	/** Whether every item has a decision: then the document can be marked curated. */
	public static boolean allDecided(DocumentCuration curation) {
		return curation.items().stream().allMatch(curation::isDecided);
	}

	/**
	 * Marks the document curated (its gold set done) or reopens its curation. Marking is refused while an item has
	 * no decision; the message says how many.
	 */
	public static void setCurated(DocumentCuration curation, boolean curated) {
		if (curated) {
			long undecided = curation.items().stream().filter(i -> !curation.isDecided(i)).count();
			if (undecided > 0) {
				throw new IllegalStateException(curation.document().getId() + ": " + undecided
						+ (undecided == 1 ? " item has" : " items have")
						+ " no decision yet; decide them (or apply the strategy) before marking it curated");
			}
		}
		DocumentProgress.setDone(curation.document(), AnnotationSetKind.GOLD, null, curated);
	}

	// ---- gold mentions -----------------------------------------------------------------------------------------

	private static AnnotationSet goldSet(DocumentCuration curation) {
		return curation.document().getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null);
	}

	private static void clear(DocumentCuration curation, CurationItem item) {
		for (Mention mention : curation.goldOf(item)) {
			AnnotationActions.delete(mention);
		}
	}

	private static void rejectOthers(DocumentCuration curation, CurationItem item, Set<String> keep,
			CurationDecision decision, String curator, Instant time) {
		Set<String> done = new TreeSet<>(keep);
		for (CurationVersion version : item.versions()) {
			if (done.add(version.spanTypeKey())) {
				addRejected(curation, version, decision, curator, time);
			}
		}
	}

	private static void addRejected(DocumentCuration curation, CurationVersion version, CurationDecision decision,
			String curator, Instant time) {
		AnnotationSet gold = goldSet(curation);
		Mention source = version.mention();
		Mention rejected = source instanceof EntityMention entity
				? gold.addEntityMention(entity.getStart(), entity.getEnd(), entity.getType())
				: gold.addEventMention(source.getStart(), source.getEnd(), ((EventMention) source).getType());
		rejected.setStatus(MentionStatus.REJECTED);
		rejected.setProvenance(provenance(curator, time, decision, markedBy(curation, version.spanTypeKey())));
	}

	private static Mention copy(DocumentCuration curation, CurationVersion version, CurationDecision decision,
			String curator, Instant time, List<String> notes) {
		AnnotationSet gold = goldSet(curation);
		Mention source = version.mention();
		Mention copy;
		if (source instanceof EntityMention entity) {
			EntityMention goldEntity = gold.addEntityMention(entity.getStart(), entity.getEnd(), entity.getType());
			goldEntity.setActor(entity.getActor());
			goldEntity.setCountryCode(entity.getCountryCode());
			goldEntity.setIsoDate(entity.getIsoDate());
			copy = goldEntity;
		} else {
			EventMention event = (EventMention) source;
			EventMention goldEvent = gold.addEventMention(event.getStart(), event.getEnd(), event.getType());
			addArguments(curation, goldEvent, event, version.annotators().first(), curator, time, notes);
			copy = goldEvent;
		}
		copy.setStatus(MentionStatus.ACCEPTED);
		copy.setProvenance(provenance(curator, time, decision, version.annotators()));
		return copy;
	}

	/**
	 * Gives the gold event the source event's arguments, pointing at gold entities of the same span and type. An
	 * entity gold does not have yet is taken from the same annotator; one the curator rejected leaves its argument
	 * out, with a note.
	 */
	private static void addArguments(DocumentCuration curation, EventMention goldEvent, EventMention source,
			String annotator, String curator, Instant time, List<String> notes) {
		for (EventArgument argument : source.getArguments()) {
			EntityMention entity = argument.getEntity();
			if (entity == null) {
				continue;
			}
			String key = CurationVersion.spanTypeKey(entity);
			Mention goldEntity = curation.acceptedGold(key);
			if (goldEntity == null && curation.goldMention(key, MentionStatus.REJECTED) != null) {
				notes.add("argument " + argument.getRole() + " left out: " + CurationVersion.typeName(entity) + " \""
						+ entity.getText() + "\" was rejected");
				continue;
			}
			if (goldEntity == null) {
				EntityMention added = goldSet(curation).addEntityMention(entity.getStart(), entity.getEnd(),
						entity.getType());
				added.setActor(entity.getActor());
				added.setCountryCode(entity.getCountryCode());
				added.setIsoDate(entity.getIsoDate());
				added.setStatus(MentionStatus.ACCEPTED);
				added.setProvenance(provenance(curator, time, CurationDecision.TAKEN, markedBy(curation, key)));
				goldEntity = added;
				notes.add("took " + CurationVersion.typeName(entity) + " \"" + entity.getText() + "\" from " + annotator
						+ " as argument " + argument.getRole());
			}
			EventArgument copied = ModelFactory.eINSTANCE.createEventArgument();
			copied.setRole(argument.getRole());
			copied.setEntity((EntityMention) goldEntity);
			goldEvent.getArguments().add(copied);
		}
	}

	private static String missingArgumentEntity(DocumentCuration curation, List<CurationVersion> events) {
		for (CurationVersion version : events) {
			for (EventArgument argument : ((EventMention) version.mention()).getArguments()) {
				EntityMention entity = argument.getEntity();
				if (entity != null && curation.acceptedGold(CurationVersion.spanTypeKey(entity)) == null) {
					return argument.getRole() + "=" + CurationVersion.typeName(entity) + " \"" + entity.getText() + "\"";
				}
			}
		}
		return null;
	}

	/** The annotators whose sets hold a reading of this span and type. */
	private static SortedSet<String> markedBy(DocumentCuration curation, String spanTypeKey) {
		SortedSet<String> annotators = new TreeSet<>();
		for (CurationItem item : curation.items()) {
			for (CurationVersion version : item.versions()) {
				if (version.spanTypeKey().equals(spanTypeKey)) {
					annotators.addAll(version.annotators());
				}
			}
		}
		return annotators;
	}

	private static CurationProvenance provenance(String curator, Instant time, CurationDecision decision,
			Set<String> agreedBy) {
		CurationProvenance provenance = ModelFactory.eINSTANCE.createCurationProvenance();
		provenance.setCurator(curator);
		provenance.setTime(time);
		provenance.setDecision(decision);
		provenance.getAgreedBy().addAll(new TreeSet<>(agreedBy));
		return provenance;
	}
}
