package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.hideAll;
import static org.dipanno.ui.tests.Articles.menuItem;
import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Articles.select;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.dipanno.ui.CommandIds;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.views.AnnotationsView;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the workbench says and shows: whole reports, whole column headers, the article in the title, check marks. */
class WorkbenchTextsTest {

	private static final String ANNOTATOR = "texts-" + Long.toString(System.nanoTime(), 36);

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		WorkspaceCorpus.getDefault().reportRun(null);
		processEvents();
	}

	@Test
	void aLongReportIsShownWholeApartFromTheHeader() throws Exception {
		CorpusNavigator navigator = (CorpusNavigator) Articles.page().showView(CorpusNavigator.ID);
		String report = "Export: Dataset /a/rather/long/folder/name/for/the/dataset: 5 documents (train 4, dev 1, test 0),"
				+ " 212 mentions, 48 events, 37 files";
		WorkspaceCorpus.getDefault().reportRun(report);
		processEvents();
		Control shown = withText(navigator.getViewer().getControl().getShell(), report);
		assertNotNull(shown, "the corpus view shows the whole report in a line of its own");
		assertFalse(navigator.getContentDescription().contains(report), "the header stays short");
		assertTrue(shown.isVisible() && shown.getSize().x > 0 && shown.getSize().y > 0);
		WorkspaceCorpus.getDefault().reportRun(null);
		waitUntil(() -> !shown.isVisible(), "no report, no space taken");
	}

	@Test
	void columnHeadersAreNotCut() throws Exception {
		CorpusNavigator navigator = (CorpusNavigator) Articles.page().showView(CorpusNavigator.ID);
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		AnnotationsView annotations = (AnnotationsView) Articles.page().showView(AnnotationsView.ID);
		processEvents();
		assertHeadersFit(navigator.getViewer().getTable());
		assertHeadersFit(annotations.getViewer().getTable());
		Table table = annotations.getViewer().getTable();
		GC gc = new GC(table);
		try {
			for (TableColumn column : table.getColumns()) {
				if (column.getText().equals("Type")) {
					int longest = gc.textExtent("ORGANIZATION").x;
					assertTrue(column.getWidth() >= longest + 8, "the Type column shows ORGANIZATION whole: "
							+ column.getWidth() + " px, needs " + longest);
				}
			}
		} finally {
			gc.dispose();
		}
		assertNotNull(editor);
	}

	@Test
	void theWindowTitleNamesTheArticle() throws Exception {
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		var shell = editor.getSite().getShell();
		assertEquals("dipanno — " + editor.getDocument().getTitle(), shell.getText());
		Articles.page().closeAllEditors(false);
		processEvents();
		assertEquals("dipanno", shell.getText());
	}

	@Test
	void theShownSetIsCheckedInTheAnnotateMenu() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		Menu menuBar = editor.getSite().getShell().getMenuBar();
		MenuItem mine = menuItem(menuBar, "Show My Annotations");
		assertNotNull(mine);
		assertTrue(mine.getSelection(), "Show My Annotations is checked while the linguist's set is shown");
		hideAll(menuBar);
		runCommand(CommandIds.SHOW_SET, Map.of(CommandIds.PARAM_SET, "rules"));
		processEvents();
		assertTrue(menuItem(menuBar, "Show Rule Proposals").getSelection());
		assertFalse(menuItem(menuBar, "Show My Annotations").getSelection());
		hideAll(menuBar);
	}

	@Test
	void theStatusLineForgetsWhatNoLongerHolds() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		select(editor, "Gina Raimondo");
		press(editor, 'p');
		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> editor.getLastStatus() != null, "the undo is reported");
		select(editor, "Gina Raimondo");
		press(editor, 'p');
		waitUntil(() -> editor.getLastStatus() == null, "the next change clears the report of the undo");
	}

	@Test
	void countsAreWrittenInTheRightNumber() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		AnnotationsView annotations = (AnnotationsView) Articles.page().showView(AnnotationsView.ID);
		Articles.activate(editor);
		select(editor, "hội đàm");
		press(editor, '1');
		waitUntil(() -> annotations.getContentDescription().contains("0 entities, 1 event;"),
				"the annotations view counts one event: " + annotations.getContentDescription());
	}

	@Test
	void svgIconsAreDrawn() throws Exception {
		// the platform's view icons are SVG files: SWT draws them with JSVG, which SPI Fly must be able to weave
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">"
				+ "<rect width=\"16\" height=\"16\" fill=\"#2e9e3e\"/></svg>";
		var images = new org.eclipse.swt.graphics.ImageLoader()
				.load(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		assertEquals(16, images[0].width);
		java.nio.file.Path log = org.eclipse.core.runtime.Platform.getLogFileLocation().toFile().toPath();
		String logged = java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
		assertFalse(logged.contains("SVG rasterizer"), "the workbench log since its start");
	}

	@Test
	void theCorpusViewsToolBarShowsIconsWithToolTipsNotWords() throws Exception {
		CorpusNavigator navigator = (CorpusNavigator) Articles.page().showView(CorpusNavigator.ID);
		processEvents();
		ToolBar toolBar = ((ToolBarManager) navigator.getViewSite().getActionBars().getToolBarManager()).getControl();
		assertNotNull(toolBar, "the corpus view's tool bar is shown");
		java.util.List<String> tips = new java.util.ArrayList<>();
		for (ToolItem item : toolBar.getItems()) {
			if ((item.getStyle() & org.eclipse.swt.SWT.SEPARATOR) != 0) {
				continue;
			}
			assertNotNull(item.getImage(), "an icon for " + item.getToolTipText());
			assertEquals("", item.getText(), "no words beside the icon of " + item.getToolTipText());
			tips.add(item.getToolTipText());
		}
		assertTrue(tips.stream().anyMatch(tip -> tip.startsWith("Needs Curation: ")), tips.toString());
		assertTrue(tips.stream().anyMatch(tip -> tip.startsWith("Apply Rules: ")), tips.toString());
	}

	/** The label or text field under the composite that shows exactly this text. */
	private static Control withText(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label && text.equals(label.getText())
					|| child instanceof Text field && text.equals(field.getText())) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = withText(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void assertHeadersFit(Table table) {
		GC gc = new GC(table);
		try {
			for (TableColumn column : table.getColumns()) {
				int needed = gc.textExtent(column.getText()).x;
				assertTrue(column.getWidth() >= needed + 8,
						"the column " + column.getText() + " is " + column.getWidth() + " px wide, needs " + needed);
			}
		} finally {
			gc.dispose();
		}
	}
}
