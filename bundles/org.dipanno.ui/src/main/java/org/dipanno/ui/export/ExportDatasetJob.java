package org.dipanno.ui.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportOptions;
import org.dipanno.export.ExportResult;
import org.dipanno.export.model.CorpusDatasetExport;
import org.dipanno.export.model.ModelExportAdapter;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.Texts;
import org.dipanno.ui.corpus.UiThread;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Writes a dataset of the workspace corpus with the exporter the command line uses ({@link CorpusDatasetExport}), as
 * a cancellable job: documents are read one by one on the UI thread (progress per document), then the files are
 * written in the background. The dataset appears in its folder only when complete; a failure leaves an earlier
 * dataset there as it was. The result is shown in the corpus view; a failure is reported as an error.
 */
public class ExportDatasetJob extends Job {

	public static final Object FAMILY = ExportDatasetJob.class;

	private final WorkspaceCorpus workspaceCorpus;
	private final CorpusDatasetExport.Request request;
	private final Display display;
	private volatile ExportResult result;
	private volatile String report;

	public ExportDatasetJob(WorkspaceCorpus workspaceCorpus, CorpusDatasetExport.Request request, Display display) {
		super("Exporting a dataset to " + request.folder());
		this.workspaceCorpus = workspaceCorpus;
		this.request = request;
		this.display = display;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The written dataset; null until done, or when the export failed. */
	public ExportResult getDataset() {
		return result;
	}

	/** What the linguist was told when the job finished. */
	public String getReport() {
		return report;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		try {
			Corpus corpus = workspaceCorpus.corpus();
			List<Document> documents = UiThread.call(display,
					() -> CorpusDatasetExport.documents(corpus, request.selection(), request.doneOnly()));
			SubMonitor reading = progress.split(40).setWorkRemaining(documents.size());
			List<ExportDocument> converted = new ArrayList<>();
			for (Document document : documents) {
				if (monitor.isCanceled()) {
					return finish(Status.CANCEL_STATUS, "Export canceled; nothing was written");
				}
				reading.subTask("Reading " + document.getId());
				converted.add(UiThread.call(display,
						() -> ModelExportAdapter.toExportDocument(document, request.selection())));
				reading.worked(1);
			}
			ExportOptions options = UiThread.call(display, () -> CorpusDatasetExport.options(corpus, request));
			progress.setWorkRemaining(60).subTask("Writing the files");
			ExportResult written = CorpusDatasetExport.write(options, request, converted,
					new CorpusDatasetExport.Progress() {
						@Override
						public boolean isCanceled() {
							return monitor.isCanceled();
						}
					});
			progress.worked(60);
			result = written;
			StringBuilder report = new StringBuilder(summary(written));
			CorpusDatasetExport.warnings(written, request.ratios()).forEach(w -> report.append("; warning: ").append(w));
			return finish(Status.OK_STATUS, report.toString());
		} catch (CorpusDatasetExport.Refused e) {
			return finish(Status.error(e.getMessage()), e.getMessage());
		} catch (IOException | RuntimeException e) {
			DipannoUi.log("Exporting the dataset to " + request.folder() + " failed", e);
			return finish(Status.error("The dataset was not written: " + e.getMessage(), e),
					"The dataset was not written: " + e.getMessage());
		} catch (Exception e) {
			return finish(Status.error("The dataset was not written: " + e.getMessage(), e),
					"The dataset was not written: " + e.getMessage());
		}
	}

	private IStatus finish(IStatus status, String message) {
		report = message;
		workspaceCorpus.reportRun("Export: " + message);
		return status;
	}

	/** "Dataset /x/y: 5 documents (train 4, dev 1, test 0), 212 mentions, 48 events, 37 files". */
	static String summary(ExportResult result) {
		var total = result.stats().total();
		StringBuilder splits = new StringBuilder();
		for (DatasetSplit split : DatasetSplit.values()) {
			splits.append(splits.isEmpty() ? "" : ", ").append(split.name().toLowerCase(Locale.ROOT)).append(' ')
					.append(result.stats().split(split).documents());
		}
		return "Dataset " + result.folder() + ": " + Texts.count(total.documents(), "document") + " (" + splits + "), "
				+ Texts.count(total.mentions(), "mention") + ", " + Texts.count(total.eventMentions(), "event") + ", "
				+ Texts.count(result.files().size(), "file");
	}
}
