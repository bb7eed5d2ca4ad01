package org.dipanno.rules.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs the corpus's rule set on the whole corpus in the background and shows each rule's results in the Rule Results
 * view (against gold, or the set given as the {@code against} parameter).
 */
public class RunRulesHandler extends AbstractHandler {

	public static final String COMMAND = "org.dipanno.rules.ui.commands.runRules";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			RuleResultsView view = (RuleResultsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
					.showView(RuleResultsView.ID);
			String against = event.getParameter("against");
			if (against != null) {
				view.setReferenceSetId(against);
			}
			view.runOnCorpus();
		} catch (PartInitException e) {
			throw new ExecutionException("The Rule Results view cannot be shown", e);
		}
		return null;
	}
}
