package org.dipanno.ui.tests;

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

import java.nio.file.Files;
import java.util.Map;

import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work undone back to the saved state leaves nothing to recover: no recovery copy is offered after a clean exit. */
class RecoveryAfterUndoTest {

	private static final String ARTICLE = "003_641f89a9d16cf0c7";
	private static final String ANNOTATOR = "recover-" + Long.toString(System.nanoTime(), 36);

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void anUndoneChangeIsNotOfferedBackAfterTheArticleWasClosedClean() throws Exception {
		// Recovery copies are restored without asking here: one left behind would come back as a label.
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open(ARTICLE);
		String word = editor.getDocument().getTokens().stream()
				.filter(t -> Character.isUpperCase(editor.getDocument().getText().charAt(t.getStart())))
				.filter(t -> org.dipanno.model.editing.AnnotationActions.isAnnotatable(editor.getDocument(),
						t.getStart(), t.getEnd()))
				.map(t -> editor.getDocument().getText().substring(t.getStart(), t.getEnd())).findFirst()
				.orElseThrow();
		select(editor, word);
		press(editor, 'm');
		waitUntil(() -> entityCount(editor, ANNOTATOR) == 1, "labelled");
		editor.writeRecoveryCopy(); // what the recovery job does after its interval
		assertTrue(Files.exists(WorkspaceCorpus.getDefault().recoveryFile(ARTICLE)));

		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> entityCount(editor, ANNOTATOR) == 0 && !editor.isDirty(), "undone back to the saved state");
		waitUntil(() -> !Files.exists(WorkspaceCorpus.getDefault().recoveryFile(ARTICLE)),
				"the recovery copy of the undone work is dropped");

		Articles.page().closeEditor(editor, true);
		processEvents();
		ArticleEditor reopened = open(ARTICLE);
		processEvents();
		assertEquals(0, entityCount(reopened, ANNOTATOR), "nothing undone comes back");
		assertFalse(reopened.isDirty());
	}
}
