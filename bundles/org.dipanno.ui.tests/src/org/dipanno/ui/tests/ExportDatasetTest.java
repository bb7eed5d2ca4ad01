package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Dialogs.button;
import static org.dipanno.ui.tests.Dialogs.check;
import static org.dipanno.ui.tests.Dialogs.click;
import static org.dipanno.ui.tests.Workbench.processEvents;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
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
			assertTrue(Arrays.asList(Dialogs.<Combo>field(shell, "set").getItems()).contains("Mine (" + ANNOTATOR + ")"));
			assertEquals("Mine (" + ANNOTATOR + ")", Dialogs.<Combo>field(shell, "set").getText());
			assertNull(dialog.getErrorMessage(), dialog.getErrorMessage());
			assertTrue(dialog.getShownMessage().startsWith("5 documents with 5 annotations"), dialog.getShownMessage());

			Dialogs.<Text>field(shell, "test").setText("5");
			assertEquals("Train, dev and test must add up to 100 % (now 95 %)", dialog.getErrorMessage());
			assertFalse(exportButton(shell).isEnabled(), "Export is disabled while the split is wrong");
			Dialogs.<Text>field(shell, "train").setText("50");
			Dialogs.<Text>field(shell, "dev").setText("50");
			Dialogs.<Text>field(shell, "test").setText("0");
			assertNull(dialog.getErrorMessage());

			Dialogs.<Text>field(shell, "folder").setText(other.toString());
			assertEquals(other + " holds other files (it is not a dataset); choose a new or empty folder",
					dialog.getErrorMessage());
			check(Dialogs.<Button>field(shell, "replace"), true);
			assertFalse(exportButton(shell).isEnabled(), "another folder is never replaced");
			check(Dialogs.<Button>field(shell, "replace"), false);
			Dialogs.<Text>field(shell, "folder").setText("");
			assertEquals("Choose the folder to write the dataset to", dialog.getErrorMessage());
			Dialogs.<Text>field(shell, "folder").setText(target.toString());
			assertNull(dialog.getErrorMessage());

			check(Dialogs.<Button>field(shell, "doneOnly"), true);
			assertTrue(dialog.getShownMessage().startsWith("2 documents with 2 annotations"), dialog.getShownMessage());
			check(Dialogs.<Button>field(shell, "spans"), false);
			check(Dialogs.<Button>field(shell, "brat"), false);
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
				Dialogs.<Text>field(shell, "train").setText("60");
				Dialogs.<Text>field(shell, "dev").setText("20");
				Dialogs.<Text>field(shell, "test").setText("20");
				Dialogs.<Text>field(shell, "seed").setText("7");
				check(Dialogs.<Button>field(shell, "brat"), false);
				Dialogs.<Text>field(shell, "folder").setText(target.toString());
				click(exportButton(shell));
			}));
			waitUntil(() -> jobs.get(0).getState() == Job.NONE, "the export is done", 60_000);
			inDialog(dialog -> {
				Shell shell = dialog.getShell();
				assertEquals("60", Dialogs.<Text>field(shell, "train").getText());
				assertEquals("20", Dialogs.<Text>field(shell, "dev").getText());
				assertEquals("7", Dialogs.<Text>field(shell, "seed").getText());
				assertFalse(Dialogs.<Button>field(shell, "brat").getSelection(), "brat stays unchosen");
				assertTrue(Dialogs.<Button>field(shell, "conll").getSelection());
				assertEquals(target.toString(), Dialogs.<Text>field(shell, "folder").getText());
				click(button(shell, "Cancel"));
			});
		} finally {
			ExportDatasetDialog.forgetRememberedSettings();
		}
	}

	@Test
	void cancellingTheDialogExportsNothing() throws Exception {
		Path target = temp.resolve("never");
		List<ExportDatasetJob> jobs = Workbench.jobsScheduledBy(ExportDatasetJob.class, () -> inDialog(dialog -> {
			Dialogs.<Text>field(dialog.getShell(), "folder").setText(target.toString());
			click(button(dialog.getShell(), "Cancel"));
		}));
		assertEquals(List.of(), jobs, "Cancel exports nothing");
		assertFalse(Files.exists(target));
	}

	private static Button exportButton(Shell shell) {
		Button found = button(shell, "Export");
		assertNotNull(found, "the dialog has an Export button");
		return found;
	}

	private static void inDialog(Dialogs.Steps<ExportDatasetDialog> steps) throws Exception {
		Dialogs.inDialog(CommandIds.EXPORT_DATASET, ExportDatasetDialog.class, steps);
	}
}
