package org.dipanno.ui.handlers;

import org.dipanno.ui.CommandIds;
import org.dipanno.model.Mention;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.ExecutionEvent;

/** Deletes the mention under the caret; a pending rule proposal there is rejected instead. */
public class DeleteMentionHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		if (!editor.checkEditable()) {
			return;
		}
		if (editor.getArcs().clickedArgument() != null) {
			// A clicked arc is what Delete removes: the argument, not the entity under the caret.
			org.dipanno.ui.editor.EditorCommands.run(editor, CommandIds.REMOVE_ARGUMENT);
			return;
		}
		Mention mention = editor.mentionAtCaret();
		if (mention == null) {
			editor.showMessage("No annotation under the caret");
		} else if (AnnotationActions.isPending(mention)) {
			editor.change("Reject proposal", () -> AnnotationActions.reject(mention));
		} else {
			editor.change("Delete " + mention.eClass().getName(), () -> AnnotationActions.delete(mention));
		}
	}
}
