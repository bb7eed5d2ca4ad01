package org.dipanno.rules.ui;

import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.rules.RulePreviews;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Shows what the corpus's rule set would propose in the open article, without applying anything: drawn over the
 * article in its editor ({@link RulePreviews}), and its matches in the Rule Results view, where opening one selects it
 * in the article with its explanation.
 */
public class PreviewRulesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			RuleResultsView view = (RuleResultsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(RuleResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			view.runOnOpenArticle();
			ArticleEditor article = view.lastArticleEditor();
			if (article != null) {
				RulePreviews.show(article);
			}
		} catch (PartInitException e) {
			throw new ExecutionException("The Rule Results view cannot be shown", e);
		}
		return null;
	}
}
