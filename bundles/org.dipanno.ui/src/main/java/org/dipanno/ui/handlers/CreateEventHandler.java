package org.dipanno.ui.handlers;

import org.dipanno.model.EventType;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/** Makes an event with the selection as trigger; asks for the event type when the command does not name one. */
public class CreateEventHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		String typeName = event.getParameter(CommandIds.PARAM_EVENT_TYPE);
		EventType type;
		if (typeName == null) {
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(),
					new LabelProvider() {
						@Override
						public String getText(Object element) {
							EventType t = (EventType) element;
							return t.getName() + (t.getCameoCode() == null ? "" : "  (CAMEO " + t.getCameoCode() + ")");
						}
					});
			dialog.setTitle("Create event");
			dialog.setMessage("Event type of the trigger \"" + selectedText(editor) + "\":");
			dialog.setElements(editor.schema().getEventTypes().toArray());
			if (dialog.open() != Window.OK) {
				return;
			}
			type = (EventType) dialog.getFirstResult();
		} else {
			type = editor.schema().findEventType(typeName);
			if (type == null) {
				throw new ExecutionException("The schema has no event type \"" + typeName + "\"");
			}
		}
		editor.createEvent(type, snap(event));
	}

	private static String selectedText(ArticleEditor editor) {
		int[] span = editor.selectedSpan(true);
		return span == null ? "" : editor.getDocument().getText().substring(span[0], span[1]);
	}
}
