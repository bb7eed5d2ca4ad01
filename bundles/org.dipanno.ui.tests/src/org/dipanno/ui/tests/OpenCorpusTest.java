package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.cell;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dipanno.seeds.SeedCorpus;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.dipanno.ui.handlers.OpenCorpusHandler;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Open Corpus Folder: a folder of articles becomes the workbench's corpus, remembered; and back again. */
class OpenCorpusTest {

	@TempDir
	Path temp;

	@AfterEach
	void backToTheWorkspaceCorpus() throws Exception {
		page().closeAllEditors(false);
		if (!WorkspaceCorpus.getDefault().folder().equals(WorkspaceCorpus.workspaceFolder())) {
			WorkspaceCorpus.open(WorkspaceCorpus.workspaceFolder());
		}
		processEvents();
	}

	@Test
	void aFolderOfArticlesIsImportedOpenedAndRemembered() throws Exception {
		Path articles = Files.createDirectory(temp.resolve("hanoi-talks"));
		Files.write(articles.resolve("talks-1.txt"), SeedCorpus.read(SeedCorpus.FILE_NAMES.get(2)));
		Files.write(articles.resolve("talks-2.txt"), SeedCorpus.read(SeedCorpus.FILE_NAMES.get(4)));
		CorpusNavigator navigator = (CorpusNavigator) page().showView(CorpusNavigator.ID);
		Table table = navigator.getViewer().getTable();
		ArticleEditor open = (ArticleEditor) navigator.open(WorkspaceCorpus.getDefault().corpus().getDocuments().get(0));
		assertNotNull(open);
		processEvents();

		runCommand(CommandIds.OPEN_CORPUS, Map.of(OpenCorpusHandler.PARAM_FOLDER, articles.toString()));
		assertEquals(articles, WorkspaceCorpus.getDefault().folder());
		waitUntil(() -> table.getItemCount() == 2, "the corpus view lists the two imported articles");
		assertEquals("talks-1", cell(table, 0, "Document"));
		assertEquals("talks-2", cell(table, 1, "Document"));
		assertEquals(WorkspaceCorpus.getDefault().corpus().getDocuments().get(0).getTitle(), cell(table, 0, "Title"));
		assertTrue(navigator.getContentDescription().startsWith("2 documents, 0 done by "),
				navigator.getContentDescription());
		assertTrue(navigator.getContentDescription().endsWith("in " + articles), navigator.getContentDescription());
		assertEquals("Imported 2 articles", navigator.getReport());
		assertEquals(0, java.util.Arrays.stream(page().getEditorReferences())
				.filter(r -> r.getId().equals(ArticleEditor.ID)).count(), "the editors of the previous corpus are closed");
		assertTrue(Files.isRegularFile(articles.resolve("corpus.xml")), "the corpus is made beside the articles");

		// Remembered for the next start: in the preferences, saved to disk.
		assertEquals(articles.toString(),
				DipannoUi.getDefault().getPreferenceStore().getString(DipannoUi.PREF_CORPUS_FOLDER));
		Path preferences = Path.of(Platform.getInstanceLocation().getURL().getPath())
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.dipanno.ui.prefs");
		assertTrue(Files.readString(preferences).contains(DipannoUi.PREF_CORPUS_FOLDER + "=" + articles),
				Files.readString(preferences));

		// Articles of the opened corpus open in the editor from there.
		ArticleEditor editor = (ArticleEditor) navigator.open(WorkspaceCorpus.getDefault().document("talks-2"));
		assertNotNull(editor);
		assertEquals(articles, ((DocumentEditorInput) editor.getEditorInput()).getCorpusFolder());
		assertEquals("talks-2", editor.getDocument().getId());

		runCommand(CommandIds.OPEN_CORPUS,
				Map.of(OpenCorpusHandler.PARAM_FOLDER, WorkspaceCorpus.workspaceFolder().toString()));
		waitUntil(() -> table.getItemCount() == 5, "back on the workspace corpus");
		assertEquals("", DipannoUi.getDefault().getPreferenceStore().getString(DipannoUi.PREF_CORPUS_FOLDER));
	}

	@Test
	void aFolderThatIsNeitherIsRefusedAndTheCorpusStays() throws Exception {
		Path before = WorkspaceCorpus.getDefault().folder();
		Path empty = Files.createDirectory(temp.resolve("empty"));
		// The handler shows the reason in a dialog; the model call behind it says why.
		Exception refused = assertThrows(Exception.class,
				() -> WorkspaceCorpus.open(empty));
		assertTrue(refused.getMessage().contains("neither a dipanno corpus"), refused.getMessage());
		assertEquals(before, WorkspaceCorpus.getDefault().folder());
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
