package org.dipanno.ui.handlers;

import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.rules.RulePreviews;
import org.eclipse.core.commands.ExecutionEvent;

/** Draws the corpus's rule set's would-be proposals over the article, without applying them. */
public class PreviewRuleProposalsHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		RulePreviews.show(editor);
	}
}
