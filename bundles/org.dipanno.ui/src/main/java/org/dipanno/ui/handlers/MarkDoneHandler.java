package org.dipanno.ui.handlers;

import java.util.Map;

import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * Marks the article done for the displayed set (the linguist's own, or gold), or reopens it when it is done. One
 * undoable change; menus show a check mark while the article is done.
 */
public class MarkDoneHandler extends ArticleEditorHandler implements IElementUpdater {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		editor.toggleDone();
	}

	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IWorkbenchWindow window = element.getServiceLocator().getService(IWorkbenchWindow.class);
		boolean done = window != null && window.getActivePage() != null
				&& window.getActivePage().getActiveEditor() instanceof ArticleEditor editor && editor.isDone();
		element.setChecked(done);
	}
}
