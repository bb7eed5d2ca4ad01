package org.dipanno.ui.operations;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * One undoable change to the annotation model, for the workbench's Undo/Redo.
 *
 * <p>The change runs while an EMF {@link ChangeRecorder} watches the document, so undo and redo replay exactly what
 * the change did (including ids, statuses, arguments), whatever the change was. A change that fails midway is rolled
 * back, so the model is never left half-changed.
 */
public class ModelChangeOperation extends AbstractOperation {

	private final EObject root;
	private final Runnable change;
	private ChangeDescription recorded;

	public ModelChangeOperation(String label, EObject root, IUndoContext context, Runnable change) {
		super(label);
		this.root = root;
		this.change = change;
		addContext(context);
	}

	@Override
	public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
		ChangeRecorder recorder = new ChangeRecorder(root);
		try {
			change.run();
		} catch (RuntimeException e) {
			recorder.endRecording().apply();
			recorder.dispose();
			throw new ExecutionException(getLabel() + " failed: " + e.getMessage(), e);
		}
		recorded = recorder.endRecording();
		recorder.dispose();
		return Status.OK_STATUS;
	}

	@Override
	public boolean canUndo() {
		return recorded != null;
	}

	@Override
	public boolean canRedo() {
		return recorded != null;
	}

	@Override
	public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
		// applyAndReverse turns the description into the one that redoes what it just undid.
		recorded.applyAndReverse();
		return Status.OK_STATUS;
	}

	@Override
	public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
		recorded.applyAndReverse();
		return Status.OK_STATUS;
	}
}
