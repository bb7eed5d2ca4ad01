package org.dipanno.ui.handlers;

import java.util.List;

import org.dipanno.model.Mention;
import org.dipanno.model.Token;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.SpanSnapping;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** Grows or shrinks the mention under the caret by one syllable at its start or end (keyboard span editing). */
public class ResizeMentionHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		if (!editor.checkEditable()) {
			return;
		}
		Mention mention = editor.mentionAtCaret();
		if (mention == null || AnnotationActions.isPending(mention)) {
			editor.showMessage("Place the caret in one of your annotations to resize it");
			return;
		}
		boolean atEnd = !"start".equals(event.getParameter(CommandIds.PARAM_EDGE));
		boolean grow = !"shrink".equals(event.getParameter(CommandIds.PARAM_DIRECTION));
		List<Token> tokens = editor.getDocument().getTokens();
		int first = SpanSnapping.firstTokenEndingAfter(tokens, mention.getStart());
		int last = SpanSnapping.firstTokenEndingAfter(tokens, mention.getEnd() - 1);
		if (atEnd) {
			last += grow ? 1 : -1;
		} else {
			first += grow ? -1 : 1;
		}
		if (first < 0 || last >= tokens.size() || first > last) {
			editor.showMessage(grow ? "The annotation cannot grow further" : "An annotation keeps at least one syllable");
			return;
		}
		int start = tokens.get(first).getStart();
		int end = tokens.get(last).getEnd();
		editor.change((grow ? "Extend " : "Shrink ") + "annotation", () -> AnnotationActions.resize(mention, start, end));
		editor.getTextWidget().setCaretOffset(atEnd ? Math.max(start, end - 1) : start);
	}
}
