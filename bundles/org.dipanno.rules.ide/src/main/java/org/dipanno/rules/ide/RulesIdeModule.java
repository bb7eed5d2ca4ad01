package org.dipanno.rules.ide;

import org.dipanno.rules.ide.contentassist.RulesContentProposalProvider;
import org.dipanno.rules.ide.highlighting.RulesSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/**
 * Platform-neutral editor services of the rule language (content assist,
 * semantic highlighting; document symbols and hover are plain injectable
 * classes), for a JFace-based editor or any other front end. Only bindings.
 */
public class RulesIdeModule extends AbstractRulesIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return RulesContentProposalProvider.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return RulesSemanticHighlightingCalculator.class;
	}
}
