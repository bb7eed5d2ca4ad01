package org.dipanno.model.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.EventType;
import org.dipanno.model.ManualProvenance;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.Provenance;
import org.dipanno.model.Role;
import org.dipanno.text.ZoneKind;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a linguist does to annotations, as plain model changes: label a span, change its type, resize or delete a
 * mention, accept or reject a rule proposal, build an event. The workbench runs each of these inside one undoable
 * operation; the command line and tests call them directly. Each refuses, with a message a linguist can act on, a
 * change the schema does not allow.
 */
public final class AnnotationActions {

	private AnnotationActions() {
	}

	/** Zones whose text is not annotated by default (kept and shown, but excluded). */
	public static boolean isAnnotatable(Document document, int start, int end) {
		for (var zone : document.getZones()) {
			if (zone.getKind() == ZoneKind.BOILERPLATE && zone.getStart() < end && start < zone.getEnd()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Labels [start, end) with the type in the set: the mention already there with exactly that span gets the type,
	 * otherwise a new accepted mention is made with the annotator's provenance.
	 */
	public static EntityMention label(AnnotationSet set, int start, int end, EntityType type, String annotator,
			Instant time) {
		checkSpan(set.eContainer() instanceof Document d ? d : null, start, end);
		for (EntityMention existing : set.getEntityMentions()) {
			if (existing.getStart() == start && existing.getEnd() == end) {
				existing.setType(type);
				existing.setStatus(MentionStatus.ACCEPTED);
				return existing;
			}
		}
		EntityMention mention = set.addEntityMention(start, end, type);
		mention.setStatus(MentionStatus.ACCEPTED);
		mention.setProvenance(manual(annotator, time));
		return mention;
	}

	/** Makes an event with its trigger [start, end) in the set; arguments are added with {@link #addArgument}. */
	public static EventMention createEvent(AnnotationSet set, int start, int end, EventType type, String annotator,
			Instant time) {
		checkSpan(set.eContainer() instanceof Document d ? d : null, start, end);
		EventMention event = set.addEventMention(start, end, type);
		event.setStatus(MentionStatus.ACCEPTED);
		event.setProvenance(manual(annotator, time));
		return event;
	}

	/** The roles of the event's type that accept the entity's type. */
	public static List<Role> allowedRoles(EventMention event, EntityMention entity) {
		List<Role> roles = new ArrayList<>();
		if (event.getType() == null) {
			return roles;
		}
		for (Role role : event.getType().getRoles()) {
			if (entity.getType() != null && role.getAcceptedTypes().contains(entity.getType())) {
				roles.add(role);
			}
		}
		return roles;
	}

	/**
	 * Adds the entity as the event's argument in the role; refuses roles the schema does not allow for it, and a second
	 * role of the same entity in the event.
	 */
	public static EventArgument addArgument(EventMention event, String roleName, EntityMention entity) {
		Role role = event.getType() == null ? null : event.getType().findRole(roleName);
		String eventName = event.getType() == null ? "an event without a type" : event.getType().getName();
		if (role == null) {
			throw new IllegalArgumentException(eventName + " has no role \"" + roleName + "\"");
		}
		if (entity.getType() == null || !role.getAcceptedTypes().contains(entity.getType())) {
			throw new IllegalArgumentException("The " + roleName + " of " + eventName + " cannot be a "
					+ (entity.getType() == null ? "mention without a type" : entity.getType().getName()) + " (\""
					+ entity.getText() + "\")");
		}
		if (entity.getAnnotationSet() != event.getAnnotationSet()) {
			throw new IllegalArgumentException("\"" + entity.getText()
					+ "\" belongs to another annotation set than the event; accept it into this set first");
		}
		for (EventArgument existing : event.getArguments()) {
			if (existing.getEntity() == entity && roleName.equals(existing.getRole())) {
				return existing;
			}
			if (existing.getEntity() == entity) {
				throw new IllegalArgumentException("\"" + entity.getText() + "\" is already the " + existing.getRole()
						+ " of this " + eventName + "; change its role instead");
			}
		}
		EventArgument argument = ModelFactory.eINSTANCE.createEventArgument();
		argument.setRole(roleName);
		argument.setEntity(entity);
		event.getArguments().add(argument);
		return argument;
	}

	/** Moves a mention's boundaries (e.g. one syllable further); refuses empty or inverted spans. */
	public static void resize(Mention mention, int start, int end) {
		checkSpan(mention.getAnnotationSet() != null && mention.getAnnotationSet().eContainer() instanceof Document d ? d
				: null, start, end);
		mention.setStart(start);
		mention.setEnd(end);
	}

	/** Deletes a mention; an entity also leaves every event argument that pointed to it. */
	public static void delete(Mention mention) {
		if (mention instanceof EntityMention entity && mention.getAnnotationSet() != null
				&& mention.getAnnotationSet().eContainer() instanceof Document document) {
			for (AnnotationSet set : document.getAnnotationSets()) {
				for (EventMention event : set.getEventMentions()) {
					event.getArguments().removeIf(argument -> argument.getEntity() == entity);
				}
			}
		}
		EcoreUtil.remove(mention);
	}

	/**
	 * Accepts a rule proposal into the target set: the proposal is marked accepted, and the target set gets the same
	 * annotation (keeping the rule's provenance) unless it already has it. An event brings its arguments along.
	 */
	public static Mention accept(Mention proposal, AnnotationSet target) {
		proposal.setStatus(MentionStatus.ACCEPTED);
		if (proposal instanceof EntityMention entity) {
			return acceptEntity(entity, target);
		}
		EventMention event = (EventMention) proposal;
		for (EventMention existing : target.getEventMentions()) {
			if (sameSpan(existing, event) && existing.getType() == event.getType()) {
				return existing;
			}
		}
		EventMention copy = target.addEventMention(event.getStart(), event.getEnd(), event.getType());
		copy.setStatus(MentionStatus.ACCEPTED);
		copy.setProvenance(copyOf(event.getProvenance()));
		for (EventArgument argument : event.getArguments()) {
			if (argument.getEntity() != null) {
				argument.getEntity().setStatus(MentionStatus.ACCEPTED);
				EventArgument copied = ModelFactory.eINSTANCE.createEventArgument();
				copied.setRole(argument.getRole());
				copied.setEntity(acceptEntity(argument.getEntity(), target));
				copy.getArguments().add(copied);
			}
		}
		return copy;
	}

	/** Rejects a rule proposal: it stays in the rules set, marked rejected, and is no longer offered. */
	public static void reject(Mention proposal) {
		proposal.setStatus(MentionStatus.REJECTED);
	}

	/** Whether the mention is a rule proposal still waiting for a decision. */
	public static boolean isPending(Mention mention) {
		return mention.getStatus() == MentionStatus.PROPOSED;
	}

	private static EntityMention acceptEntity(EntityMention proposal, AnnotationSet target) {
		for (EntityMention existing : target.getEntityMentions()) {
			if (sameSpan(existing, proposal) && existing.getType() == proposal.getType()) {
				return existing;
			}
		}
		EntityMention copy = target.addEntityMention(proposal.getStart(), proposal.getEnd(), proposal.getType());
		copy.setStatus(MentionStatus.ACCEPTED);
		copy.setProvenance(copyOf(proposal.getProvenance()));
		copy.setActor(proposal.getActor());
		copy.setCountryCode(proposal.getCountryCode());
		copy.setIsoDate(proposal.getIsoDate());
		return copy;
	}

	private static boolean sameSpan(Mention a, Mention b) {
		return a.getStart() == b.getStart() && a.getEnd() == b.getEnd();
	}

	private static Provenance copyOf(Provenance provenance) {
		return provenance == null ? null : EcoreUtil.copy(provenance);
	}

	private static ManualProvenance manual(String annotator, Instant time) {
		ManualProvenance provenance = ModelFactory.eINSTANCE.createManualProvenance();
		provenance.setAnnotator(annotator);
		provenance.setTime(time);
		return provenance;
	}

	private static void checkSpan(Document document, int start, int end) {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("An annotation needs a non-empty span (got " + start + ".." + end + ")");
		}
		if (document != null && document.getText() != null && end > document.getText().length()) {
			throw new IllegalArgumentException("The span " + start + ".." + end + " ends after the text ("
					+ document.getText().length() + " characters)");
		}
	}
}
