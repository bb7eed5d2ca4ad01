package org.dipanno.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Key Reference. */
public class KeyReferenceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new KeyReferenceDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
