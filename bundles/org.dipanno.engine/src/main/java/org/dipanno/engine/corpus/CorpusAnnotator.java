package org.dipanno.engine.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.EventProposal;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.RunProblem;
import org.dipanno.model.Actor;
import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.EventType;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.RuleProvenance;

/**
 * The engine's entry point on a corpus: applies compiled rules to documents and leaves the results as proposals in
 * each document's rules set, with the rule (name, file, line) that made each one.
 *
 * <p>A new run replaces the proposals still waiting for a decision; proposals a linguist accepted or rejected stay,
 * and what was rejected is not proposed again.
 */
public final class CorpusAnnotator {

	/** What one document's run left: counts of new proposals and the problems of rules stopped on it. */
	public record DocumentReport(String documentId, int entities, int events, int skippedAsDecided,
			List<RunProblem> problems) {
	}

	private final RuleEngine engine;

	public CorpusAnnotator(RuleEngine engine) {
		this.engine = engine;
	}

	public List<DocumentReport> annotate(Corpus corpus) {
		List<DocumentReport> reports = new ArrayList<>();
		for (Document document : corpus.getDocuments()) {
			reports.add(annotate(document));
		}
		return reports;
	}

	/** Runs the rules on one document and replaces its pending proposals by the new ones. */
	public DocumentReport annotate(Document document) {
		DocumentResult result = engine.run(EngineDocuments.of(document, engine.options().keys()));
		AnnotationSchema schema = document.getCorpus().getSchema();
		AnnotationSet rules = document.getOrCreateAnnotationSet(AnnotationSetKind.RULES, null);
		// Linear in the mentions (removing one by one from an EList shifts the rest each time): keep the decided
		// events, then the entities that are decided or an argument of a kept event.
		keepOnly(rules.getEventMentions(), event -> event.getStatus() != MentionStatus.PROPOSED);
		Set<EntityMention> arguments = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		rules.getEventMentions().forEach(event -> event.getArguments().forEach(a -> arguments.add(a.getEntity())));
		keepOnly(rules.getEntityMentions(),
				entity -> entity.getStatus() != MentionStatus.PROPOSED || arguments.contains(entity));
		Set<String> decidedEvents = new HashSet<>();
		for (EventMention event : rules.getEventMentions()) {
			if (event.getType() != null && event.getType().getName() != null) {
				decidedEvents.add(key(event.getStart(), event.getEnd(), event.getType().getName()));
			}
		}
		Map<String, EntityMention> bySpan = new HashMap<>();
		for (EntityMention decided : rules.getEntityMentions()) {
			bySpan.put(key(decided.getStart(), decided.getEnd(), typeName(decided)), decided);
		}
		int entities = 0;
		int skipped = 0;
		for (EntityProposal proposal : result.entities()) {
			String key = key(proposal.start(), proposal.end(), proposal.type());
			if (bySpan.containsKey(key)) {
				skipped++;
				continue;
			}
			EntityType type = schema.findEntityType(proposal.type());
			if (type == null) {
				continue; // the validator reports rule files whose types the corpus schema lacks
			}
			EntityMention mention = rules.addEntityMention(proposal.start(), proposal.end(), type);
			mention.setProvenance(provenance(proposal.rule()));
			normalize(mention, proposal.normalizedValue(), document.getCorpus());
			bySpan.put(key, mention);
			entities++;
		}
		int events = 0;
		for (EventProposal proposal : result.events()) {
			EventType type = schema.findEventType(proposal.type());
			if (type == null || !decidedEvents.add(key(proposal.start(), proposal.end(), proposal.type()))) {
				skipped += type == null ? 0 : 1;
				continue;
			}
			EventMention event = rules.addEventMention(proposal.start(), proposal.end(), type);
			event.setProvenance(provenance(proposal.rule()));
			for (EventProposal.EventArgument argument : proposal.arguments()) {
				EntityMention entity = argument.mention() == null ? null
						: bySpan.get(key(argument.start(), argument.end(), argument.mention().type()));
				if (entity != null && type.findRole(argument.role()) != null) {
					EventArgument modelArgument = ModelFactory.eINSTANCE.createEventArgument();
					modelArgument.setRole(argument.role());
					modelArgument.setEntity(entity);
					event.getArguments().add(modelArgument);
				}
			}
			events++;
		}
		return new DocumentReport(document.getId(), entities, events, skipped, result.problems());
	}

	private static <T> void keepOnly(org.eclipse.emf.common.util.EList<T> list, java.util.function.Predicate<T> keep) {
		List<T> kept = list.stream().filter(keep).toList();
		if (kept.size() != list.size()) {
			list.clear();
			list.addAll(kept);
		}
	}

	/**
	 * A rule's value becomes the field it means: a three-letter code on a country is its ISO code, a date value an
	 * ISO date, otherwise the id or alias of a known actor.
	 */
	private static void normalize(EntityMention mention, String value, Corpus corpus) {
		String type = typeName(mention);
		if (value != null && type.equals("COUNTRY") && value.matches("[A-Z]{3}")) {
			mention.setCountryCode(value);
		} else if (value != null && type.equals("DATE")) {
			mention.setIsoDate(value);
		}
		if (corpus.getActorRegistry() == null) {
			return;
		}
		Actor actor = value == null ? null : corpus.getActorRegistry().findActor(value);
		if (actor == null) {
			actor = corpus.getActorRegistry().findByAlias(mention.getText());
		}
		mention.setActor(actor);
		if (actor != null && mention.getCountryCode() == null && type.equals("COUNTRY")) {
			mention.setCountryCode(actor.getCountryCode());
		}
	}

	private static RuleProvenance provenance(org.dipanno.engine.Provenance rule) {
		RuleProvenance provenance = ModelFactory.eINSTANCE.createRuleProvenance();
		provenance.setRuleName(rule.ruleName());
		provenance.setSourceUri(rule.sourceFile());
		provenance.setLine(rule.line());
		return provenance;
	}

	private static String typeName(Mention mention) {
		return mention instanceof EntityMention entity && entity.getType() != null ? entity.getType().getName() : "";
	}

	private static String key(int start, int end, String type) {
		return start + ":" + end + ":" + type;
	}
}
