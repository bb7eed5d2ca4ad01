package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.ImportedProvenance;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.RecommenderProvenance;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.MentionDescriptions;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.imports.ImportAnnotationsDialog;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import Annotations... filled in as a linguist would (what will be imported and what cannot be is shown
 * before Import), and Annotate > Propose From Annotations: the recommender's proposals decided with the rule
 * proposals' commands and taken back with Undo.
 */
class ImportAndRecommendTest {

	private static final String FIRST = "000_bf9587ca5d7394a3";
	private static final String SECOND = "001_19fe77e609455608";
	private static final String LAST = "004_4e00300c40552043";
	private static final String ANNOTATOR = "lan-" + Long.toString(System.nanoTime(), 36);

	@TempDir
	Path temp;

	private IWorkbenchPage page;
	private CorpusNavigator navigator;
	private Path backup;

	@BeforeAll
	static void annotateAsLan() {
		Workbench.annotateAs(ANNOTATOR);
	}

	/** The import saves documents of the shared workspace corpus: keep its files to put them back afterwards. */
	@BeforeEach
	void keepTheCorpusFiles() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		navigator = (CorpusNavigator) page.showView(CorpusNavigator.ID);
		WorkspaceCorpus.getDefault().corpus();
		backup = Files.createTempDirectory("corpus-backup");
		copyFiles(WorkspaceCorpus.getDefault().folder().resolve("documents"), backup);
	}

	@AfterEach
	void putTheCorpusFilesBack() throws Exception {
		page.closeAllEditors(false);
		processEvents();
		copyFiles(backup, WorkspaceCorpus.getDefault().folder().resolve("documents"));
		for (Document document : List.copyOf(WorkspaceCorpus.getDefault().corpus().getDocuments())) {
			WorkspaceCorpus.getDefault().revert(document);
		}
		processEvents();
	}

	@Test
	void theImportDialogShowsWhatWillBeImportedAndWhatCannotAndImportIsSaved() throws Exception {
		Document first = WorkspaceCorpus.getDefault().document(FIRST);
		String text = first.getText();
		int start = text.indexOf("Trung Quốc");
		Path brat = Files.createDirectory(temp.resolve("brat"));
		Files.writeString(brat.resolve(FIRST + ".txt"), text);
		Files.writeString(brat.resolve(FIRST + ".ann"), "T1\tCOUNTRY " + start + " " + (start + 10) + "\tTrung Quốc\n");
		String second = WorkspaceCorpus.getDefault().document(SECOND).getText();
		Files.writeString(brat.resolve(SECOND + ".txt"), second);
		Files.writeString(brat.resolve(SECOND + ".ann"), "T1\tPLANET 0 4\t" + second.substring(0, 4) + "\n");

		AtomicReference<String> shown = new AtomicReference<>();
		inDialog(dialog -> {
			Shell shell = dialog.getShell();
			assertEquals("Choose the folder or file to import", dialog.getErrorMessage());
			assertFalse(button(shell, "Import").isEnabled());
			this.<Text>field(shell, "path").setText(temp.resolve("none").toString());
			assertTrue(dialog.getErrorMessage().endsWith("does not exist"), dialog.getErrorMessage());
			this.<Text>field(shell, "path").setText(brat.toString());
			assertNull(dialog.getErrorMessage(), dialog.getErrorMessage());
			assertTrue(dialog.getShownMessage().startsWith("1 document with 1 entity and 0 events will be imported into Gold; 1 cannot be"),
					dialog.getShownMessage());
			String preview = this.<Text>field(shell, "preview").getText();
			assertTrue(preview.contains(FIRST + ": 1 entity, 0 events"), preview);
			assertTrue(preview.contains("cannot import " + SECOND + ": ") && preview.contains("entity type PLANET is not in the schema"),
					preview);
			this.<Text>field(shell, "map").setText("PLANET");
			assertTrue(dialog.getErrorMessage().startsWith("Rename types as FROM=TO"), dialog.getErrorMessage());
			this.<Text>field(shell, "map").setText("PLANET=LOCATION");
			assertTrue(dialog.getShownMessage().startsWith("2 documents with 2 entities"), dialog.getShownMessage());
			this.<Text>field(shell, "map").setText("");
			shown.set(dialog.getShownMessage());
			click(button(shell, "Import"));
		});
		assertNotNull(shown.get());
		String report = WorkspaceCorpus.getDefault().lastReport();
		assertTrue(report.startsWith("Imported 1 entity and 0 events into 1 article; not imported: "), report);
		AnnotationSet gold = first.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.GOLD, null));
		assertEquals(1, gold.getEntityMentions().size());
		assertTrue(gold.getEntityMentions().get(0).getProvenance() instanceof ImportedProvenance);
		// Saved at once: the files on disk hold it.
		Document onDisk = new CorpusStore().load(WorkspaceCorpus.getDefault().folder()).findDocument(FIRST);
		assertEquals("Trung Quốc", onDisk.findAnnotationSet("gold").getEntityMentions().get(0).getText());
		assertNull(WorkspaceCorpus.getDefault().document(SECOND).findAnnotationSet("gold"), "the failing one is left alone");
		waitUntil(() -> navigator.getReport() != null && navigator.getReport().contains(report), "the corpus view shows the report");
	}

	@Test
	void proposalsFromAnnotationsAreDecidedLikeRuleProposalsAndUndone() throws Exception {
		Document first = WorkspaceCorpus.getDefault().document(FIRST);
		int start = first.getText().indexOf("Trung Quốc");
		AnnotationActions.label(first.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null), start, start + 10,
				first.getCorpus().getSchema().findEntityType("COUNTRY"), ANNOTATOR, Instant.now());

		ArticleEditor editor = (ArticleEditor) navigator.open(WorkspaceCorpus.getDefault().document(LAST));
		page.activate(editor);
		editor.setFocus();
		processEvents();
		runCommand(CommandIds.SHOW_SET, Map.of(CommandIds.PARAM_SET, "gold"));
		runCommand(CommandIds.PROPOSE_FROM_ANNOTATIONS, Map.of());
		List<Mention> proposals = editor.pendingProposals();
		assertEquals(7, proposals.size(), "every Trung Quốc of the body not inside a longer name");
		assertTrue(proposals.stream().allMatch(p -> p.getProvenance() instanceof RecommenderProvenance
				&& p.getStatus() == MentionStatus.PROPOSED && "Trung Quốc".equals(p.getText())));
		assertTrue(MentionDescriptions.source(proposals.get(0).getProvenance())
				.startsWith("recommender, confidence 1.00 (1 accepted, 0 rejected in gold)"));
		assertTrue(editor.isDirty());

		Mention accepted = proposals.get(0);
		editor.getTextWidget().setCaretOffset(accepted.getStart() + 1);
		runCommand(CommandIds.ACCEPT, Map.of());
		AnnotationSet gold = editor.getDocument().findAnnotationSet("gold");
		assertEquals(1, gold.getEntityMentions().size(), "accepted into gold");
		Mention rejected = proposals.get(1);
		editor.getTextWidget().setCaretOffset(rejected.getStart() + 1);
		runCommand(CommandIds.REJECT, Map.of());
		assertEquals(MentionStatus.REJECTED, rejected.getStatus());
		assertEquals(5, editor.pendingProposals().size());

		for (int i = 0; i < 3; i++) {
			runCommand("org.eclipse.ui.edit.undo", Map.of());
		}
		waitUntil(() -> editor.getDocument().findAnnotationSet("rules") == null
				|| editor.getDocument().findAnnotationSet("rules").getEntityMentions().isEmpty(),
				"undo takes the recommender's proposals back");
		assertTrue(gold.getEntityMentions().isEmpty(), "undo takes the accepted one out of gold");
	}

	interface DialogSteps {
		void run(ImportAnnotationsDialog dialog) throws Exception;
	}

	/** Runs File > Import Annotations... and, inside the modal dialog's own event loop, the steps. */
	private void inDialog(DialogSteps steps) throws Exception {
		Display display = Display.getCurrent();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean done = new AtomicBoolean();
		display.asyncExec(() -> {
			try {
				runCommand(CommandIds.IMPORT_ANNOTATIONS, Map.of());
			} catch (Throwable e) {
				failure.compareAndSet(null, e);
			} finally {
				done.set(true);
			}
		});
		display.asyncExec(() -> {
			ImportAnnotationsDialog dialog = null;
			try {
				long deadline = System.currentTimeMillis() + 5000;
				while ((dialog = openDialog(display)) == null && System.currentTimeMillis() < deadline) {
					display.readAndDispatch();
				}
				assertNotNull(dialog, "the dialog opens");
				steps.run(dialog);
			} catch (Throwable e) {
				failure.compareAndSet(null, e);
				if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
					dialog.close();
				}
			}
		});
		waitUntil(done::get, "the dialog is closed", 30_000);
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() instanceof Exception exception) {
			throw exception;
		}
	}

	private static ImportAnnotationsDialog openDialog(Display display) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof ImportAnnotationsDialog dialog) {
				return dialog;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private <T extends Control> T field(Composite parent, String name) {
		T found = find(parent, name);
		assertNotNull(found, "the dialog has the field " + name);
		return found;
	}

	@SuppressWarnings("unchecked")
	private static <T extends Control> T find(Composite parent, String name) {
		for (Control child : parent.getChildren()) {
			if (name.equals(child.getData(ImportAnnotationsDialog.FIELD))) {
				return (T) child;
			}
			if (child instanceof Composite composite) {
				T found = find(composite, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Button button(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void click(Button button) {
		assertNotNull(button);
		assertTrue(button.isEnabled(), button.getText() + " can be clicked");
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static void copyFiles(Path from, Path to) throws Exception {
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}
}
