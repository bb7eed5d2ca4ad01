package org.dipanno.ui.editor;

import java.io.IOException;

import org.dipanno.model.Document;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.operations.ModelChangeOperation;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor of one document of a corpus folder whose every change is one undoable operation of its own undo context
 * in the workbench's history: the article editor and the curation editor. It owns what they share: opening the
 * document from its corpus, running changes, the dirty state counted from the history, atomic save, recovery copies of
 * unsaved work and, on close without saving, putting the shared document back as it is on disk.
 */
public abstract class DocumentEditorPart extends EditorPart {

	private final IUndoContext undoContext;
	private WorkspaceCorpus workspaceCorpus;
	private Document document;
	/**
	 * Where the document stands in its edit history (changes done minus undone) and where it stood when last saved;
	 * dirty when they differ. Counted from history events rather than read off the history, because the workbench
	 * announces a change before adding it and prunes an editor's history on close before {@link #dispose()} runs.
	 */
	private int editPosition;
	private int savedPosition;
	private IOperationHistoryListener historyListener;
	private RecoveryCopies recoveryCopies;

	protected DocumentEditorPart(String undoContextLabel) {
		undoContext = new ObjectUndoContext(this, undoContextLabel);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DocumentEditorInput documentInput)) {
			throw new PartInitException("The " + kindOfEditor() + " opens dipanno documents, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		workspaceCorpus = WorkspaceCorpus.getDefault().folder().equals(documentInput.getCorpusFolder())
				? WorkspaceCorpus.getDefault()
				: new WorkspaceCorpus(documentInput.getCorpusFolder());
		try {
			document = workspaceCorpus.document(documentInput.getDocumentId());
		} catch (IOException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		documentOpened(site);
		historyListener = this::historyChanged;
		history().addOperationHistoryListener(historyListener);
	}

	/** What the editor is called in messages ("article editor"). */
	protected abstract String kindOfEditor();

	/** Called by {@link #init} once the document is loaded, before the editor follows the history. */
	protected abstract void documentOpened(IEditorSite site) throws PartInitException;

	/** The text widget the editor shows the document in (null before its controls are made). */
	public abstract StyledText getTextWidget();

	/** Tells the user something that went wrong or was refused (null clears it). */
	public abstract void showMessage(String message);

	/**
	 * The history of this editor's context moved: {@code eventType} is an {@link OperationHistoryEvent} type (done,
	 * undone, redone, removed), already counted for the dirty state.
	 */
	protected abstract void historyStepped(int eventType, String operationLabel);

	public Document getDocument() {
		return document;
	}

	protected WorkspaceCorpus workspaceCorpus() {
		return workspaceCorpus;
	}

	public IUndoContext getUndoContext() {
		return undoContext;
	}

	/** Starts writing recovery copies at the preference's interval and offers back one left by a crash. */
	protected void startRecoveryCopies() {
		recoveryCopies = new RecoveryCopies(this, workspaceCorpus);
		recoveryCopies.schedule();
		recoveryCopies.offer();
	}

	/**
	 * Runs a change to the document as one undoable operation of this editor. Returns false (and tells the user why)
	 * when the change was refused.
	 */
	public boolean change(String label, Runnable change) {
		ModelChangeOperation operation = new ModelChangeOperation(label, document, undoContext, change);
		try {
			IStatus status = history().execute(operation, null, null);
			if (!status.isOK()) {
				showMessage(status.getMessage());
				return false;
			}
			showMessage(null);
			return true;
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			showMessage(cause.getMessage());
			return false;
		}
	}

	private void historyChanged(OperationHistoryEvent event) {
		if (!event.getOperation().hasContext(undoContext)) {
			return;
		}
		switch (event.getEventType()) {
		case OperationHistoryEvent.DONE -> {
			if (savedPosition > editPosition) {
				savedPosition = -1; // the saved state was undone and is now unreachable
			}
			editPosition++;
		}
		case OperationHistoryEvent.UNDONE -> {
			editPosition--;
			dropRecoveryCopyWhenClean();
		}
		case OperationHistoryEvent.REDONE -> {
			editPosition++;
			dropRecoveryCopyWhenClean();
		}
		case OperationHistoryEvent.OPERATION_REMOVED -> {
		}
		default -> {
			return;
		}
		}
		historyStepped(event.getEventType(), event.getOperation().getLabel());
	}

	/** Back at the saved state (by undo or redo): a recovery copy of other states is no longer work to recover. */
	private void dropRecoveryCopyWhenClean() {
		if (!isDirty()) {
			try {
				workspaceCorpus.discardRecoveryCopy(document.getId());
			} catch (IOException e) {
				DipannoUi.log("Dropping the recovery copy of " + document.getId() + " failed", e);
			}
		}
	}

	protected static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}

	// ---- saving and recovery -----------------------------------------------------------------------------------

	@Override
	public boolean isDirty() {
		return editPosition != savedPosition;
	}

	/** Saves the document now (atomically), throwing when that fails; {@link #doSave} tells the user instead. */
	public void saveNow() throws IOException {
		workspaceCorpus.saveDocument(document);
		savedPosition = editPosition;
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			saveNow();
			showMessage(null);
		} catch (IOException e) {
			DipannoUi.log("Saving " + document.getId() + " failed", e);
			MessageDialog.openError(getSite().getShell(), "Save failed",
					"The article was not saved; your work is still open here and in the recovery copy.\n\n"
							+ e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException("Articles are saved in their corpus");
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Writes a recovery copy now if there are unsaved changes (also done by a job at the preference interval). */
	public void writeRecoveryCopy() throws IOException {
		if (isDirty()) {
			workspaceCorpus.saveRecoveryCopy(document);
		}
	}

	@Override
	public void dispose() {
		if (recoveryCopies != null) {
			recoveryCopies.cancel();
		}
		boolean discardChanges = isDirty();
		if (historyListener != null) {
			history().removeOperationHistoryListener(historyListener);
		}
		history().dispose(undoContext, true, true, true);
		if (document != null) {
			try {
				if (discardChanges) {
					// Closed without saving: the shared corpus must not keep the discarded changes.
					workspaceCorpus.revert(document);
				}
				// Closed saved, clean or with changes discarded: a recovery copy left from earlier is nothing to offer.
				workspaceCorpus.discardRecoveryCopy(document.getId());
			} catch (IOException e) {
				DipannoUi.log("Reverting " + document.getId() + " failed", e);
			}
		}
		super.dispose();
	}
}
