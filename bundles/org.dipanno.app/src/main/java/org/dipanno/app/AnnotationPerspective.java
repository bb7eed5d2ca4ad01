package org.dipanno.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The linguist's perspective: corpus on the left, the article editor area in the middle. */
public class AnnotationPerspective implements IPerspectiveFactory {

	public static final String ID = "org.dipanno.app.perspectives.annotation";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(CorpusView.ID, IPageLayout.LEFT, 0.28f, layout.getEditorArea());
	}
}
