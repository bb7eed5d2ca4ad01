package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.cell;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.row;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dipanno.engine.corpus.CorpusRuleRun;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.corpus.ApplyRulesToCorpusJob;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Apply Rules to Corpus runs as a job over the workspace corpus: every document gets the rules' proposals and is
 * saved, except one open with unsaved work, which is left as the linguist left it; the navigator follows.
 */
class ApplyRulesToCorpusTest {

	private static final String UNSAVED = "000_bf9587ca5d7394a3";
	private static final String OPEN_CLEAN = "002_cb3ffdcf37eaec80";
	private static final String ANNOTATOR = "tuan-" + Long.toString(System.nanoTime(), 36);

	private CorpusFixture corpus;
	private CorpusNavigator navigator;

	@BeforeAll
	static void annotateAsTuan() {
		Workbench.annotateAs(ANNOTATOR);
	}

	/** The run saves every document of the shared workspace corpus: keep its files to put them back afterwards. */
	@BeforeEach
	void keepTheCorpusFiles() throws Exception {
		corpus = CorpusFixture.keepTheCorpusFiles();
		navigator = CorpusFixture.navigator();
	}

	@AfterEach
	void putTheCorpusFilesBack() throws Exception {
		corpus.putTheCorpusFilesBack();
	}

	@Test
	void everyDocumentIsAnnotatedAndSavedButTheOneWithUnsavedWork() throws Exception {
		ArticleEditor unsaved = Articles.open(UNSAVED);
		int start = unsaved.getDocument().getText().indexOf("Vương Văn Đào");
		unsaved.getTextWidget().setSelection(start, start + "Vương Văn Đào".length());
		runCommand(CommandIds.LABEL, Map.of(CommandIds.PARAM_TYPE, "PERSON"));
		assertTrue(unsaved.isDirty(), "the linguist has unsaved work in the first article");
		ArticleEditor clean = Articles.open(OPEN_CLEAN);
		assertFalse(clean.isDirty());

		// The corpus view offers the command in its tool bar and its context menu.
		assertTrue(Stream.of(navigator.getViewSite().getActionBars().getToolBarManager().getItems())
				.anyMatch(item -> "org.dipanno.ui.toolbar.applyRulesToCorpus".equals(item.getId())),
				"tool bar: " + Stream.of(navigator.getViewSite().getActionBars().getToolBarManager().getItems())
						.map(item -> item.getId()).toList());
		Menu contextMenu = navigator.getViewer().getControl().getMenu();
		contextMenu.notifyListeners(SWT.Show, new Event());
		processEvents();
		assertTrue(Stream.of(contextMenu.getItems()).anyMatch(item -> item.getText().equals("Apply Rules to Corpus")),
				"context menu: " + Stream.of(contextMenu.getItems()).map(MenuItem::getText).toList());
		contextMenu.notifyListeners(SWT.Hide, new Event());
		List<ApplyRulesToCorpusJob> jobs = Workbench.jobsScheduledBy(ApplyRulesToCorpusJob.class,
				() -> runCommand(CommandIds.APPLY_RULES_TO_CORPUS, Map.of()));
		assertEquals(1, jobs.size(), "the command runs a job");
		ApplyRulesToCorpusJob job = jobs.get(0);
		assertTrue(job.isUser(), "a user job: its progress is shown");
		waitUntil(() -> job.getState() == Job.NONE && job.getSummary() != null, "the job is done", 60_000);

		CorpusRuleRun.Summary summary = job.getSummary();
		assertEquals(5, summary.total());
		assertEquals(4, summary.annotated().size(), summary.describe());
		assertEquals(List.of(new CorpusRuleRun.Skipped(UNSAVED, ApplyRulesToCorpusJob.SKIPPED_UNSAVED)),
				summary.skipped());
		assertTrue(summary.failed().isEmpty(), summary.describe());
		assertFalse(summary.canceled());

		// The unsaved work is as the linguist left it, and nothing of it went to disk behind their back.
		assertTrue(unsaved.isDirty());
		assertEquals(1, mine(unsaved.getDocument()).getEntityMentions().size());
		assertEquals(0, proposals(unsaved.getDocument()));
		// The article open without changes was annotated through its editor: saved, shown, undoable there.
		assertFalse(clean.isDirty(), "saved");
		AnnotationSet rules = clean.getDocument().findAnnotationSet(DocumentOperations.RULES_SET_ID);
		assertNotNull(rules);
		int proposalStart = rules.getEntityMentions().get(0).getStart();
		waitUntil(() -> clean.getTextWidget().getStyleRangeAtOffset(proposalStart) != null
				&& clean.getTextWidget().getStyleRangeAtOffset(proposalStart).borderStyle == SWT.BORDER_DASH,
				"the open editor shows the new proposals");
		assertEquals("Apply rules", PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
				.getUndoOperation(clean.getUndoContext()).getLabel());

		Corpus onDisk = new CorpusStore().load(WorkspaceCorpus.getDefault().folder());
		Table table = navigator.getViewer().getTable();
		for (Document document : onDisk.getDocuments()) {
			Document inMemory = WorkspaceCorpus.getDefault().document(document.getId());
			if (document.getId().equals(UNSAVED)) {
				assertEquals(0, proposals(document));
				assertEquals(null, mine(document), "unsaved work is not saved by the run");
				continue;
			}
			assertTrue(proposals(document) > 0, document.getId() + " has proposals on disk");
			assertEquals(proposals(inMemory), proposals(document), document.getId());
			int row = row(table, "Document", document.getId());
			waitUntil(() -> cell(table, row, "Pending").equals(Integer.toString(proposals(document))),
					"the navigator shows the pending proposals of " + document.getId());
		}
		assertEquals("0", cell(table, row(table, "Document", UNSAVED), "Pending"));
		waitUntil(() -> navigator.getReport().endsWith("Rules: " + summary.describe()),
				"the navigator shows the summary");
		assertTrue(summary.describe().contains("skipped " + UNSAVED + " (open with unsaved changes)"),
				summary.describe());
	}

