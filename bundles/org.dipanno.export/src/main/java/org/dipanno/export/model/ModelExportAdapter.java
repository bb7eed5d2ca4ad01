package org.dipanno.export.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.ExportZone;
import org.dipanno.export.Span;
import org.dipanno.export.agreement.AgreementDocument;
import org.dipanno.export.agreement.AnnotatorSet;
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
import org.dipanno.model.MentionStatus;
import org.dipanno.model.Role;
import org.dipanno.model.Zone;

/**
 * Builds the export-side view from the EMF model: the document's stored text,
 * zones, sentences, syllable tokens and words, and the mentions of one
 * selected annotation set. Mention ids are kept; normalized values come from
 * the actor id, else the country code, else the ISO date; the mention status
 * becomes the brat attribute {@code Status}. An event argument whose entity is
 * not selected (rejected, or not accepted with {@code acceptedOnly}) is left
 * out.
 */
public final class ModelExportAdapter {

	public static final String STATUS_ATTRIBUTE = "Status";

	private ModelExportAdapter() {
	}

	/** Every document of the corpus, in corpus order. A document without the selected set exports no mentions. */
	public static List<ExportDocument> toExportDocuments(Corpus corpus, AnnotationSelection selection) {
		return corpus.getDocuments().stream().map(d -> toExportDocument(d, selection)).toList();
	}

	public static ExportDocument toExportDocument(Document document, AnnotationSelection selection) {
		List<ExportZone> zones = new ArrayList<>();
		for (Zone zone : document.getZones()) {
			zones.add(new ExportZone(zone.getKind().name(), zone.getStart(), zone.getEnd()));
		}
		List<Span> sentences = document.getSentences().stream().map(s -> new Span(s.getStart(), s.getEnd())).toList();
		List<Span> tokens = document.getTokens().stream().map(t -> new Span(t.getStart(), t.getEnd())).toList();
		List<Span> words = document.getWords().stream().map(w -> new Span(w.getStart(), w.getEnd())).toList();
		AnnotationSet set = findSet(document, selection);
		List<EntitySpan> entities = new ArrayList<>();
		List<EventSpan> events = new ArrayList<>();
		if (set != null) {
			Set<String> selectedIds = new HashSet<>();
			for (EntityMention mention : set.getEntityMentions()) {
				if (!selected(mention.getStatus(), selection)) {
					continue;
				}
				if (mention.getType() == null) {
					throw new IllegalArgumentException("Document " + document.getId() + ": entity mention "
							+ mention.getId() + " has no type");
				}
				selectedIds.add(mention.getId());
				entities.add(new EntitySpan(mention.getId(), mention.getStart(), mention.getEnd(),
						mention.getType().getName(), normalizedValue(mention), attributes(mention.getStatus())));
			}
			for (EventMention mention : set.getEventMentions()) {
				if (!selected(mention.getStatus(), selection)) {
					continue;
				}
				if (mention.getType() == null) {
					throw new IllegalArgumentException("Document " + document.getId() + ": event mention "
							+ mention.getId() + " has no type");
				}
				List<ExportEventArgument> arguments = new ArrayList<>();
				for (EventArgument argument : mention.getArguments()) {
					if (argument.getEntity() != null && selectedIds.contains(argument.getEntity().getId())) {
						arguments.add(new ExportEventArgument(argument.getRole(), argument.getEntity().getId()));
					}
				}
				events.add(new EventSpan(mention.getId(), mention.getType().getName(), mention.getStart(),
						mention.getEnd(), arguments, attributes(mention.getStatus())));
			}
		}
		return new ExportDocument(document.getId(), document.getText(), zones, sentences, tokens, words, entities, events);
	}

	/**
	 * How many entity and event mentions {@link #toExportDocument} would export from the document (it needs neither
	 * the text nor the structure).
	 */
	public static long countSelected(Document document, AnnotationSelection selection) {
		AnnotationSet set = findSet(document, selection);
		if (set == null) {
			return 0;
		}
		return set.getEntityMentions().stream().filter(m -> selected(m.getStatus(), selection)).count()
				+ set.getEventMentions().stream().filter(m -> selected(m.getStatus(), selection)).count();
	}

