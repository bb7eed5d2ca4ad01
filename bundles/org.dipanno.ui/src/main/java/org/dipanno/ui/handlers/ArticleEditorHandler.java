package org.dipanno.ui.handlers;

import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** A command that acts on the active article editor. */
abstract class ArticleEditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (!(editor instanceof ArticleEditor articleEditor)) {
			throw new ExecutionException("No article editor is active");
		}
		run(articleEditor, event);
		return null;
	}

	abstract void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException;

	static boolean snap(ExecutionEvent event) {
		return !"false".equals(event.getParameter(CommandIds.PARAM_SNAP));
	}
}
