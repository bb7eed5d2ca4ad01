package org.dipanno.rules.ui;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.editors.text.TextEditorActionContributor;

/**
 * The text editor's global actions (undo, redo, cut, copy, paste, find, ...) for the rule editor, without the menu
 * entries the platform adds to an IDE's Edit menu: the application's Edit menu has none of the IDE's groups, and the
 * rule editor's own commands are in the Rules menu.
 */
public class RuleEditorActionContributor extends TextEditorActionContributor {

	@Override
	public void contributeToMenu(IMenuManager menu) {
		// the application's menus are not the IDE's
	}
}
