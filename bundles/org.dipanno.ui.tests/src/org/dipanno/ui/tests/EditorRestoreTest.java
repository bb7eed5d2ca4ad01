package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench saves its layout while it runs; after a crash it restores the article tabs from what it saved. An
 * article's tab must come back as that article (not as an error tab), and opening the article again must show that
 * tab, not add a second one.
 */
class EditorRestoreTest {

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void anArticleTabIsRestoredFromTheSavedLayout() throws Exception {
		Workbench.annotateAs("restore-" + Long.toString(System.nanoTime(), 36));
		ArticleEditor editor = Articles.open("002_cb3ffdcf37eaec80");
		DocumentEditorInput input = (DocumentEditorInput) editor.getEditorInput();

		// What the workbench writes into its saved layout for the tab, and reads back on the next start.
		IPersistableElement persistable = input.getPersistable();
		assertNotNull(persistable, "the article's tab can be written into the saved layout");
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		persistable.saveState(memento);
		XMLMemento read = XMLMemento.createReadRoot(new java.io.StringReader(memento.toString()));
		IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(persistable.getFactoryId());
		assertNotNull(factory, "the factory " + persistable.getFactoryId() + " is registered");
		IAdaptable restored = factory.createElement(read);
		assertEquals(input, restored, "the restored tab is the same article");
		assertEquals(input.getName(), ((DocumentEditorInput) restored).getName());

		Articles.page().closeAllEditors(false);
		processEvents();
		ArticleEditor reopened = (ArticleEditor) Articles.page().openEditor((DocumentEditorInput) restored,
				ArticleEditor.ID);
		processEvents();
		ArticleEditor fromNavigator = Articles.open("002_cb3ffdcf37eaec80");
		assertSame(reopened, fromNavigator, "opening the article again shows the restored tab");
		assertEquals(1, java.util.Arrays.stream(Articles.page().getEditorReferences())
				.filter(r -> r.getId().equals(ArticleEditor.ID)).count(), "one tab of the article");
	}
}
