package org.dipanno.ui.handlers;

import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.ReviewStream;
import org.eclipse.core.commands.ExecutionEvent;

/** The keyboard review: next or previous proposal (across articles), next or previous sentence without annotations. */
public class ReviewHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		boolean forward = !"true".equals(event.getParameter(CommandIds.PARAM_BACKWARD));
		if (CommandIds.NEXT_UNANNOTATED.equals(event.getCommand().getId())) {
			ReviewStream.stepToUnannotatedSentence(editor, forward);
		} else {
			ReviewStream.step(editor, forward);
		}
	}
}
