package org.dipanno.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;

/**
 * Which annotation set the article editor shows and edits: the linguist's own set (with pending rule proposals shown
 * over it), the rule proposals alone, the gold set, or another annotator's set read-only.
 */
public record DisplayedSet(AnnotationSetKind kind, String annotator, boolean editable) {

	public static DisplayedSet mine(String annotator) {
		return new DisplayedSet(AnnotationSetKind.ANNOTATOR, annotator, true);
	}

	public static DisplayedSet rules() {
		return new DisplayedSet(AnnotationSetKind.RULES, null, false);
	}

	public static DisplayedSet gold() {
		return new DisplayedSet(AnnotationSetKind.GOLD, null, true);
	}

	public static DisplayedSet otherAnnotator(String annotator) {
		return new DisplayedSet(AnnotationSetKind.ANNOTATOR, annotator, false);
	}

	/** Rule proposals are offered for decision over the linguist's and the curator's sets. */
	public boolean showsPendingProposals() {
		return editable;
	}

	/** This set in a document, or null when it does not exist there yet. */
	public AnnotationSet setIn(Document document) {
		return document.findAnnotationSet(DocumentOperations.annotationSetId(kind,
				kind == AnnotationSetKind.ANNOTATOR ? annotator : null));
	}

	/** This set's mentions in a document, plus the pending rule proposals where it takes decisions on them. */
	public List<Mention> mentionsIn(Document document) {
		List<Mention> mentions = new ArrayList<>();
		AnnotationSet set = setIn(document);
		if (set != null) {
			// A rejected gold mention is a curator's decision against a reading (docs/curation.md), not gold to show.
			boolean hideRejected = set.getKind() == AnnotationSetKind.GOLD;
			set.getEntityMentions().stream().filter(m -> !hideRejected || m.getStatus() != MentionStatus.REJECTED)
					.forEach(mentions::add);
			set.getEventMentions().stream().filter(m -> !hideRejected || m.getStatus() != MentionStatus.REJECTED)
					.forEach(mentions::add);
		}
		// The rules set shows its proposals itself; the sets that take decisions show them on top.
		if (showsPendingProposals()) {
			mentions.addAll(pendingProposals(document));
		}
		return mentions;
	}

	/** A document's rule proposals still waiting for a decision. */
	public static List<Mention> pendingProposals(Document document) {
		List<Mention> proposals = new ArrayList<>();
		AnnotationSet rules = document.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.RULES, null));
		if (rules != null) {
			rules.getEntityMentions().stream().filter(AnnotationActions::isPending).forEach(proposals::add);
			rules.getEventMentions().stream().filter(AnnotationActions::isPending).forEach(proposals::add);
		}
		return proposals;
	}

	public String label() {
		return switch (kind) {
		case RULES -> "Rule proposals";
		case GOLD -> "Gold";
		case ANNOTATOR -> editable ? "Mine (" + annotator + ")" : annotator + " (read-only)";
		};
	}

	/** The parameter value of the show-set command that selects this set. */
	public String commandValue() {
		return switch (kind) {
		case RULES -> "rules";
		case GOLD -> "gold";
		case ANNOTATOR -> editable ? "mine" : "annotator:" + annotator;
		};
	}
}
