package org.dipanno.ui.handlers;

import java.io.IOException;

import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.imports.CorpusAnnotationImport;
import org.dipanno.ui.imports.ImportAnnotationsDialog;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Import Annotations...: asks what to import and where to, imports it and saves the documents. */
public class ImportAnnotationsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		WorkspaceCorpus workspaceCorpus = WorkspaceCorpus.getDefault();
		try {
			ImportAnnotationsDialog dialog = new ImportAnnotationsDialog(window.getShell(), workspaceCorpus.corpus(),
					DipannoUi.annotator());
			if (dialog.open() != ImportAnnotationsDialog.OK || dialog.getOptions() == null) {
				return null;
			}
			return CorpusAnnotationImport.run(workspaceCorpus, dialog.getSources(), dialog.getOptions());
		} catch (IOException e) {
			throw new ExecutionException("The annotations cannot be imported: " + e.getMessage(), e);
		}
	}
}
