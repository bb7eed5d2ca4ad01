package org.dipanno.export.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.dipanno.export.ExportOptions;
import org.dipanno.export.ExportResult;
import org.dipanno.export.StreamedDatasetWriter;
import org.dipanno.export.io.StagedDataset;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.split.DatasetSplitter;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.DocumentProgress;
import org.dipanno.model.persistence.OrderedPipeline;
import org.dipanno.model.persistence.StreamedCorpus;

/**
 * The export of {@link CorpusDatasetExport} over a corpus folder opened for streaming, for corpora larger than memory:
 * a first pass reads each document's annotations (not its text) to choose the documents and count what they hold;
 * the split is decided from their ids; a second pass loads, converts and renders the documents on several threads and
 * writes them in corpus order. The files are those {@link CorpusDatasetExport#export} writes, byte for byte, whatever
 * the number of threads.
 */
public final class StreamedCorpusExport {

	/** What the first pass found: the documents to export, in corpus order, and what the dataset will say. */
	public record Plan(List<Integer> documents, List<String> ids, long annotations, ExportOptions options) {
	}

	/** Progress of the passes, on the calling thread: documents done of all, bytes of their text. */
	public interface Progress {
		Progress NONE = (pass, done, total, bytes) -> {
		};

		/** @param pass 1 while reading annotations, 2 while writing */
		void documents(int pass, int done, int total, long bytes);
	}

	private StreamedCorpusExport() {
	}

	/** Whether a document is exported: see {@link CorpusDatasetExport#documents}. */
	static boolean selected(Document document, AnnotationSelection selection, boolean doneOnly) {
		if (selection.kind() == AnnotationSetKind.RULES) {
			return document.findAnnotationSet(DocumentOperations.RULES_SET_ID) != null;
		}
		return !doneOnly || DocumentProgress.isDone(document, selection.kind(), selection.annotator());
	}

	/** What a document adds to the plan, read on a pool thread. */
	private record Found(boolean selected, long annotations, List<String> ruleFiles) {
	}

	/** The first pass: which documents, how many annotations, the exporter's options. */
	public static Plan plan(StreamedCorpus corpus, CorpusDatasetExport.Request request, int threads, Progress progress)
			throws Exception {
		List<Integer> documents = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		SortedSet<String> ruleFiles = new TreeSet<>();
		long[] annotations = new long[1];
		OrderedPipeline.run(corpus.size(), threads, index -> {
			Document document = corpus.loadAnnotations(index);
			try {
				boolean selected = selected(document, request.selection(), request.doneOnly());
				long count = selected ? ModelExportAdapter.countSelected(document, request.selection()) : 0;
				AnnotationSet rules = document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
				return new Found(selected, count, rules == null ? List.of() : CorpusDatasetExport.ruleFiles(List.of(document)));
			} finally {
				corpus.release(document);
			}
		}, (index, found, failure) -> {
			if (failure != null) {
				throw failure;
			}
			if (found.selected()) {
				documents.add(index);
				ids.add(corpus.documentId(index));
				annotations[0] += found.annotations();
			}
			ruleFiles.addAll(found.ruleFiles());
			progress.documents(1, index + 1, corpus.size(), 0);
		}, () -> false);
		ExportOptions options = CorpusDatasetExport.options(corpus.corpus(), request, List.copyOf(ruleFiles));
		return new Plan(List.copyOf(documents), List.copyOf(ids), annotations[0], options);
	}

	/**
	 * The second pass: writes the planned documents (staged, then moved into place; on failure an earlier dataset in
	 * the folder is left as it was).
	 *
	 * @throws CorpusDatasetExport.Refused when the folder may not be written or there is nothing to export
	 */
	public static ExportResult write(StreamedCorpus corpus, CorpusDatasetExport.Request request, Plan plan, int threads,
			Progress progress) throws Exception {
		if (request.formats().isEmpty()) {
			throw new CorpusDatasetExport.Refused("Choose at least one format");
		}
		if (plan.documents().isEmpty()) {
			throw new CorpusDatasetExport.Refused("No document is " + (request.doneOnly()
					? "done for " + request.selection().describe() : "in the corpus") + "; nothing to export");
		}
		if (plan.annotations() == 0) {
			throw new CorpusDatasetExport.Refused("The " + plan.documents().size() + " documents have no annotations in "
					+ request.selection().describe() + "; nothing to export");
		}
		String problem = CorpusDatasetExport.folderProblem(request.folder(), request.replace());
		if (problem != null) {
			throw new CorpusDatasetExport.Refused(problem);
		}
		Path folder = request.folder().toAbsolutePath().normalize();
		ExportOptions options = plan.options();
		// An empty folder is the place the linguist chose: the dataset takes its place.
		if (Files.isDirectory(folder) && !Files.isRegularFile(folder.resolve(StagedDataset.MANIFEST))) {
			options = options.withReplaceExisting(true);
		}
		Map<DatasetSplit, List<String>> splits = new DatasetSplitter(options.seed(), options.ratios()).split(plan.ids());
		AtomicLong bytes = new AtomicLong();
		try (StreamedDatasetWriter writer = new StreamedDatasetWriter(options, splits, folder)) {
			OrderedPipeline.run(plan.documents().size(), threads, index -> {
				Document document = corpus.load(plan.documents().get(index));
				try {
					bytes.addAndGet(StreamedCorpus.utf8Length(document.getText()));
					return writer.render(ModelExportAdapter.toExportDocument(document, request.selection()));
				} finally {
					corpus.release(document);
				}
			}, (index, rendered, failure) -> {
				if (failure != null) {
					throw failure;
				}
				writer.append(rendered);
				progress.documents(2, index + 1, plan.documents().size(), bytes.get());
			}, () -> false);
			return writer.finish();
		}
	}
}
