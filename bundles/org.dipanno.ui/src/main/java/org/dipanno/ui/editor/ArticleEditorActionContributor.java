package org.dipanno.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Article editors share one set of action bars; when another article becomes active, Edit > Undo and Redo (and their
 * keys) are pointed at that article's own history, and the status line drops what the previous article said.
 */
public class ArticleEditorActionContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (bars == null) {
			return;
		}
		if (part instanceof ArticleEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.getUndoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.getRedoAction());
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		}
		bars.getStatusLineManager().setMessage(null);
		bars.getStatusLineManager().setErrorMessage(null);
		bars.updateActionBars();
	}
}
