package org.dipanno.ui.handlers;

import org.dipanno.ui.editor.ReviewStream;

import java.util.List;

import org.dipanno.model.Mention;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Accepts or rejects rule proposals: the one under the caret (commands acceptProposal / rejectProposal), or all
 * pending ones, optionally only of one type or from one rule (command decideProposals). One undoable change each time.
 */
public class DecideProposalHandler extends ArticleEditorHandler {

	@Override
	void run(ArticleEditor editor, ExecutionEvent event) {
		if (!editor.checkEditable()) {
			return;
		}
		String commandId = event.getCommand().getId();
		boolean accept = CommandIds.ACCEPT.equals(commandId)
				|| CommandIds.DECIDE_ALL.equals(commandId) && !"reject".equals(event.getParameter(CommandIds.PARAM_DECISION));
		List<Mention> proposals;
		if (CommandIds.DECIDE_ALL.equals(commandId)) {
			String type = event.getParameter(CommandIds.PARAM_TYPE);
			String rule = event.getParameter(CommandIds.PARAM_RULE);
			proposals = editor.pendingProposals().stream()
					.filter(p -> type == null || type.equals(SimilarProposalsMenu.typeName(p)))
					.filter(p -> rule == null || rule.equals(SimilarProposalsMenu.ruleName(p))).toList();
		} else {
			proposals = editor.mentionsAt(editor.getTextWidget().getCaretOffset()).stream()
					.filter(AnnotationActions::isPending).limit(1).toList();
		}
		if (proposals.isEmpty()) {
			editor.showMessage("No pending rule proposal here");
			return;
		}
		String label = (accept ? "Accept " : "Reject ") + proposals.size() + " proposal" + (proposals.size() == 1 ? "" : "s");
		boolean single = !CommandIds.DECIDE_ALL.equals(commandId);
		boolean changed = editor.change(label, () -> {
			for (Mention proposal : proposals) {
				if (accept) {
					AnnotationActions.accept(proposal, editor.editableSet());
				} else {
					AnnotationActions.reject(proposal);
				}
			}
		});
		if (changed && single) {
			ReviewStream.advanceAfterDecision(editor, proposals.get(0).getStart());
		}
	}
}
