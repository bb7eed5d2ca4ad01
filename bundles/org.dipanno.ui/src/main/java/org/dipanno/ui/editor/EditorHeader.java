package org.dipanno.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The line above the legend: which set the editor shows (and whether it is read-only), and the proposals left. */
final class EditorHeader {

	private final Label label;

	EditorHeader(Composite parent) {
		label = new Label(parent, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.horizontalIndent = 10;
		data.verticalIndent = 3;
		label.setLayoutData(data);
	}

	void update(ArticleEditor editor) {
		if (label.isDisposed()) {
			return;
		}
		if (editor.getPreview() != null) {
			label.setText(editor.getPreview().describe() + " \u2014 Ctrl+Shift+R applies them, Esc dismisses");
			label.setToolTipText("Dotted boxes: what the rules would propose; hover one for its rule and stage");
			label.getParent().layout(true);
			return;
		}
		DisplayedSet set = editor.getDisplayedSet();
		String text = "Showing: " + set.label() + (editor.isDone() ? " \u2014 done" : "");
		if (set.showsPendingProposals()) {
			text += " \u2014 " + ReviewStream.countsLeft(editor).replace(" left here", " pending here");
		}
		label.setText(text);
		label.setToolTipText("Annotate > Show ... switches the set; Ctrl+. goes to the next proposal");
	}

	/** What the header says, for tests. */
	String text() {
		return label.getText();
	}
}
