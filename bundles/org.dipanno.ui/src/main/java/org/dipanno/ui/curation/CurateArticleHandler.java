package org.dipanno.ui.curation;

import org.dipanno.model.Document;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens the curation editor on the article selected in the corpus view, or on the article of the active article
 * editor.
 */
public class CurateArticleHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.dipanno.ui.commands.curateArticle";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Document document = null;
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Document d) {
			document = d;
		}
		IEditorPart active = HandlerUtil.getActiveEditor(event);
		if (document == null && active instanceof ArticleEditor article) {
			document = article.getDocument();
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		if (document == null) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Curate Article",
					"Select an article in the corpus view (or open it) to curate it.");
			return null;
		}
		open(page, document);
		return null;
	}

	/** Opens (or brings up) the curation editor on the article; tells the curator why when it cannot. */
	public static CurationEditor open(IWorkbenchPage page, Document document) {
		try {
			return (CurationEditor) page.openEditor(new DocumentEditorInput(WorkspaceCorpus.getDefault().folder(),
					document.getId(), document.getTitle()), CurationEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Curate Article", e.getMessage());
			return null;
		}
	}
}