	@Test
	void theJobReportsEachDocumentAndStopsWhenCanceled() throws Exception {
		List<String> subTasks = new java.util.ArrayList<>();
		int[] total = new int[1];
		IProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				total[0] = totalWork;
			}

			@Override
			public void subTask(String name) {
				subTasks.add(name);
			}

			@Override
			public boolean isCanceled() {
				return subTasks.stream().filter(task -> task.contains(" of 5: ")).count() >= 2;
			}
		};
		List<Document> documents = WorkspaceCorpus.getDefault().corpus().getDocuments();
		// The job's own run, here on the UI thread, with a monitor the linguist cancels after two documents.
		class Run extends ApplyRulesToCorpusJob {
			Run() {
				super(WorkspaceCorpus.getDefault(), Display.getCurrent());
			}

			void runWith(IProgressMonitor progress) {
				run(progress);
			}
		}
		Run job = new Run();
		job.runWith(monitor);
		CorpusRuleRun.Summary summary = job.getSummary();
		assertTrue(summary.canceled(), summary.describe());
		assertEquals(2, summary.annotated().size());
		assertEquals(3, summary.notReached());
		assertTrue(total[0] > 0);
		assertEquals(List.of("1 of 5: " + documents.get(0).getId(), "2 of 5: " + documents.get(1).getId()),
				subTasks.stream().filter(task -> task.contains(" of 5: ")).toList());
		assertTrue(proposals(documents.get(1)) > 0);
		for (Document untouched : documents.subList(2, 5)) {
			assertEquals(0, proposals(untouched), untouched.getId() + " is not reached");
		}
		waitUntil(() -> navigator.getReport().endsWith("3 documents not reached"),
				"the corpus view says the run was canceled: " + navigator.getReport());
	}

	private static AnnotationSet mine(Document document) {
		return document.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, ANNOTATOR));
	}

	private static int proposals(Document document) {
		return CorpusFixture.pendingProposals(document);
	}
}
