package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.entityCount;
import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Articles.select;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On File > Exit with Don't Save, the workbench closes the unsaved article (which reverts it in the shared corpus and
 * tells the corpus view) and the corpus view in one go; nothing may touch the disposed view afterwards.
 */
class ExitWithoutSavingTest {

	private static final String ANNOTATOR = "exit-" + Long.toString(System.nanoTime(), 36);

	@AfterEach
	void showTheCorpusViewAgain() throws Exception {
		Articles.page().closeAllEditors(false);
		Articles.page().showView(CorpusNavigator.ID);
		processEvents();
	}

	@Test
	void closingAnUnsavedArticleWithTheCorpusViewLogsNoError() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("004_4e00300c40552043");
		String word = editor.getDocument().getTitle().split(" ")[0];
		select(editor, word);
		press(editor, 'm');
		waitUntil(() -> entityCount(editor, ANNOTATOR) == 1 && editor.isDirty(), "unsaved work");

		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		List<Throwable> thrown = new CopyOnWriteArrayList<>();
		try {
			// As the workbench does on exit: the editor is closed without saving, then the views.
			Articles.page().closeEditor(editor, false);
			Articles.page().hideView(Articles.page().findView(CorpusNavigator.ID));
			try {
				processEvents();
			} catch (RuntimeException e) {
				thrown.add(e);
			}
		} finally {
			Platform.removeLogListener(listener);
		}
		assertEquals(List.of(), thrown);
		assertEquals(List.of(), logged.stream().filter(s -> s.getSeverity() == IStatus.ERROR).map(IStatus::toString)
				.toList());
	}
}
