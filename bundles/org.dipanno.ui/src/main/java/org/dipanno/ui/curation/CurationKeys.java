package org.dipanno.ui.curation;

import java.util.List;

import org.dipanno.model.Document;
import org.dipanno.model.curation.CurationItem;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/** The curation editor's keys (see {@link CurationEditor}). */
final class CurationKeys {

	private CurationKeys() {
	}

	/** Asks the type for the curator's reading of the current item: the selected text, else the item's span. */
	static void editInteractively(CurationEditor editor) {
		StyledText text = editor.getTextWidget();
		CurationItem current = editor.getCurrentItem();
		Document document = editor.getDocument();
		if (current == null) {
			return;
		}
		int start = current.start();
		int end = current.end();
		if (text.getSelectionCount() > 0) {
			start = text.getSelection().x;
			end = text.getSelection().y;
		}
		var schema = document.getCorpus().getSchema();
		List<String> types = current.kind() == CurationItem.Kind.ENTITY
				? schema.getEntityTypes().stream().map(t -> t.getName()).toList()
				: schema.getEventTypes().stream().map(t -> t.getName()).toList();
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(),
				new org.eclipse.jface.viewers.LabelProvider());
		dialog.setTitle("Edit");
		dialog.setMessage("Type of \"" + document.getText().substring(start, end) + "\" [" + start + "," + end + ")");
		dialog.setElements(types.toArray());
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof String type) {
			editor.edit(start, end, type);
		}
	}

	/** The editor's keys; returns whether the key was one of them. */
	static boolean handle(CurationEditor editor, KeyEvent event) {
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
		case 'e' -> editInteractively(editor);
		case 'u' -> editor.reopenCurrent();
		case 'a' -> editor.applyStrategy();
		case 'c' -> editor.toggleCurated();
		default -> {
			return false;
		}
		}
		return true;
	}

}
