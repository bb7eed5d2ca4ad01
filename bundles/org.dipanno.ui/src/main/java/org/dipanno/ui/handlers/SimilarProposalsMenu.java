package org.dipanno.ui.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.RuleProvenance;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

/**
 * Bulk decisions taken from the proposal under the caret: accept or reject every pending proposal of its type, or
 * every one its rule made, with the counts in the labels, so a linguist who trusts (or distrusts) a rule decides its
 * proposals in one step. Empty when the caret is on no pending proposal.
 */
public class SimilarProposalsMenu extends ArticleEditorMenu {

	@Override
	IContributionItem[] items(IWorkbenchWindow window, ArticleEditor editor) {
		Mention proposal = editor.mentionsAt(editor.getTextWidget().getCaretOffset()).stream()
				.filter(AnnotationActions::isPending).findFirst().orElse(null);
		if (proposal == null) {
			return new IContributionItem[0];
		}
		List<Mention> pending = editor.pendingProposals();
		List<IContributionItem> items = new ArrayList<>();
		String type = typeName(proposal);
		if (type != null) {
			long count = pending.stream().filter(p -> type.equals(typeName(p))).count();
			items.add(item(window, "accept", CommandIds.PARAM_TYPE, type, "Accept All " + count + " " + type + " Proposals"));
			items.add(item(window, "reject", CommandIds.PARAM_TYPE, type, "Reject All " + count + " " + type + " Proposals"));
		}
		String rule = ruleName(proposal);
		if (rule != null) {
			long count = pending.stream().filter(p -> rule.equals(ruleName(p))).count();
			items.add(item(window, "accept", CommandIds.PARAM_RULE, rule,
					"Accept All " + count + " Proposals of Rule " + rule));
			items.add(item(window, "reject", CommandIds.PARAM_RULE, rule,
					"Reject All " + count + " Proposals of Rule " + rule));
		}
		return items.toArray(IContributionItem[]::new);
	}

	private static IContributionItem item(IWorkbenchWindow window, String decision, String filter, String value,
			String label) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(window,
				"org.dipanno.ui.similarProposals." + decision + "." + filter + "." + value, CommandIds.DECIDE_ALL,
				CommandContributionItem.STYLE_PUSH);
		parameter.label = label.replace("&", "&&");
		parameter.parameters = Map.of(CommandIds.PARAM_DECISION, decision, filter, value);
		return new CommandContributionItem(parameter);
	}

	static String typeName(Mention mention) {
		if (mention instanceof EntityMention entity && entity.getType() != null) {
			return entity.getType().getName();
		}
		if (mention instanceof EventMention event && event.getType() != null) {
			return event.getType().getName();
		}
		return null;
	}

	static String ruleName(Mention mention) {
		return mention.getProvenance() instanceof RuleProvenance rule ? rule.getRuleName() : null;
	}
}
