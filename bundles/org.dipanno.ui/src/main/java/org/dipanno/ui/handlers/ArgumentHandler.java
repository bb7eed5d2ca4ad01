package org.dipanno.ui.handlers;

import org.dipanno.ui.CommandIds;
import java.util.List;

import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.Role;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.editing.ArgumentActions;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Changes the role of the selected event argument (the arc clicked, or the argument under the caret), or removes it:
 * commands {@link CommandIds#CHANGE_ARGUMENT_ROLE} (with the role as parameter, or chosen among the roles the schema
 * allows) and {@link CommandIds#REMOVE_ARGUMENT}.
 */
public class ArgumentHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		if (!editor.checkEditable()) {
			return;
		}
		EventArgument argument = editor.getArcs().selectedArgument();
		if (argument == null || argument.getEntity() == null
				|| argument.getEntity().getAnnotationSet() != editor.displayedAnnotationSet()) {
			editor.showMessage("Click an argument's arc, or place the caret in an entity that is an event argument");
			return;
		}
		EventMention owner = (EventMention) argument.eContainer();
		String eventName = owner.getType() == null ? "event" : owner.getType().getName();
		if (CommandIds.REMOVE_ARGUMENT.equals(event.getCommand().getId())) {
			editor.change("Remove " + argument.getRole() + " of " + eventName, () -> ArgumentActions.remove(argument));
			editor.getArcs().select(null);
			return;
		}
		String role = event.getParameter(CommandIds.PARAM_ROLE);
		if (role == null) {
			role = chooseRole(editor, owner, argument);
			if (role == null) {
				return;
			}
		}
		String chosen = role;
		editor.change("Change " + argument.getRole() + " of " + eventName + " to " + chosen,
				() -> ArgumentActions.changeRole(argument, chosen));
	}

	private static String chooseRole(ArticleEditor editor, EventMention owner, EventArgument argument) {
		List<String> roles = AnnotationActions.allowedRoles(owner, argument.getEntity()).stream().map(Role::getName)
				.filter(name -> !name.equals(argument.getRole())).toList();
		if (roles.isEmpty()) {
			editor.showMessage("The " + argument.getRole() + " is the only role " + owner.getType().getName()
					+ " allows for a " + argument.getEntity().getType().getName());
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(editor.getSite().getShell(),
				new LabelProvider());
		dialog.setTitle("Change the role");
		dialog.setMessage("\"" + argument.getEntity().getText() + "\" is the ... of " + owner.getType().getName()
				+ " \"" + owner.getText() + "\"");
		dialog.setElements(roles.toArray());
		return dialog.open() == Window.OK ? (String) dialog.getFirstResult() : null;
	}
}
