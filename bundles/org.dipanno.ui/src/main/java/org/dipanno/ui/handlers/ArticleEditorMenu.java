package org.dipanno.ui.handlers;

import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/** A dynamic menu whose items depend on the active article editor; empty when no article editor is active. */
abstract class ArticleEditorMenu extends CompoundContributionItem {

	@Override
	protected final IContributionItem[] getContributionItems() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IEditorPart active = window == null || window.getActivePage() == null ? null
				: window.getActivePage().getActiveEditor();
		if (!(active instanceof ArticleEditor editor)) {
			return new IContributionItem[0];
		}
		return items(window, editor);
	}

	abstract IContributionItem[] items(IWorkbenchWindow window, ArticleEditor editor);
}
