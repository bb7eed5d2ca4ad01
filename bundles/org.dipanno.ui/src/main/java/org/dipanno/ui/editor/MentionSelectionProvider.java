package org.dipanno.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dipanno.model.Mention;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** Selection of an article editor for other views (Properties, annotations): the mention under the caret. */
final class MentionSelectionProvider implements ISelectionProvider {

	private final ArticleEditor editor;
	private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
	private ISelection current = StructuredSelection.EMPTY;

	MentionSelectionProvider(ArticleEditor editor) {
		this.editor = editor;
	}

	/** Tells the listeners when the caret has moved onto another mention (or off one). */
	void caretMoved() {
		Mention mention = editor.hasControls() ? editor.mentionAtCaret() : null;
		ISelection next = mention == null ? StructuredSelection.EMPTY : new StructuredSelection(mention);
		if (!next.equals(current)) {
			current = next;
			SelectionChangedEvent event = new SelectionChangedEvent(this, current);
			listeners.forEach(listener -> listener.selectionChanged(event));
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void setSelection(ISelection selection) {
		if (selection instanceof StructuredSelection structured && structured.getFirstElement() instanceof Mention m) {
			editor.reveal(m);
		}
	}
}
