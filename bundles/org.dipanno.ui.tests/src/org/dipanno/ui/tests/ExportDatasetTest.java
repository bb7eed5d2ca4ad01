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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.editing.DocumentProgress;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.export.ExportDatasetDialog;
import org.dipanno.ui.export.ExportDatasetJob;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Export Dataset...: the dialog is filled in as a linguist would (set, done only, split, folder); bad choices
 * are shown and keep Export disabled; the export runs as a job and writes the dataset the command line would.
 */
class ExportDatasetTest {

	private static final String ANNOTATOR = "mai-" + Long.toString(System.nanoTime(), 36);

	@TempDir
	Path temp;

	private List<Document> documents;

	@BeforeAll
	static void annotateAsMai() {
		DipannoUi.getDefault().getPreferenceStore().setValue(DipannoUi.PREF_ANNOTATOR, ANNOTATOR);
	}

	/** Mai labelled a word in every article (not saved) and finished the second and the fourth. */
	@BeforeEach
	void annotate() throws Exception {
		ExportDatasetDialog.forgetRememberedSettings();
		documents = List.copyOf(WorkspaceCorpus.getDefault().corpus().getDocuments());
		for (Document document : documents) {
			AnnotationSet mine = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, ANNOTATOR);
			var token = document.getTokens().get(document.getTokens().size() / 2);
			AnnotationActions.label(mine, token.getStart(), token.getEnd(),
					document.getCorpus().getSchema().findEntityType("MISC"), ANNOTATOR, Instant.now());
		}
		DocumentProgress.setDone(documents.get(1), AnnotationSetKind.ANNOTATOR, ANNOTATOR, true);
		DocumentProgress.setDone(documents.get(3), AnnotationSetKind.ANNOTATOR, ANNOTATOR, true);
	}

	@AfterEach
	void forgetTheUnsavedAnnotations() throws Exception {
		for (Document document : documents) {
			WorkspaceCorpus.getDefault().revert(document);
		}
		processEvents();
	}

	@Test
	void badChoicesAreShownAndTheDoneDocumentsAreExported() throws Exception {
		Path other = Files.createDirectory(temp.resolve("thesis"));
		Files.writeString(other.resolve("chapter1.tex"), "years of work");
		Path target = temp.resolve("datasets/mai");

		List<ExportDatasetJob> jobs = Workbench.jobsScheduledBy(ExportDatasetJob.class, () -> inDialog(dialog -> {
			Shell shell = dialog.getShell();
			assertTrue(Arrays.asList(this.<Combo>field(shell, "set").getItems()).contains("Mine (" + ANNOTATOR + ")"));
			assertEquals("Mine (" + ANNOTATOR + ")", this.<Combo>field(shell, "set").getText());
			assertNull(dialog.getErrorMessage(), dialog.getErrorMessage());
			assertTrue(dialog.getShownMessage().startsWith("5 documents with 5 annotations"), dialog.getShownMessage());

			this.<Text>field(shell, "test").setText("5");
			assertEquals("Train, dev and test must add up to 100 % (now 95 %)", dialog.getErrorMessage());
			assertFalse(exportButton(shell).isEnabled(), "Export is disabled while the split is wrong");
			this.<Text>field(shell, "train").setText("50");
			this.<Text>field(shell, "dev").setText("50");
			this.<Text>field(shell, "test").setText("0");
			assertNull(dialog.getErrorMessage());

			this.<Text>field(shell, "folder").setText(other.toString());
			assertEquals(other + " holds other files (it is not a dataset); choose a new or empty folder",
					dialog.getErrorMessage());
			check(this.<Button>field(shell, "replace"), true);
			assertFalse(exportButton(shell).isEnabled(), "another folder is never replaced");
			check(this.<Button>field(shell, "replace"), false);
			this.<Text>field(shell, "folder").setText("");
			assertEquals("Choose the folder to write the dataset to", dialog.getErrorMessage());
			this.<Text>field(shell, "folder").setText(target.toString());
			assertNull(dialog.getErrorMessage());

			check(this.<Button>field(shell, "doneOnly"), true);
			assertTrue(dialog.getShownMessage().startsWith("2 documents with 2 annotations"), dialog.getShownMessage());
			check(this.<Button>field(shell, "spans"), false);
			check(this.<Button>field(shell, "brat"), false);
			click(exportButton(shell));
		}));
		assertEquals(1, jobs.size(), "Export runs a job");
		ExportDatasetJob job = jobs.get(0);
		waitUntil(() -> job.getState() == Job.NONE, "the export is done", 60_000);
		assertNotNull(job.getDataset(), job.getReport());
		assertEquals(2, job.getDataset().stats().total().documents());
		String splits = Files.readString(target.resolve("splits.json"));
		assertTrue(splits.contains(documents.get(1).getId()) && splits.contains(documents.get(3).getId()), splits);
		assertFalse(splits.contains(documents.get(0).getId()), splits);
		assertTrue(Files.isRegularFile(target.resolve("MANIFEST.json")));
		assertTrue(Files.isDirectory(target.resolve("conll/word/bioes")));
		assertTrue(Files.isRegularFile(target.resolve("hf/labels.json")));
		assertFalse(Files.exists(target.resolve("brat")), "brat was not chosen");
		assertEquals("years of work", Files.readString(other.resolve("chapter1.tex")));
		CorpusNavigator navigator = (CorpusNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getActivePage().showView(CorpusNavigator.ID);
		waitUntil(() -> navigator.getReport().equals("Export: " + job.getReport()),
				"the corpus view shows what was exported");
		assertTrue(job.getReport().startsWith("Dataset " + target + ": 2 documents (train "), job.getReport());
	}

	@Test
	void theDialogRemembersTheLastExport() throws Exception {
		Path target = temp.resolve("remembered");
		try {
			List<ExportDatasetJob> jobs = Workbench.jobsScheduledBy(ExportDatasetJob.class, () -> inDialog(dialog -> {
				Shell shell = dialog.getShell();
				this.<Text>field(shell, "train").setText("60");
				this.<Text>field(shell, "dev").setText("20");
				this.<Text>field(shell, "test").setText("20");
				this.<Text>field(shell, "seed").setText("7");
				check(this.<Button>field(shell, "brat"), false);
				this.<Text>field(shell, "folder").setText(target.toString());
				click(exportButton(shell));
			}));
			waitUntil(() -> jobs.get(0).getState() == Job.NONE, "the export is done", 60_000);
			inDialog(dialog -> {
				Shell shell = dialog.getShell();
				assertEquals("60", this.<Text>field(shell, "train").getText());
				assertEquals("20", this.<Text>field(shell, "dev").getText());
				assertEquals("7", this.<Text>field(shell, "seed").getText());
				assertFalse(this.<Button>field(shell, "brat").getSelection(), "brat stays unchosen");
				assertTrue(this.<Button>field(shell, "conll").getSelection());
				assertEquals(target.toString(), this.<Text>field(shell, "folder").getText());
				click(findButton(shell, "Cancel"));
			});
		} finally {
			ExportDatasetDialog.forgetRememberedSettings();
		}
	}

	@Test
	void cancellingTheDialogExportsNothing() throws Exception {
		Path target = temp.resolve("never");
		List<ExportDatasetJob> jobs = Workbench.jobsScheduledBy(ExportDatasetJob.class, () -> inDialog(dialog -> {
			this.<Text>field(dialog.getShell(), "folder").setText(target.toString());
			click(findButton(dialog.getShell(), "Cancel"));
		}));
		assertEquals(List.of(), jobs, "Cancel exports nothing");
		assertFalse(Files.exists(target));
	}

	interface DialogSteps {
		void run(ExportDatasetDialog dialog) throws Exception;
	}

	/**
	 * Runs File > Export Dataset... and, inside the modal dialog's own event loop, the steps; a failing step closes
	 * the dialog and fails the test.
	 */
	private void inDialog(DialogSteps steps) throws Exception {
		Display display = Display.getCurrent();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean done = new AtomicBoolean();
		display.asyncExec(() -> {
			try {
				runCommand(CommandIds.EXPORT_DATASET, Map.of());
			} catch (Throwable e) {
				failure.compareAndSet(null, e);
			} finally {
				done.set(true);
			}
		});
		display.asyncExec(() -> {
			ExportDatasetDialog dialog = null;
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

	private static ExportDatasetDialog openDialog(Display display) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof ExportDatasetDialog dialog) {
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
			if (name.equals(child.getData(ExportDatasetDialog.FIELD))) {
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

	private static Button exportButton(Shell shell) {
		Button found = findButton(shell, "Export");
		assertNotNull(found, "the dialog has an Export button");
		return found;
	}

	private static Button findButton(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = findButton(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Ticks or clears a check box as a click does (the selection, then the event). */
	private static void check(Button box, boolean selected) {
		assertTrue(box.isEnabled(), box.getText() + " can be clicked");
		box.setSelection(selected);
		box.notifyListeners(SWT.Selection, new Event());
	}

	private static void click(Button button) {
		assertTrue(button.isEnabled(), button.getText() + " can be clicked");
		button.notifyListeners(SWT.Selection, new Event());
	}
}
