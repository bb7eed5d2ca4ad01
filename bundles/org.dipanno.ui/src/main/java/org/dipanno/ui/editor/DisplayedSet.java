package org.dipanno.ui.editor;

import org.dipanno.model.AnnotationSetKind;

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
