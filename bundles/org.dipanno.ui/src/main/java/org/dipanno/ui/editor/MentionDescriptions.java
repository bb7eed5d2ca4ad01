package org.dipanno.ui.editor;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.ImportedProvenance;
import org.dipanno.model.ManualProvenance;
import org.dipanno.model.Mention;
import org.dipanno.model.Provenance;
import org.dipanno.model.RecommenderProvenance;
import org.dipanno.model.RuleProvenance;

/** Short texts about mentions, shared by the hover, the annotations view and the navigator. */
public final class MentionDescriptions {

	private MentionDescriptions() {
	}

	/** The type name of an entity or event mention ("?" without a type). */
	public static String typeName(Mention mention) {
		if (mention instanceof EntityMention entity) {
			return entity.getType() == null ? "?" : entity.getType().getName();
		}
		if (mention instanceof EventMention event) {
			return event.getType() == null ? "?" : "event " + event.getType().getName();
		}
		return "?";
	}

	/** Where a mention came from, in a few words: "rule PersonAfterTitle (rules.dar:12)", "mai, 2026-11-22T09:00Z". */
	public static String source(Provenance provenance) {
		if (provenance instanceof RuleProvenance rule) {
			return "rule " + rule.getRuleName()
					+ (rule.getSourceUri() == null ? "" : " (" + rule.getSourceUri() + ":" + rule.getLine() + ")");
		}
		if (provenance instanceof ManualProvenance manual) {
			return manual.getAnnotator() + (manual.getTime() == null ? "" : ", " + manual.getTime());
		}
		if (provenance instanceof RecommenderProvenance recommender) {
			return String.format(java.util.Locale.ROOT, "recommender, confidence %.2f (%d accepted, %d rejected in %s)",
					recommender.getConfidence(), recommender.getAccepted(), recommender.getRejected(),
					recommender.getLearnedFrom());
		}
		if (provenance instanceof ImportedProvenance imported) {
			return "imported from " + imported.getSource();
		}
		return "unknown";
	}

	/**
	 * The event arguments a mention takes part in: for an event, "participant: Vương Văn Đào; counterpart: Gina
	 * Raimondo"; for an entity, what it is in which event, "participant of MEET “hội đàm”"; empty when none.
	 */
	public static String arguments(Mention mention) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (mention instanceof EventMention event) {
			for (EventArgument argument : event.getArguments()) {
				parts.add(argument.getRole() + ": " + (argument.getEntity() == null ? "?" : argument.getEntity().getText()));
			}
		} else if (mention instanceof EntityMention entity && entity.getAnnotationSet() != null) {
			for (EventMention event : entity.getAnnotationSet().getEventMentions()) {
				for (EventArgument argument : event.getArguments()) {
					if (argument.getEntity() == entity) {
						parts.add(argument.getRole() + " of " + (event.getType() == null ? "?" : event.getType().getName())
								+ " \u201C" + event.getText() + "\u201D");
					}
				}
			}
		}
		return String.join("; ", parts);
	}

	/** The hover text of a mention: type, text, normalized value, guideline, status, source. */
	public static String describe(Mention mention) {
		return MentionHover.describe(mention);
	}
}
