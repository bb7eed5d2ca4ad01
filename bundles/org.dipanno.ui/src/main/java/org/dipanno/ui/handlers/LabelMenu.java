package org.dipanno.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dipanno.model.EntityType;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/** "Label As" menu items, one per entity type of the active article's schema, with the type's key shown. */
public class LabelMenu extends ArticleEditorMenu {

	@Override
	IContributionItem[] items(IWorkbenchWindow window, ArticleEditor editor) {
		List<IContributionItem> items = new ArrayList<>();
		for (EntityType type : editor.schema().getEntityTypes()) {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(window,
					"org.dipanno.ui.label." + type.getName(), CommandIds.LABEL, CommandContributionItem.STYLE_PUSH);
			parameter.label = type.getName() + (type.getShortcutKey() == null ? "" : "\t" + type.getShortcutKey());
			parameter.tooltip = type.getDescription();
			parameter.parameters = Map.of(CommandIds.PARAM_TYPE, type.getName());
			items.add(new CommandContributionItem(parameter));
		}
		return items.toArray(IContributionItem[]::new);
	}
}
