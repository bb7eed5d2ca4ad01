package org.dipanno.ui.rules;

import java.nio.file.Path;

import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.dipanno.ui.editor.RulePreview;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Previews the corpus's rule set in article editors: the rules are compiled in the background (the slow part, done
 * again only when a rule file changed), then the engine runs on the article and the editor draws the proposals it
 * would make, changing nothing (see {@link RulePreview}).
 */
public final class RulePreviews {

	/** The family of the jobs that compile the rules for a preview. */
	public static final Object FAMILY = RulePreviews.class;

	private RulePreviews() {
	}

	/** Previews the rule set's proposals in the editor (a rule file with errors is named in the status line). */
	public static void show(ArticleEditor editor) {
		StyledText text = editor.getTextWidget();
		if (text == null || text.isDisposed()) {
			return;
		}
		Path corpusFolder = ((DocumentEditorInput) editor.getEditorInput()).getCorpusFolder();
		editor.showStatus("Previewing the rules' proposals\u2026");
		Job job = new Job("Previewing the rules on " + editor.getDocument().getId()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					WorkbenchRules.Described rules = WorkbenchRules.describedForCorpus(corpusFolder);
					text.getDisplay().asyncExec(() -> {
						if (!text.isDisposed()) {
							editor.showPreview(new RulePreview(rules.rules().engine(), rules.origin(),
									editor.getDocument()));
						}
					});
				} catch (Exception e) {
					text.getDisplay().asyncExec(() -> {
						if (!text.isDisposed()) {
							editor.showStatus(null);
							editor.showMessage("The rules cannot be previewed: " + e.getMessage());
						}
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	/** After a rule file was saved: previews the rules again in every article editor that shows a preview. */
	public static void refreshShown() {
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (var reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof ArticleEditor editor && editor.getPreview() != null) {
						show(editor);
					}
				}
			}
		}
	}
}
