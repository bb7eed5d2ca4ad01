package org.dipanno.rules.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * Copies the bundled default rule set (with its word lists) into the corpus's rule folder, so the corpus starts from
 * it and Apply Rules uses the copy; opens it.
 */
public class CopyDefaultRulesHandler extends AbstractHandler {

	public static final String COMMAND = "org.dipanno.rules.ui.commands.copyDefaultRules";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			Path copied = RuleSets.copyDefaultRules(WorkspaceCorpus.getDefault().folder());
			IFile file = CorpusRuleFolder.fileAt(copied);
			IDE.openEditor(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
					new FileEditorInput(file), RuleFileEditor.ID);
		} catch (IOException | CoreException e) {
			throw new ExecutionException("The default rule set could not be copied: " + e.getMessage(), e);
		}
		return null;
	}
}
