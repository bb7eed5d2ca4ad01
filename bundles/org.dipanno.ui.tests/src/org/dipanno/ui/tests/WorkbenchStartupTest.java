package org.dipanno.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.dipanno.app.AnnotationPerspective;
import org.dipanno.app.DipannoWorkbenchWindowAdvisor;
import org.dipanno.ui.views.AnnotationsView;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Runs inside the real dipanno workbench (Tycho UI harness) and checks what a user sees on start. */
class WorkbenchStartupTest {

	private static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the workbench has an active window");
		return window;
	}

	@Test
	void windowIsTitledWithTheProductName() {
		assertEquals(DipannoWorkbenchWindowAdvisor.WINDOW_TITLE, window().getShell().getText());
		assertEquals("dipanno", window().getShell().getText());
	}

	@Test
	void annotationPerspectiveIsTheFirstPerspective() {
		IWorkbenchPage page = window().getActivePage();
		assertEquals(AnnotationPerspective.ID, page.getPerspective().getId());
	}

	@Test
	void annotationsViewIsPartOfThePerspective() {
		assertNotNull(window().getActivePage().findView(AnnotationsView.ID));
	}

	@Test
	void corpusNavigatorListsTheSeedArticlesByTitle() throws Exception {
		CorpusNavigator view = (CorpusNavigator) window().getActivePage().showView(CorpusNavigator.ID);
		Table table = view.getViewer().getTable();
		assertEquals(5, table.getItemCount());
		List<String> titles = Arrays.stream(table.getItems()).map((TableItem item) -> item.getText(0)).toList();
		assertEquals("Trung Quốc và Mỹ thiết lập kênh liên lạc mới giữa hai Bộ Thương mại", titles.get(0));
		assertEquals(List.of("Title", "Pending", "Mine", "Done", "Gold", "Document", "Annotators done", "Agreement", "Curation",
				"Recovery"),
				Arrays.stream(table.getColumns()).map(column -> column.getText()).toList());
		assertEquals("000_bf9587ca5d7394a3", table.getItem(0).getText(5));
		assertTrue(table.isVisible(), "the corpus table is shown");
	}
}
