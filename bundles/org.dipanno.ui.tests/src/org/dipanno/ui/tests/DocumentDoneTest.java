package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.cell;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.row;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.DocumentProgress;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The linguist marks an article done for their own set and reopens it; the navigator and the file follow. */
class DocumentDoneTest {

	private static final String ARTICLE = "001_19fe77e609455608";
	/** A name of its own per run, so that work saved by an earlier run in the same workspace cannot interfere. */
	private static final String ANNOTATOR = "hoa-" + Long.toString(System.nanoTime(), 36);

	private IWorkbenchPage page;
	private ArticleEditor editor;
	private CorpusNavigator navigator;

	@BeforeAll
	static void annotateAsHoa() {
		Workbench.annotateAs(ANNOTATOR);
	}

	@BeforeEach
	void openTheArticle() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		navigator = (CorpusNavigator) page.showView(CorpusNavigator.ID);
		navigator.refresh();
		Document document = WorkspaceCorpus.getDefault().document(ARTICLE);
		editor = (ArticleEditor) navigator.open(document);
		assertNotNull(editor);
		page.activate(editor);
		editor.setFocus();
		processEvents();
	}

	@AfterEach
	void closeWithoutSaving() {
		page.closeAllEditors(false);
		processEvents();
	}

	@Test
	void markingDoneIsUndoableShownInTheNavigatorAndSaved() throws Exception {
		Table table = navigator.getViewer().getTable();
		int row = row(table, "Document", ARTICLE);
		String title = editor.getPartName();
		assertEquals("", cell(table, row, "Done"));
		assertTrue(mine() == null || !mine().isDone(), "not done yet");

		runCommand(CommandIds.MARK_DONE, Map.of());
		assertNotNull(mine(), "marking done makes the linguist's set" + message());
		assertTrue(mine().isDone());
		assertFalse(editor.isDirty(), "the done mark of a saved article is saved with it");
		assertTrue(DocumentProgress.isDone(onDisk(), AnnotationSetKind.ANNOTATOR, ANNOTATOR), "done in the file");
		waitUntil(() -> cell(table, row, "Done").equals(ArticleEditor.DONE_MARK), "the navigator shows it done");
		waitUntil(() -> editor.getPartName().equals(ArticleEditor.DONE_MARK + " " + title), "the tab shows it done");
		assertTrue(navigator.getContentDescription().contains(" 1 done by " + ANNOTATOR),
				navigator.getContentDescription());

		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> mine() == null || !mine().isDone(), "undo reopens it");
		waitUntil(() -> cell(table, row, "Done").isEmpty(), "the navigator follows the undo");
		waitUntil(editor::isDirty, "undone after the save: unsaved");
		runCommand("org.eclipse.ui.edit.redo", Map.of());
		waitUntil(() -> mine() != null && mine().isDone(), "redo marks it done again");
		waitUntil(() -> !editor.isDirty(), "back at the saved state");

		runCommand(CommandIds.MARK_DONE, Map.of());
		waitUntil(() -> !mine().isDone(), "the same command reopens it");
		waitUntil(() -> cell(table, row, "Done").isEmpty(), "the navigator shows it open");
		assertEquals(title, editor.getPartName());
		waitUntil(() -> !editor.isDirty(), "saved with it");
		assertFalse(DocumentProgress.isDone(onDisk(), AnnotationSetKind.ANNOTATOR, ANNOTATOR), "open in the file");
	}

	@Test
	void ctrlShiftDMarksTheArticleDone() throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance("M1+M2+D"));
		assertNotNull(binding, "Ctrl+Shift+D is bound while the article editor is active");
		ParameterizedCommand command = binding.getParameterizedCommand();
		assertEquals(CommandIds.MARK_DONE, command.getId());
		var conflicts = bindings.getConflictsFor(KeySequence.getInstance("M1+M2+D"));
		assertTrue(conflicts == null || conflicts.isEmpty(), "no other command takes it: " + conflicts);

		pressCtrlShift('d');
		waitUntil(() -> mine() != null && mine().isDone(), "the key marks it done" + message());
		pressCtrlShift('d');
		waitUntil(() -> !mine().isDone(), "the key again reopens it");
	}

	@Test
	void ruleProposalsAndOtherAnnotatorsCannotBeMarkedDone() throws Exception {
		runCommand(CommandIds.SHOW_SET, Map.of(CommandIds.PARAM_SET, "rules"));
		runCommand(CommandIds.MARK_DONE, Map.of());
		assertEquals("Rule proposals are not marked done; switch to your own set to mark the article done",
				editor.getLastMessage());
		runCommand(CommandIds.SHOW_SET, Map.of(CommandIds.PARAM_SET, "annotator:someone-else"));
		runCommand(CommandIds.MARK_DONE, Map.of());
		assertEquals("someone-else (read-only) is read-only; switch to your own set to annotate",
				editor.getLastMessage());
		assertFalse(editor.isDirty(), "nothing changed");
		assertNull(editor.getDocument().findAnnotationSet(
				DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, "someone-else")));
	}

	private AnnotationSet mine() {
		return editor.getDocument()
				.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, ANNOTATOR));
	}

	private String message() {
		return editor.getLastMessage() == null ? "" : " (the editor says: " + editor.getLastMessage() + ")";
	}

	private static Document onDisk() throws Exception {
		Corpus reloaded = new CorpusStore().load(WorkspaceCorpus.getDefault().folder());
		return reloaded.findDocument(ARTICLE);
	}

	/** Posts Ctrl+Shift+key to the display, as pressing them would. */
	private void pressCtrlShift(char key) {
		editor.getTextWidget().getShell().forceActive();
		editor.setFocus();
		processEvents();
		Display display = Display.getCurrent();
		post(display, SWT.KeyDown, SWT.CTRL, '\0');
		post(display, SWT.KeyDown, SWT.SHIFT, '\0');
		post(display, SWT.KeyDown, key, key);
		post(display, SWT.KeyUp, key, key);
		post(display, SWT.KeyUp, SWT.SHIFT, '\0');
		post(display, SWT.KeyUp, SWT.CTRL, '\0');
		processEvents();
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		assertTrue(display.post(event), "the display accepts the key event");
	}
}
