package org.dipanno.rules.ide.contentassist;

import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.services.RulesGrammarAccess;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Keywords, token classes and names in scope come from the grammar and the
 * scope provider; on top of that, an import proposes the bundled well-known
 * files by name.
 */
public class RulesContentProposalProvider extends IdeContentProposalProvider {

	@Inject
	private RulesGrammarAccess grammar;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if (assignment == grammar.getImportAccess().getImportURIAssignment_1()) {
			for (String name : DefaultRuleFiles.wellKnownNames()) {
				String proposal = "\"" + name + "\"";
				ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, e -> {
					e.setKind(ContentAssistEntry.KIND_FILE);
					e.setDescription("bundled default rule file");
				});
				if (entry != null) {
					acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
				}
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}
}
