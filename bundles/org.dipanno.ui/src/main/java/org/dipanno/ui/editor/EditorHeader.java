package org.dipanno.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The line above the legend: which set the editor shows (and whether it is read-only), and the proposals left; while
 * the rules' proposals are previewed, that it is a preview and how they stand (in blue, wrapped when long).
 */
final class EditorHeader {

	private final Label label;

	EditorHeader(Composite parent) {
		label = new Label(parent, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 1; // wrap within the editor's width rather than widen it
		data.horizontalIndent = 10;
		data.verticalIndent = 3;
		label.setLayoutData(data);
	}

	void update(ArticleEditor editor) {
		if (label.isDisposed()) {
			return;
		}
		if (editor.getPreview() != null) {
			label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
			show(editor.getPreview().describe() + " \u2014 Ctrl+Shift+R applies them, Esc dismisses",
					"Dotted boxes: what the rules would propose; hover one for its rule and stage");
			return;
		}
		label.setForeground(null);
		DisplayedSet set = editor.getDisplayedSet();
		String text = "Showing: " + set.label() + (editor.isDone() ? " \u2014 done" : "");
		if (set.showsPendingProposals()) {
			text += " \u2014 " + ReviewStream.countsLeft(editor).replace(" left here", " pending here");
		}
		show(text, "Annotate > Show ... switches the set; Ctrl+. goes to the next proposal");
	}

	private void show(String text, String toolTip) {
		if (!text.equals(label.getText())) {
			label.setText(text);
			label.getParent().layout(true); // the wrapped text may take another number of lines
		}
		label.setToolTipText(toolTip);
	}

	/** What the header says, for tests. */
	String text() {
		return label.getText();
	}
}
