package org.dipanno.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * "Show Annotator" items: one per other annotator who has annotated the open article, shown read-only (to compare
 * with one's own work or to curate). Empty when nobody else has.
 */
public class OtherAnnotatorsMenu extends ArticleEditorMenu {

	@Override
	IContributionItem[] items(IWorkbenchWindow window, ArticleEditor editor) {
		String me = DipannoUi.annotator();
		List<IContributionItem> items = new ArrayList<>();
		for (AnnotationSet set : editor.getDocument().getAnnotationSets()) {
			if (set.getKind() != AnnotationSetKind.ANNOTATOR || set.getAnnotator() == null || set.getAnnotator().equals(me)) {
				continue;
			}
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(window,
					"org.dipanno.ui.showAnnotator." + set.getAnnotator(), CommandIds.SHOW_SET,
					CommandContributionItem.STYLE_PUSH);
			int count = set.getEntityMentions().size() + set.getEventMentions().size();
			parameter.label = set.getAnnotator().replace("&", "&&") + " (" + count + " annotations, read-only)";
			parameter.parameters = Map.of(CommandIds.PARAM_SET, "annotator:" + set.getAnnotator());
			items.add(new CommandContributionItem(parameter));
		}
		return items.toArray(IContributionItem[]::new);
	}
}
