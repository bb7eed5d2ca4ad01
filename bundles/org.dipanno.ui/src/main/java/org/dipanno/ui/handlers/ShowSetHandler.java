package org.dipanno.ui.handlers;

import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DisplayedSet;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** Switches the annotation set the editor shows: mine, rules, gold, or annotator:NAME (read-only). */
public class ShowSetHandler extends ArticleEditorHandler {

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
