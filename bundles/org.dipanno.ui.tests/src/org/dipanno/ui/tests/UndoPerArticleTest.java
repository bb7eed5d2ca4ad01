package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.activate;
import static org.dipanno.ui.tests.Articles.entityCount;
import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Articles.select;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each article has its own undo history: Edit > Undo and Ctrl+Z act on the active article only. */
class UndoPerArticleTest {

	private static final String ANNOTATOR = "undo-" + Long.toString(System.nanoTime(), 36);

	@BeforeAll
	static void annotate() {
		Workbench.annotateAs(ANNOTATOR);
	}

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void undoActsOnTheActiveArticleOnly() throws Exception {
		ArticleEditor first = open("000_bf9587ca5d7394a3");
		ArticleEditor second = open("001_19fe77e609455608");
		select(second, "Nguyễn Hồng Diên");
		press(second, 'p');
		waitUntil(() -> entityCount(second, ANNOTATOR) == 1, "the second article is labelled");

		activate(first);
		assertFalse(undoAction(first).isEnabled(), "the first article has nothing to undo, but Edit shows "
				+ undoAction(first).getText());
		press(first, 'z', 'z', org.eclipse.swt.SWT.CTRL);
		processEvents();
		assertEquals(1, entityCount(second, ANNOTATOR), "undo in the first article leaves the second one's label");

		select(first, "Gina Raimondo");
		press(first, 'p');
		waitUntil(() -> entityCount(first, ANNOTATOR) == 1, "the first article is labelled");
		assertTrue(undoAction(first).getText().contains("Label PERSON"), undoAction(first).getText());
		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> entityCount(first, ANNOTATOR) == 0, "undo takes the first article's own label back");
		assertEquals(1, entityCount(second, ANNOTATOR));

		// After the second article is closed, the first one's Redo is its own.
		Articles.page().closeEditor(second, false);
		processEvents();
		activate(first);
		IAction redo = first.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId());
		assertTrue(redo.isEnabled() && redo.getText().contains("Label PERSON"), redo.getText());
		runCommand("org.eclipse.ui.edit.redo", Map.of());
		waitUntil(() -> entityCount(first, ANNOTATOR) == 1, "redo brings the first article's label back");
	}

	private static IAction undoAction(ArticleEditor editor) {
		return editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
	}
}
