package org.dipanno.rules.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the Rule Authoring perspective. */
public class ShowPerspectiveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			window.getWorkbench().showPerspective(RuleAuthoringPerspective.ID, window);
		} catch (WorkbenchException e) {
			throw new ExecutionException("The Rule Authoring perspective cannot be opened", e);
		}
		return null;
	}
}
