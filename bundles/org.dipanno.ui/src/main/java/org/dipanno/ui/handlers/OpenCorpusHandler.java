package org.dipanno.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.dipanno.model.imports.CorpusFolders;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.Texts;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File > Open Corpus Folder...: a dipanno corpus folder, or a folder of plain-text articles (imported into a corpus
 * there, after asking), becomes the workbench's corpus, remembered for the next start. Editors of the previous corpus
 * are closed first (asking to save unsaved work; declining keeps everything as it was). The parameter {@code folder}
 * opens a folder without asking (for scripts and tests).
 */
public class OpenCorpusHandler extends AbstractHandler {

	public static final String PARAM_FOLDER = "folder";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		String given = event.getParameter(PARAM_FOLDER);
		Path folder;
		if (given != null && !given.isBlank()) {
			folder = Path.of(given);
		} else {
			DirectoryDialog chooser = new DirectoryDialog(window.getShell());
			chooser.setText("Open Corpus Folder");
			chooser.setMessage("A dipanno corpus folder, or a folder of plain-text articles (.txt) to import");
			chooser.setFilterPath(WorkspaceCorpus.getDefault().folder().toString());
			String chosen = chooser.open();
			if (chosen == null) {
				return null;
			}
			folder = Path.of(chosen);
			if (!CorpusFolders.isCorpus(folder) && !MessageDialog.openQuestion(window.getShell(), "Import Articles",
					folder + " holds no dipanno corpus yet. Import its plain-text articles (.txt) into a new corpus"
							+ " there? corpus.xml and documents/ are added beside them; the articles are not changed.")) {
				return null;
			}
		}
		if (folder.toAbsolutePath().normalize().equals(WorkspaceCorpus.getDefault().folder())) {
			return null;
		}
		for (IWorkbenchWindow each : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : each.getPages()) {
				if (!page.closeAllEditors(true)) {
					return null; // the linguist kept unsaved work open: stay on this corpus
				}
			}
		}
		try {
			CorpusFolders.Opened opened = WorkspaceCorpus.open(folder);
			WorkspaceCorpus.getDefault().reportRun(opened.imported()
					? "Imported " + Texts.count(opened.articles(), "article") + (opened.problems().isEmpty() ? ""
							: "; not imported: " + String.join("; ", opened.problems()))
					: null);
			return opened;
		} catch (IOException e) {
			DipannoUi.log("Opening " + folder + " failed", e);
			MessageDialog.openError(window.getShell(), "Open Corpus Folder", e.getMessage());
			return null;
		}
	}
}
