package org.dipanno.ui.editor;

import java.util.Map;

import org.dipanno.model.EntityType;
import org.dipanno.model.EventType;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.DipannoUi;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.VerifyKeyListener;
import org.eclipse.swt.events.VerifyEvent;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * The schema's shortcut keys: pressing an entity type's key labels the selection with that type, an event type's key
 * makes an event with the selection as trigger. Keys come from the schema, so they cannot be static bindings; they
 * run the same parameterized commands as the menus. Alt with the key labels exactly the selection, without snapping to
 * syllables.
 */
final class TypeKeyListener implements VerifyKeyListener {

	private final ArticleEditor editor;

	TypeKeyListener(ArticleEditor editor) {
		this.editor = editor;
	}

	@Override
	public void verifyKey(VerifyEvent event) {
		if ((event.stateMask & (SWT.CTRL | SWT.COMMAND | SWT.SHIFT)) != 0) {
			return;
		}
		char pressed = Character.toLowerCase(event.character != 0 ? event.character : (char) event.keyCode);
		if (pressed == 0 || Character.isISOControl(pressed)) {
			return;
		}
		String key = String.valueOf(pressed);
		String snap = Boolean.toString((event.stateMask & SWT.ALT) == 0);
		for (EntityType type : editor.schema().getEntityTypes()) {
			if (key.equalsIgnoreCase(type.getShortcutKey())) {
				event.doit = false;
				run(CommandIds.LABEL, Map.of(CommandIds.PARAM_TYPE, type.getName(), CommandIds.PARAM_SNAP, snap));
				return;
			}
		}
		for (EventType type : editor.schema().getEventTypes()) {
			if (key.equalsIgnoreCase(type.getShortcutKey())) {
				event.doit = false;
				run(CommandIds.CREATE_EVENT,
						Map.of(CommandIds.PARAM_EVENT_TYPE, type.getName(), CommandIds.PARAM_SNAP, snap));
				return;
			}
		}
	}

	private void run(String commandId, Map<String, String> parameters) {
		ICommandService commands = editor.getSite().getService(ICommandService.class);
		IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters),
					null);
		} catch (Exception e) {
			DipannoUi.log("Command " + commandId + " failed", e);
			editor.showMessage(e.getMessage());
		}
	}
}
