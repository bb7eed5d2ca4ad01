package org.dipanno.ui.editor;

import java.time.Instant;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.Mention;
import org.dipanno.model.editing.AnnotationActions;
import org.eclipse.swt.graphics.Point;

/**
 * A type key on an existing mention: a rule proposal under the caret (or selected whole) is accepted as that type and
 * the review moves on to the next one; a mention of the linguist's own under the caret takes the type.
 */
final class Relabel {

	private Relabel() {
	}

	/**
	 * The entity a type key changes rather than labelling anew: with only the caret placed, the innermost entity of
	 * the editable set or pending proposal under it; with a selection, a pending proposal it covers exactly.
	 */
	static EntityMention target(ArticleEditor editor) {
		Point selection = editor.getTextWidget().getSelection();
		AnnotationSet own = editor.displayedAnnotationSet();
		if (selection.x == selection.y) {
			for (Mention mention : editor.mentionsAt(selection.x)) {
				if (mention instanceof EntityMention entity
						&& (AnnotationActions.isPending(entity) || entity.getAnnotationSet() == own)) {
					return entity;
				}
			}
			return null;
		}
		for (Mention proposal : editor.pendingProposals()) {
			if (proposal instanceof EntityMention entity && entity.getStart() == Math.min(selection.x, selection.y)
					&& entity.getEnd() == Math.max(selection.x, selection.y)) {
				return entity;
			}
		}
		return null;
	}

	/** Accepts the proposal as the type (and goes on), or gives the own mention the type; null when refused. */
	static EntityMention apply(ArticleEditor editor, EntityMention existing, EntityType type) {
		EntityMention[] result = new EntityMention[1];
		if (AnnotationActions.isPending(existing)) {
			boolean done = editor.change("Accept as " + type.getName(), () -> {
				result[0] = (EntityMention) AnnotationActions.accept(existing, editor.editableSet());
				result[0].setType(type);
			});
			if (done) {
				ReviewStream.advanceAfterDecision(editor, existing.getStart());
			}
			return done ? result[0] : null;
		}
		boolean done = editor.change("Label " + type.getName(), () -> result[0] = AnnotationActions.label(
				editor.editableSet(), existing.getStart(), existing.getEnd(), type, editor.annotatorName(), Instant.now()));
		return done ? result[0] : null;
	}
}
