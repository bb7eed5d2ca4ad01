package org.dipanno.ui.editor;

import java.io.IOException;

import org.dipanno.model.Document;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A document editor's recovery copies: written by a job at the preference's interval while there are unsaved
 * changes ({@link DocumentEditorPart#writeRecoveryCopy}), and offered back when the editor opens after a crash.
 */
final class RecoveryCopies {

	private final DocumentEditorPart editor;
	private final WorkspaceCorpus workspaceCorpus;
	private Job job;

	RecoveryCopies(DocumentEditorPart editor, WorkspaceCorpus workspaceCorpus) {
		this.editor = editor;
		this.workspaceCorpus = workspaceCorpus;
	}

	/** Starts writing copies at the preference's interval (none when it is 0). */
	void schedule() {
		Document document = editor.getDocument();
		int seconds = DipannoUi.getDefault().getPreferenceStore().getInt(DipannoUi.PREF_AUTOSAVE_SECONDS);
		if (seconds <= 0) {
			return;
		}
		job = new Job("Recovery copy of " + document.getId()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (editor.getTextWidget() == null) {
					return Status.OK_STATUS;
				}
				editor.getTextWidget().getDisplay().syncExec(() -> {
					try {
						if (!editor.getTextWidget().isDisposed()) {
							editor.writeRecoveryCopy();
						}
					} catch (IOException e) {
						DipannoUi.log("Recovery copy of " + document.getId() + " failed", e);
					}
				});
				schedule(seconds * 1000L);
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule(seconds * 1000L);
	}

	/** After a crash: offers the unsaved work of the recovery copy back; taking it is one undoable change. */
	void offer() {
		Document document = editor.getDocument();
		try {
			if (!workspaceCorpus.hasRecoveryCopy(document.getId())) {
				return;
			}
			boolean restore = RecoveryPolicy.current().restore(editor.getSite().getShell(), document);
			if (restore) {
				Document recovered = workspaceCorpus.loadRecoveryCopy(document.getId());
				editor.change("Restore unsaved work", () -> RecoveryPolicy.replaceAnnotationSets(document, recovered));
			}
			workspaceCorpus.discardRecoveryCopy(document.getId());
		} catch (IOException e) {
			DipannoUi.log("The recovery copy of " + document.getId() + " could not be read", e);
		}
	}

	void cancel() {
		if (job != null) {
			job.cancel();
		}
	}
}