	/** The schema's entity types in schema order: the label order of the Hugging Face files. */
	public static List<String> entityTypes(AnnotationSchema schema) {
		return schema.getEntityTypes().stream().map(EntityType::getName).toList();
	}

	/** The schema's event types, roles and accepted entity types, for brat's annotation.conf. */
	public static SortedMap<String, SortedMap<String, java.util.SortedSet<String>>> eventRoles(AnnotationSchema schema) {
		SortedMap<String, SortedMap<String, java.util.SortedSet<String>>> roles = new TreeMap<>();
		for (EventType type : schema.getEventTypes()) {
			SortedMap<String, java.util.SortedSet<String>> byRole = new TreeMap<>();
			for (Role role : type.getRoles()) {
				java.util.SortedSet<String> accepted = new java.util.TreeSet<>();
				role.getAcceptedTypes().forEach(t -> accepted.add(t.getName()));
				byRole.put(role.getName(), accepted);
			}
			roles.put(type.getName(), byRole);
		}
		return roles;
	}

	/** One annotator's set as agreement and curation input (same selection rules as the export). */
	public static AnnotatorSet annotatorSet(Document document, AnnotationSelection selection) {
		ExportDocument view = toExportDocument(document, selection);
		String name = selection.kind() == AnnotationSetKind.ANNOTATOR ? selection.annotator()
				: selection.kind().getName().toLowerCase(java.util.Locale.ROOT);
		return new AnnotatorSet(name, view.entities(), view.events());
	}

	/**
	 * Agreement input for one document: the named annotators' sets and the
	 * syllable tokens inside the given zones (BODY and LEAD by default).
	 */
	public static AgreementDocument agreementDocument(Document document, List<String> annotators, Set<String> zoneKinds) {
		List<Span> zones = document.getZones().stream().filter(z -> zoneKinds.contains(z.getKind().name()))
				.map(z -> new Span(z.getStart(), z.getEnd())).toList();
		List<Span> tokens = document.getTokens().stream().map(t -> new Span(t.getStart(), t.getEnd()))
				.filter(t -> zones.stream().anyMatch(z -> z.contains(t))).toList();
		List<AnnotatorSet> sets = new ArrayList<>();
		for (String annotator : annotators) {
			AnnotatorSet set = annotatorSet(document, AnnotationSelection.annotator(annotator));
			sets.add(new AnnotatorSet(set.annotator(),
					set.entities().stream().filter(e -> zones.stream().anyMatch(z -> z.contains(e.span()))).toList(),
					set.events().stream().filter(e -> zones.stream().anyMatch(z -> z.contains(e.trigger())))
							.map(e -> e).toList()));
		}
		return new AgreementDocument(document.getId(), tokens, sets);
	}

	/**
	 * The document's set the selection names. Two such sets (a damaged or hand-merged file) are refused rather than
	 * one of them silently exported.
	 */
	private static AnnotationSet findSet(Document document, AnnotationSelection selection) {
		AnnotationSet found = null;
		for (AnnotationSet set : document.getAnnotationSets()) {
			if (set.getKind() == selection.kind()
					&& (selection.kind() != AnnotationSetKind.ANNOTATOR || selection.annotator().equals(set.getAnnotator()))) {
				if (found != null) {
					throw new IllegalStateException("Document " + document.getId() + " has two annotation sets for "
							+ selection.describe() + " (" + found.getId() + " and " + set.getId()
							+ "); nothing is exported rather than one of them left out");
				}
				found = set;
			}
		}
		return found;
	}

	private static boolean selected(MentionStatus status, AnnotationSelection selection) {
		if (status == MentionStatus.REJECTED) {
			return false;
		}
		return !selection.acceptedOnly() || status == MentionStatus.ACCEPTED;
	}

	private static String normalizedValue(EntityMention mention) {
		if (mention.getActor() != null && mention.getActor().getId() != null) {
			return mention.getActor().getId();
		}
		if (mention.getCountryCode() != null) {
			return mention.getCountryCode();
		}
		return mention.getIsoDate();
	}

	private static SortedMap<String, String> attributes(MentionStatus status) {
		SortedMap<String, String> attributes = new TreeMap<>();
		attributes.put(STATUS_ATTRIBUTE, status.getName());
		return attributes;
	}
}
