package org.dipanno.ui.curation;

import java.util.List;

import org.dipanno.model.curation.CurationItem;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * The curation editor's keys, in its text and its item list: 1-9 take an annotator's reading, n/j and p/k move,
 * Enter accepts the proposed decision, x rejects, e edits the span's type, u reopens, a applies the strategy, c marks
 * the article curated.
 */
final class CurationKeys {

	private final CurationEditor editor;

	CurationKeys(CurationEditor editor) {
		this.editor = editor;
	}

	/** Acts on a key; returns whether the key was one of the editor's. */
	boolean handle(KeyEvent event) {
		if ((event.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0) {
			return false;
		}
		char key = event.character;
		if (key >= '1' && key <= '9') {
			editor.takeAnnotator(key - '1');
			return true;
		}
		switch (key) {
		case 'n', 'j' -> editor.move(true);
		case 'p', 'k' -> editor.move(false);
		case '\r', '\n' -> editor.acceptProposed();
		case 'x' -> editor.rejectCurrent();
		case 'e' -> editInteractively();
		case 'u' -> editor.reopenCurrent();
		case 'a' -> editor.applyStrategy();
		case 'c' -> editor.toggleCurated();
		default -> {
			return false;
		}
		}
		return true;
	}

	/** Asks for the type of the current item's span (or of the selection), and makes that the decision. */
	private void editInteractively() {
		CurationItem current = editor.getCurrentItem();
		if (current == null) {
			return;
		}
		StyledText text = editor.getTextWidget();
		int start = current.start();
		int end = current.end();
		if (text.getSelectionCount() > 0) {
			start = text.getSelection().x;
			end = text.getSelection().y;
		}
		var schema = editor.getDocument().getCorpus().getSchema();
		List<String> types = current.kind() == CurationItem.Kind.ENTITY
				? schema.getEntityTypes().stream().map(t -> t.getName()).toList()
				: schema.getEventTypes().stream().map(t -> t.getName()).toList();
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(),
				new LabelProvider());
		dialog.setTitle("Edit");
		dialog.setMessage("Type of \"" + editor.getDocument().getText().substring(start, end) + "\" [" + start + ","
				+ end + ")");
		dialog.setElements(types.toArray());
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String type) {
			editor.edit(start, end, type);
		}
	}
}
