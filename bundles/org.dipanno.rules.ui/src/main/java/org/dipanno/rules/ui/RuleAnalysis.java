package org.dipanno.rules.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Analyses the whole text on the reconciler's thread after a pause in typing (see {@link RuleFileState}) and hands
 * the result to the editor; a newer edit cancels an analysis in progress.
 */
final class RuleAnalysis implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final RuleFileEditor editor;
	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	RuleAnalysis(RuleFileEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	/** The document's modification stamp (which says whether the text is still the analysed one). */
	static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
				: IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	@Override
	public void initialReconcile() {
		analyse();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		analyse();
	}

	@Override
	public void reconcile(IRegion partition) {
		analyse();
	}

	private void analyse() {
		IDocument analysed = document;
		if (analysed == null) {
			return;
		}
		try {
			long stamp = stamp(analysed);
			String text = analysed.get();
			if (stamp(analysed) != stamp) {
				stamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
			}
			RuleFileState state = RuleFileState.compute(editor.resourceUri(), text, monitor::isCanceled);
			if (state != null) {
				editor.analysed(analysed, state, stamp);
			}
		} catch (RuntimeException e) {
			RulesUi.log("The rule file could not be analysed", e);
		}
	}
}
