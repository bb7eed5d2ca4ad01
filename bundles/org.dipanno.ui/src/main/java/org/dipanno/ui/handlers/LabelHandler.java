package org.dipanno.ui.handlers;

import org.dipanno.model.EntityType;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

/** Labels the selection (snapped to syllables unless snap=false) with an entity type, or changes its type. */
public class LabelHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) throws ExecutionException {
		String typeName = event.getParameter(CommandIds.PARAM_TYPE);
		EntityType type = editor.schema().findEntityType(typeName);
		if (type == null) {
			throw new ExecutionException("The schema has no entity type \"" + typeName + "\"");
		}
		editor.label(type, snap(event));
	}
}
