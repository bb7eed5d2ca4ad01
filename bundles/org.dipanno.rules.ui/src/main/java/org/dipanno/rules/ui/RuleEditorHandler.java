package org.dipanno.rules.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** A command of the rule editor, run on the active one. */
abstract class RuleEditorHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getActiveEditor(event) instanceof RuleFileEditor editor) {
			run(editor);
		}
		return null;
	}

	abstract void run(RuleFileEditor editor) throws ExecutionException;
}
