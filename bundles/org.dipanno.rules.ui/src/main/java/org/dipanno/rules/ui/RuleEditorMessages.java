package org.dipanno.rules.ui;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** Labels of the text editor actions the rule editor adds (the platform's actions read them from a bundle). */
final class RuleEditorMessages extends ListResourceBundle {

	static final ResourceBundle BUNDLE = new RuleEditorMessages();

	@Override
	protected Object[][] getContents() {
		return new Object[][] { { "ContentAssistProposal.label", "Content Assist" },
				{ "ContentAssistProposal.tooltip", "Content Assist" },
				{ "ContentAssistProposal.description", "Content Assist" } };
	}
}
