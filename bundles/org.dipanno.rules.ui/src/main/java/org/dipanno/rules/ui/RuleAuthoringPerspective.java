package org.dipanno.rules.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Rule authoring: the corpus's rule files, the editor, its outline, the problems and the rule results. */
public class RuleAuthoringPerspective implements IPerspectiveFactory {

	public static final String ID = "org.dipanno.rules.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(RulesView.ID, IPageLayout.LEFT, 0.18f, editors);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.45f, RulesView.ID);
		layout.addView(RuleResultsView.ID, IPageLayout.RIGHT, 0.5f, editors);
		layout.addView(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.BOTTOM, 0.75f, editors);
		layout.addShowViewShortcut(RulesView.ID);
		layout.addShowViewShortcut(RuleResultsView.ID);
	}
}
