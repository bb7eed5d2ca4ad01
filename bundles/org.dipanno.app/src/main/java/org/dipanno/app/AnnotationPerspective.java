package org.dipanno.app;

import org.dipanno.ui.views.AnnotationsView;
import org.dipanno.ui.views.CorpusNavigator;
import org.dipanno.ui.search.SearchView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The linguist's perspective: corpus on the left, the article in the middle, its annotations below. */
public class AnnotationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.dipanno.app.perspectives.annotation";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(CorpusNavigator.ID, IPageLayout.LEFT, 0.30f, layout.getEditorArea());
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, layout.getEditorArea());
		bottom.addView(AnnotationsView.ID);
		bottom.addPlaceholder(SearchView.ID);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.62f, AnnotationsView.ID);
		layout.addShowViewShortcut(CorpusNavigator.ID);
		layout.addShowViewShortcut(AnnotationsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(SearchView.ID);
	}
}
