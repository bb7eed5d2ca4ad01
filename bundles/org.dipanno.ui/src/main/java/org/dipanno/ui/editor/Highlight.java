package org.dipanno.ui.editor;

import org.eclipse.swt.graphics.RGB;

/**
 * Something the article editor paints over a range of text: an entity mention, a rule proposal, an event trigger, or
 * a zone that is shown differently from body text.
 */
public record Highlight(int start, int end, Kind kind, RGB color) {

	public enum Kind {
		/** An annotation in the displayed set: coloured background. */
		ENTITY,
		/** A rule proposal waiting for a decision: light background and a dashed box. */
		PROPOSAL,
		/** An event trigger: a solid box and a double underline. */
		TRIGGER,
		/** A proposed event trigger: a dashed box and a double underline. */
		TRIGGER_PROPOSAL,
		/** A proposal the rules would make, previewed and not applied: a dotted box, a faint background. */
		PREVIEW,
		/** Text outside the annotated zones (boilerplate): grey. */
		EXCLUDED_ZONE,
		/** Captions: italic. */
		CAPTION_ZONE,
		/** The article title: bold. */
		TITLE_ZONE
	}

	public int length() {
		return end - start;
	}
}
