package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.validation.Issue;

/** Quick fixes (Ctrl+1) for the diagnostics on the caret's line that {@link QuickFixes} can repair. */
final class RuleQuickAssistProcessor implements IQuickAssistProcessor {

	private final RuleFileEditor editor;

	RuleQuickAssistProcessor(RuleFileEditor editor) {
		this.editor = editor;
	}

	/** The repairs for the issues on the line of an offset, in the current text. */
	List<QuickFixes.Fix> fixesAt(IDocument document, int offset) {
		List<QuickFixes.Fix> fixes = new ArrayList<>();
		String text = document.get();
		RuleFileState state = editor.currentState(text);
		int line;
		try {
			line = document.getLineOfOffset(offset) + 1;
		} catch (BadLocationException e) {
			return fixes;
		}
		for (Issue issue : state.ownIssues()) {
			if (issue.getLineNumber() != null && issue.getLineNumber() == line) {
				fixes.addAll(QuickFixes.of(issue, state.resource(), text));
			}
		}
		return fixes;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		return fixesAt(document, context.getOffset()).stream().map(fix -> new FixProposal(fix))
				.toArray(ICompletionProposal[]::new);
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && !marker.isMarkedDeleted()
				&& marker.getMarker().getAttribute(RuleMarkers.CODE, null) != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	/** A fix as a proposal of the quick fix list. */
	static final class FixProposal implements ICompletionProposal {
		private final QuickFixes.Fix fix;

		FixProposal(QuickFixes.Fix fix) {
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			try {
				document.replace(fix.offset(), fix.length(), fix.text());
			} catch (BadLocationException e) {
				RulesUi.log("The quick fix could not be applied", e);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return new Point(fix.offset() + fix.text().length(), 0);
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
