package org.dipanno.ui.corpus;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.dipanno.engine.corpus.CorpusAnnotator;
import org.dipanno.engine.corpus.CorpusRuleRun;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.model.Document;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.rules.WorkbenchRules;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Applies the corpus's rule set (its {@code rules/*.dar}, else the bundled default set) to every document of a workspace corpus, as a cancellable job with a progress step
 * per document, saving each document as soon as it is annotated (see {@link CorpusRuleRun}).
 *
 * <p>The linguist's work is never touched behind their back: a document open in an editor with unsaved changes is
 * skipped and named in the summary; one open without changes is annotated through its editor (one undoable change)
 * and saved there. The model is changed only on the UI thread, where editors and views read it; the job thread runs
 * the loop, the progress and the cancellation.
 */
public class ApplyRulesToCorpusJob extends Job {

	/** The family of these jobs: one run at a time. */
	public static final Object FAMILY = ApplyRulesToCorpusJob.class;
	public static final String SKIPPED_UNSAVED = "open with unsaved changes";

	private final WorkspaceCorpus workspaceCorpus;
	private final Display display;
	private volatile CorpusRuleRun.Summary summary;

	public ApplyRulesToCorpusJob(WorkspaceCorpus workspaceCorpus, Display display) {
		super("Applying rules to the corpus");
		this.workspaceCorpus = workspaceCorpus;
		this.display = display;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** What the finished run did; null before it finished or when it could not start. */
	public CorpusRuleRun.Summary getSummary() {
		return summary;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		RuleFileCompiler.CompiledRules rules;
		List<Document> documents;
		try {
			progress.subTask("Compiling the rules");
			rules = WorkbenchRules.forCorpus(workspaceCorpus.folder());
			documents = onUi(() -> List.copyOf(workspaceCorpus.corpus().getDocuments()));
		} catch (Exception e) {
			return finish(Status.error("The rules cannot be applied: " + e.getMessage(), e));
		}
		progress.worked(5);
		SubMonitor perDocument = progress.split(95).setWorkRemaining(documents.size());
		CorpusAnnotator annotator = new CorpusAnnotator(rules.engine());
		CorpusRuleRun.Step saveClosed = CorpusRuleRun.annotateAndSave(annotator, new CorpusRuleRun.Store() {
			@Override
			public void save(Document document) throws IOException {
				workspaceCorpus.saveDocument(document);
			}

			@Override
			public void revert(Document document) throws IOException {
				workspaceCorpus.revert(document);
			}
		});
		CorpusRuleRun.Step step = document -> onUi(() -> {
			List<ArticleEditor> editors = editorsOn(document);
			return editors.isEmpty() ? saveClosed.apply(document) : throughEditor(editors.get(0), annotator);
		});
		summary = CorpusRuleRun.run(documents,
				document -> onUiQuietly(() -> editorsOn(document).stream().anyMatch(ArticleEditor::isDirty)
						? SKIPPED_UNSAVED
						: null),
				step, new CorpusRuleRun.Progress() {
					@Override
					public boolean isCanceled() {
						return monitor.isCanceled();
					}

					@Override
					public void documentStarted(Document document, int index, int total) {
						if (index > 0) {
							perDocument.worked(1);
						}
						perDocument.subTask((index + 1) + " of " + total + ": " + document.getId());
					}
				});
		summary.failed().forEach(failed -> DipannoUi.log("Applying rules to " + failed.documentId() + " failed: "
				+ failed.message(), null));
		return finish(summary.failed().isEmpty() ? Status.info(summary.describe())
				: Status.warning(summary.describe()));
	}

	/** Tells the linguist (navigator, status line) and returns the status. */
	private IStatus finish(IStatus status) {
		workspaceCorpus.reportRun("Rules: " + status.getMessage());
		return status.getSeverity() == IStatus.INFO ? Status.OK_STATUS : status;
	}

	private List<ArticleEditor> editorsOn(Document document) {
		return ArticleEditor.openOn(workspaceCorpus.folder(), document.getId());
	}

	/** Annotates a document open (without unsaved changes) through its editor, so that it stays undoable there. */
	private static CorpusAnnotator.DocumentReport throughEditor(ArticleEditor editor, CorpusAnnotator annotator)
			throws IOException {
		AtomicReference<CorpusAnnotator.DocumentReport> report = new AtomicReference<>();
		if (!editor.change("Apply rules", () -> report.set(annotator.annotate(editor.getDocument())))) {
			throw new IllegalStateException(editor.getLastMessage());
		}
		try {
			editor.saveNow();
		} catch (IOException e) {
			throw new IOException("annotated in its open editor, not saved: " + e.getMessage(), e);
		}
		return report.get();
	}

	private <T> T onUi(Callable<T> work) throws Exception {
		return UiThread.call(display, work);
	}

	private <T> T onUiQuietly(Callable<T> work) {
		return UiThread.get(display, work);
	}
}
