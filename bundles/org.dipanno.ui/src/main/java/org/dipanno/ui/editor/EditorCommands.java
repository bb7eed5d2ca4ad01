package org.dipanno.ui.editor;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** Runs one of the workbench's commands from the article editor, telling the linguist when it fails. */
public final class EditorCommands {

	private EditorCommands() {
	}

	public static void run(ArticleEditor editor, String commandId) {
		ICommandService commands = editor.getSite().getService(ICommandService.class);
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), null), null);
		} catch (Exception e) {
			editor.showMessage(e.getMessage());
		}
	}
}
