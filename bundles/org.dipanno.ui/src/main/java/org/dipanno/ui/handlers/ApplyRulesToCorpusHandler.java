package org.dipanno.ui.handlers;

import org.dipanno.ui.corpus.ApplyRulesToCorpusJob;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Applies the default rule set to every document of the workspace corpus in a background job with progress (one run
 * at a time); documents open with unsaved changes are left alone and named in the summary.
 */
public class ApplyRulesToCorpusHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		if (Job.getJobManager().find(ApplyRulesToCorpusJob.FAMILY).length > 0) {
			WorkspaceCorpus.getDefault().reportRun("Rules: already being applied to the corpus");
			return null;
		}
		ApplyRulesToCorpusJob job = new ApplyRulesToCorpusJob(WorkspaceCorpus.getDefault(),
				window.getShell().getDisplay());
		job.schedule();
		return job;
	}
}
