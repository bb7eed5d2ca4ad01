package org.dipanno.ui.views;

import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/** The corpus view selects the article of the active editor, so that the linguist sees where it is in the corpus. */
final class FollowActiveEditor implements IPartListener2 {

	private final TableViewer viewer;

	private FollowActiveEditor(TableViewer viewer) {
		this.viewer = viewer;
	}

	/** Follows from now on (until the viewer is disposed), starting with the editor active now. */
	static void install(IWorkbenchPage page, TableViewer viewer) {
		FollowActiveEditor follow = new FollowActiveEditor(viewer);
		page.addPartListener(follow);
		viewer.getControl().addDisposeListener(event -> page.removePartListener(follow));
		if (page.getActiveEditor() instanceof ArticleEditor editor) {
			follow.select(editor);
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof ArticleEditor editor) {
			select(editor);
		}
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference reference) {
		partActivated(reference);
	}

	private void select(ArticleEditor editor) {
		if (viewer.getControl().isDisposed()
				|| !(editor.getEditorInput() instanceof DocumentEditorInput input)
				|| !input.getCorpusFolder().equals(org.dipanno.ui.corpus.WorkspaceCorpus.getDefault().folder())) {
			return;
		}
		Object current = viewer.getStructuredSelection().getFirstElement();
		if (current != editor.getDocument()) {
			viewer.setSelection(new StructuredSelection(editor.getDocument()), true);
		}
	}
}
