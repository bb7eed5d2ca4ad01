package org.dipanno.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.dipanno.export.model.CorpusDatasetExport;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.export.ExportDatasetDialog;
import org.dipanno.ui.export.ExportDatasetJob;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Export Dataset...: asks what to export and where, then writes the dataset in a background job. */
public class ExportDatasetHandler extends AbstractHandler {

	/** Folder beside the corpus where datasets go by default. */
	public static final String DATASETS_FOLDER = "datasets";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		WorkspaceCorpus workspaceCorpus = WorkspaceCorpus.getDefault();
		ExportDatasetDialog dialog;
		try {
			Path datasets = workspaceCorpus.folder().resolveSibling(DATASETS_FOLDER);
			dialog = new ExportDatasetDialog(window.getShell(), workspaceCorpus.corpus(), DipannoUi.annotator(),
					datasets);
		} catch (IOException e) {
			throw new ExecutionException("The corpus cannot be loaded: " + e.getMessage(), e);
		}
		if (dialog.open() != ExportDatasetDialog.OK || dialog.getRequest() == null) {
			return null;
		}
		CorpusDatasetExport.Request request = dialog.getRequest();
		ExportDatasetJob job = new ExportDatasetJob(workspaceCorpus, request, window.getShell().getDisplay());
		job.schedule();
		return job;
	}
}
