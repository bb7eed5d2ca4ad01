package org.dipanno.ui.handlers;

import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.ExecutionEvent;

/** Stops drawing the preview of the rules' proposals in the article (nothing was applied). */
public class DismissPreviewHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		if (editor.getPreview() != null) {
			editor.dismissPreview();
			editor.showStatus("Preview dismissed; nothing was applied");
		}
	}
}
