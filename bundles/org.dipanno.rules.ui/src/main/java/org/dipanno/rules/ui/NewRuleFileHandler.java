package org.dipanno.rules.ui;

import java.io.IOException;

import org.dipanno.engine.rules.RuleSets;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * File > New > Rule File: a new {@code .dar} file in the corpus's rule folder, importing the diplomatic schema, opened
 * in the rule editor. The name is asked for (or given as the command's {@code name} parameter).
 */
public class NewRuleFileHandler extends AbstractHandler {

	public static final String COMMAND = "org.dipanno.rules.ui.commands.newRuleFile";
	public static final String NAME_PARAMETER = "name";

	static final String TEMPLATE = """
			// Rules of this corpus: Apply Rules uses every file in this folder.
			// Ctrl+Space completes, F3 opens a declaration, Ctrl+1 repairs, Ctrl+Shift+F formats.
			import "diplomatic"

			""";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String name = event.getParameter(NAME_PARAMETER);
		if (name == null) {
			InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), "New Rule File",
					"Name of the rule file (in the corpus's rules folder):", "my-rules." + RuleSets.EXTENSION,
					NewRuleFileHandler::problemWith);
			if (dialog.open() != Window.OK) {
				return null;
			}
			name = dialog.getValue();
		}
		String problem = problemWith(name);
		if (problem != null) {
			throw new ExecutionException(problem);
		}
		if (!name.endsWith("." + RuleSets.EXTENSION)) {
			name += "." + RuleSets.EXTENSION;
		}
		try {
			IFile file = CorpusRuleFolder.create(name, TEMPLATE);
			IDE.openEditor(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
					new FileEditorInput(file), RuleFileEditor.ID);
		} catch (CoreException | IOException e) {
			throw new ExecutionException("The rule file could not be made: " + e.getMessage(), e);
		}
		return null;
	}

	/** Why a file name cannot be used, or null. */
	static String problemWith(String name) {
		if (name == null || name.isBlank()) {
			return "Give the file a name";
		}
		if (!name.matches("[\\p{L}\\p{N}_.-]+")) {
			return "Use letters, digits, '-', '_' and '.' only";
		}
		return null;
	}
}
