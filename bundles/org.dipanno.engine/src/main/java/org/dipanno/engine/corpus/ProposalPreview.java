package org.dipanno.engine.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.EventProposal;
import org.dipanno.engine.Provenance;
import org.dipanno.engine.RuleEngine;
import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.custom.DocumentOperations;

/**
 * What applying a rule set to a document would propose, computed without changing the document: each proposal with
 * the rule and stage that made it and how it stands against the document's rules set, as {@link CorpusAnnotator}
 * would treat it (new; already proposed and waiting; or decided before, which a run leaves as it is), and how many
 * pending proposals the run would take away.
 */
public record ProposalPreview(String documentId, List<Item> items, int withdrawn, int stages) {

	/** How a previewed proposal stands against what the document holds. */
	public enum Standing {
		/** Not in the document: applying adds it. */
		NEW("new"),
		/** Already proposed and waiting for a decision: applying proposes it again. */
		PROPOSED("already proposed"),
		/** Accepted or rejected before: applying leaves the decision as it is. */
		DECIDED("decided before");

		private final String label;

		Standing(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One would-be proposal: an entity mention, or an event trigger ({@code event}). */
	public record Item(boolean event, int start, int end, String type, Provenance rule, int stage, Standing standing) {
	}

	public ProposalPreview {
		items = List.copyOf(items);
	}

	/** Runs the engine on the document and sets its proposals against the document's rules set. */
	public static ProposalPreview of(RuleEngine engine, Document document) {
		DocumentResult result = engine.run(EngineDocuments.of(document, engine.options().keys()));
		AnnotationSchema schema = document.getCorpus().getSchema();
		AnnotationSet rules = document.findAnnotationSet(
				DocumentOperations.annotationSetId(AnnotationSetKind.RULES, null));
		List<EntityMention> entities = rules == null ? List.of() : rules.getEntityMentions();
		List<EventMention> events = rules == null ? List.of() : rules.getEventMentions();
		// As a run does: decided events stay, and so do decided entities and the arguments of the events that stay.
		Set<EntityMention> keptArguments = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<String> decidedEvents = new HashSet<>();
		Set<String> pendingEvents = new HashSet<>();
		for (EventMention event : events) {
			String key = key(event.getStart(), event.getEnd(), event.getType() == null ? "" : event.getType().getName());
			if (event.getStatus() == MentionStatus.PROPOSED) {
				pendingEvents.add(key);
			} else {
				decidedEvents.add(key);
				event.getArguments().forEach(argument -> keptArguments.add(argument.getEntity()));
			}
		}
		Set<String> keptEntities = new HashSet<>();
		Set<String> decidedEntities = new HashSet<>();
		Set<String> pendingEntities = new HashSet<>();
		for (EntityMention entity : entities) {
			String key = key(entity.getStart(), entity.getEnd(), entity.getType() == null ? "" : entity.getType().getName());
			if (entity.getStatus() != MentionStatus.PROPOSED) {
				decidedEntities.add(key);
				keptEntities.add(key);
			} else if (keptArguments.contains(entity)) {
				keptEntities.add(key);
			} else {
				pendingEntities.add(key);
			}
		}
		List<Item> items = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Set<String> proposedAgain = new HashSet<>();
		for (EntityProposal proposal : result.entities()) {
			String key = key(proposal.start(), proposal.end(), proposal.type());
			if (schema.findEntityType(proposal.type()) == null || !seen.add("E" + key)) {
				continue;
			}
			Standing standing = decidedEntities.contains(key) ? Standing.DECIDED
					: keptEntities.contains(key) || pendingEntities.contains(key) ? Standing.PROPOSED : Standing.NEW;
			if (pendingEntities.contains(key)) {
				proposedAgain.add("E" + key);
			}
			items.add(new Item(false, proposal.start(), proposal.end(), proposal.type(), proposal.rule(),
					proposal.stage(), standing));
		}
		for (EventProposal proposal : result.events()) {
			String key = key(proposal.start(), proposal.end(), proposal.type());
			if (schema.findEventType(proposal.type()) == null || !seen.add("V" + key)) {
				continue;
			}
			Standing standing = decidedEvents.contains(key) ? Standing.DECIDED
					: pendingEvents.contains(key) ? Standing.PROPOSED : Standing.NEW;
			if (standing == Standing.PROPOSED) {
				proposedAgain.add("V" + key);
			}
			items.add(new Item(true, proposal.start(), proposal.end(), proposal.type(), proposal.rule(),
					proposal.stage(), standing));
		}
		int withdrawn = 0;
		for (String pending : pendingEntities) {
			withdrawn += proposedAgain.contains("E" + pending) ? 0 : 1;
		}
		for (String pending : pendingEvents) {
			withdrawn += proposedAgain.contains("V" + pending) ? 0 : 1;
		}
		return new ProposalPreview(document.getId(), items, withdrawn, engine.stages().size());
	}

	/** How many previewed proposals stand so. */
	public int count(Standing standing) {
		return (int) items.stream().filter(item -> item.standing() == standing).count();
	}

	/** The previewed proposals covering the offset, innermost first. */
	public List<Item> itemsAt(int offset) {
		return items.stream().filter(item -> item.start() <= offset && offset < item.end())
				.sorted(java.util.Comparator.comparingInt((Item item) -> item.end() - item.start())).toList();
	}

	/** One line: how many proposals, how many new, already proposed, decided before, and withdrawn. */
	public String describe() {
		return items.size() + (items.size() == 1 ? " proposal: " : " proposals: ") + count(Standing.NEW) + " new, "
				+ count(Standing.PROPOSED) + " already proposed, " + count(Standing.DECIDED) + " decided before"
				+ (withdrawn == 0 ? "" : "; " + withdrawn + " pending would go");
	}

	private static String key(int start, int end, String type) {
		return start + ":" + end + ":" + type;
	}
}
