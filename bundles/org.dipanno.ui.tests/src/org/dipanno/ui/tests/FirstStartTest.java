package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.hideAll;
import static org.dipanno.ui.tests.Articles.menuItem;
import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.AnnotatorName;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.help.KeyReferenceDialog;
import org.dipanno.ui.help.WelcomeEditor;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A first start explains itself: a welcome page, Help, Show View, the name asked once, the set named, and so on. */
class FirstStartTest {

	private static final String ANNOTATOR = "first-" + Long.toString(System.nanoTime(), 36);

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void theEmptyEditorAreaShowsHowToStart() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		Articles.page().closeAllEditors(false);
		waitUntil(() -> welcome() != null, "the welcome page is shown while no article is open");
		WelcomeEditor page = (WelcomeEditor) welcome().getEditor(true);
		assertTrue(page.getText().contains("Double-click an article in the Corpus view"), page.getText());
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		waitUntil(() -> welcome() == null, "an article takes its place");
		Articles.page().closeEditor(editor, false);
		waitUntil(() -> welcome() != null, "and it comes back when the last article closes");
	}

	@Test
	void helpListsEveryKeyAndWindowShowsViews() throws Exception {
		Menu menuBar = Articles.page().getWorkbenchWindow().getShell().getMenuBar();
		assertNotNull(menuItem(menuBar, "Key Reference"), "Help > Key Reference");
		assertNotNull(menuItem(menuBar, "About dipanno"), "Help > About");
		assertNotNull(menuItem(menuBar, "Show View"), "Window > Show View");
		assertNotNull(menuItem(menuBar, "Corpus"), "Show View lists the corpus view");
		hideAll(menuBar);

		Display display = Display.getCurrent();
		AtomicReference<List<String>> keys = new AtomicReference<>();
		display.asyncExec(() -> {
			long deadline = System.currentTimeMillis() + 5000;
			while (System.currentTimeMillis() < deadline) {
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed() && KeyReferenceDialog.TITLE.equals(shell.getText())) {
						Table table = find(shell);
						List<String> rows = new ArrayList<>();
						for (int i = 0; i < table.getItemCount(); i++) {
							rows.add(table.getItem(i).getText(0) + " = " + table.getItem(i).getText(1));
						}
						keys.set(rows);
						shell.close();
						return;
					}
				}
				display.readAndDispatch();
			}
		});
		runCommand("org.dipanno.ui.commands.keyReference", Map.of());
		waitUntil(() -> keys.get() != null, "the key reference opens");
		String all = String.join("\n", keys.get());
		System.out.println("Key reference:\n" + all);
		for (String expected : List.of("Enter = Accept Proposal", "Backspace = Reject Proposal",
				"Delete = Delete Annotation", "Shift+Ctrl+A = Add Event Argument", "Shift+Ctrl+D = Mark Document Done",
				"Shift+Ctrl+L = Change Argument Role", "Ctrl+. = Next Proposal", "Ctrl+, = Next Proposal (backward)",
				"Ctrl+Z = Undo", "p = Label as PERSON")) {
			assertTrue(keys.get().stream().anyMatch(row -> row.startsWith(expected)), expected + " in\n" + all);
		}
	}

	@Test
	void theAnnotatorIsAskedOnceAndTheHeaderNamesTheSet() throws Exception {
		var preferences = DipannoUi.getDefault().getPreferenceStore();
		String before = preferences.getDefaultString(DipannoUi.PREF_ANNOTATOR);
		preferences.setDefault(DipannoUi.PREF_ANNOTATOR, "");
		preferences.setToDefault(DipannoUi.PREF_ANNOTATOR);
		try {
			assertFalse(AnnotatorName.isKnown());
			Display display = Display.getCurrent();
			AtomicReference<String> asked = new AtomicReference<>();
			display.asyncExec(() -> {
				long deadline = System.currentTimeMillis() + 10000;
				while (System.currentTimeMillis() < deadline) {
					for (Shell shell : display.getShells()) {
						if (!shell.isDisposed() && AnnotatorName.DIALOG_TITLE.equals(shell.getText())
								&& shell.getData() instanceof InputDialog dialog) {
							asked.set(shell.getText());
							findText(shell).setText(ANNOTATOR);
							okButton(shell).notifyListeners(org.eclipse.swt.SWT.Selection,
									new org.eclipse.swt.widgets.Event());
							return;
						}
					}
					display.readAndDispatch();
				}
			});
			ArticleEditor editor = open("000_bf9587ca5d7394a3");
			assertEquals(AnnotatorName.DIALOG_TITLE, asked.get(), "the name is asked when the first article opens");
			assertEquals(ANNOTATOR, DipannoUi.annotator());
			assertTrue(headerText(editor).startsWith("Showing: Mine (" + ANNOTATOR + ")"), headerText(editor));
			runCommand(CommandIds.SHOW_SET, Map.of(CommandIds.PARAM_SET, "rules"));
			waitUntil(() -> headerText(editor).startsWith("Showing: Rule proposals"), "the header follows the set");

			Articles.page().closeAllEditors(false);
			processEvents();
			asked.set(null);
			open("001_19fe77e609455608");
			assertEquals(null, asked.get(), "asked once only");
		} finally {
			preferences.setDefault(DipannoUi.PREF_ANNOTATOR, before);
		}
	}

	@Test
	void theCorpusViewFollowsTheEditorAndShowsRecoveryCopies() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		CorpusNavigator navigator = (CorpusNavigator) Articles.page().showView(CorpusNavigator.ID);
		ArticleEditor first = open("000_bf9587ca5d7394a3");
		ArticleEditor second = open("003_641f89a9d16cf0c7");
		assertEquals(second.getDocument(), navigator.getViewer().getStructuredSelection().getFirstElement());
		Articles.activate(first);
		assertEquals(first.getDocument(), navigator.getViewer().getStructuredSelection().getFirstElement(),
				"the corpus view selects the active article");

		// A recovery copy waiting (after a crash) is shown until the article is opened.
		Document document = second.getDocument();
		second.change("Label", () -> {
			var token = document.getTokens().stream()
					.filter(t -> AnnotationActions.isAnnotatable(document, t.getStart(), t.getEnd())).findFirst()
					.orElseThrow();
			AnnotationActions.label(document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, ANNOTATOR),
					token.getStart(), token.getEnd(), document.getCorpus().getSchema().findEntityType("MISC"),
					ANNOTATOR, java.time.Instant.now());
		});
		second.writeRecoveryCopy();
		var recovery = WorkspaceCorpus.getDefault().recoveryFile(document.getId());
		byte[] copy = Files.readAllBytes(recovery);
		List<java.nio.file.Path> companions = org.dipanno.model.persistence.CorpusStore.companionFiles(recovery);
		List<byte[]> companionCopies = new ArrayList<>();
		for (var companion : companions) {
			companionCopies.add(Files.exists(companion) ? Files.readAllBytes(companion) : null);
		}
		Articles.page().closeEditor(second, false);
		processEvents();
		Files.write(recovery, copy); // as a crash leaves it
		for (int i = 0; i < companions.size(); i++) {
			if (companionCopies.get(i) != null) {
				Files.write(companions.get(i), companionCopies.get(i));
			}
		}
		WorkspaceCorpus.getDefault().fireChanged();
		Table table = navigator.getViewer().getTable();
		waitUntil(() -> Workbench.cell(table, Workbench.row(table, "Document", document.getId()), "Recovery")
				.equals("unsaved work"), "the corpus view shows the recovery copy waiting");
		assertEquals("", Workbench.cell(table, Workbench.row(table, "Document", first.getDocument().getId()), "Recovery"));
		open(document.getId()); // offered back (restored without asking here), and the copy is used up
		WorkspaceCorpus.getDefault().fireChanged();
		waitUntil(() -> Workbench.cell(table, Workbench.row(table, "Document", document.getId()), "Recovery").isEmpty(),
				"no copy waits any more");
	}

	/** The line above the legend, as the linguist reads it. */
	private static String headerText(ArticleEditor editor) {
		for (var child : editor.getTextWidget().getParent().getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label && label.getText().startsWith("Showing: ")) {
				return label.getText();
			}
		}
		return "";
	}

	private static IEditorReference welcome() {
		return Arrays.stream(Articles.page().getEditorReferences()).filter(r -> r.getId().equals(WelcomeEditor.ID))
				.findFirst().orElse(null);
	}

	private static org.eclipse.swt.widgets.Button okButton(org.eclipse.swt.widgets.Composite parent) {
		for (var child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button
					&& button.getText().replace("&", "").equals(org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL.replace("&", ""))) {
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				var found = okButton(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static org.eclipse.swt.widgets.Text findText(org.eclipse.swt.widgets.Composite parent) {
		for (var child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				var found = findText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Table find(org.eclipse.swt.widgets.Composite parent) {
		for (var child : parent.getChildren()) {
			if (child instanceof Table table) {
				return table;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Table found = find(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
