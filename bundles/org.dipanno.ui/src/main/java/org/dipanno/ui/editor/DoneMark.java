package org.dipanno.ui.editor;

import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.editing.DocumentProgress;

/**
 * Marking the article done for the displayed set, or reopening it: one undoable change. Only the linguist's own set
 * and the gold set can be done; a saved article stays saved (the done mark alone is no work to save).
 */
final class DoneMark {

	private DoneMark() {
	}

	static boolean toggle(ArticleEditor editor) {
		DisplayedSet displayed = editor.getDisplayedSet();
		if (displayed.kind() == AnnotationSetKind.RULES) {
			editor.showMessage("Rule proposals are not marked done; switch to your own set to mark the article done");
			return false;
		}
		if (!editor.checkEditable()) {
			return false;
		}
		boolean done = !editor.isDone();
		boolean wasClean = !editor.isDirty();
		String annotator = displayed.kind() == AnnotationSetKind.ANNOTATOR ? displayed.annotator() : null;
		boolean changed = editor.change(done ? "Mark document done" : "Reopen document",
				() -> DocumentProgress.setDone(editor.getDocument(), displayed.kind(), annotator, done));
		if (changed) {
			if (wasClean) {
				editor.doSave(null);
			}
			editor.showStatus(done ? "Done for " + displayed.label() + "; Ctrl+Shift+D reopens it"
					: "Reopened for " + displayed.label());
		}
		return changed;
	}
}
