package org.dipanno.ui.handlers;

import java.util.Map;

import org.dipanno.ui.CommandIds;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DisplayedSet;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** Switches the annotation set the editor shows: mine, rules, gold, or annotator:NAME (read-only). */
public class ShowSetHandler extends ArticleEditorHandler implements IElementUpdater {

	/** The menu item of the set the active editor shows is checked. */
	@Override
	public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
		IWorkbenchWindow window = element.getServiceLocator().getService(IWorkbenchWindow.class);
		Object value = parameters.get(CommandIds.PARAM_SET);
		boolean shown = window != null && window.getActivePage() != null
				&& window.getActivePage().getActiveEditor() instanceof ArticleEditor editor
				&& editor.getDisplayedSet().commandValue().equals(value == null ? "mine" : value);
		element.setChecked(shown);
	}


	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		String value = event.getParameter(CommandIds.PARAM_SET);
		DisplayedSet set;
		if (value == null || value.equals("mine")) {
			set = DisplayedSet.mine(DipannoUi.annotator());
		} else if (value.equals("rules")) {
			set = DisplayedSet.rules();
		} else if (value.equals("gold")) {
			set = DisplayedSet.gold();
		} else if (value.startsWith("annotator:") && value.length() > "annotator:".length()) {
			set = DisplayedSet.otherAnnotator(value.substring("annotator:".length()));
		} else {
			throw new ExecutionException("Unknown annotation set \"" + value + "\" (mine, rules, gold, annotator:NAME)");
		}
		editor.showSet(set);
	}
}
