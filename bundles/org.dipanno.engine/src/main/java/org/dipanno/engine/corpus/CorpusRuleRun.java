package org.dipanno.engine.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.dipanno.model.Document;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.persistence.OrderedPipeline;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Applies rules to the documents of a corpus one by one, saving each as soon as it is annotated: the loop of a
 * corpus-wide rule run, with progress, cancellation between documents, documents left alone (e.g. open with unsaved
 * work) and failures that do not stop the run. A document whose save fails is reverted to its file, so what is in
 * memory matches what is on disk; a canceled run leaves the documents already done saved and the rest untouched.
 *
 * <p>The documents come from a {@link Documents} source: already in memory (the workbench's open corpus, one thread),
 * or loaded one at a time and dropped after (the command line, on several threads: documents are annotated and saved
 * in parallel, and the summary lists them in corpus order whatever the number of threads).
 *
 * <p>Plain Java: the workbench runs it in a job (a progress monitor behind {@link Progress}), tests run it directly.
 */
public final class CorpusRuleRun {

	/** Progress of the run; asked between documents whether to stop. */
	public interface Progress {
		boolean isCanceled();

		/**
		 * Called before a document is taken up (index from 0), skipped or not; with several threads, on the thread
		 * that takes it up.
		 */
		void documentStarted(Document document, int index, int total);

		/** Called on the calling thread when a document is done with (in corpus order): {@code done} of total. */
		default void documentFinished(int done, int total) {
		}
	}

	/** The documents of a run, taken up one at a time (from several threads when the run has several). */
	public interface Documents {
		int size();

		/** The id of a document, known without loading it. */
		String id(int index);

		Document load(int index) throws Exception;

		/** Called when the run is done with a document it loaded. */
		void release(Document document);

		/** Documents already in memory. */
		static Documents of(List<Document> documents) {
			List<Document> all = List.copyOf(documents);
			return new Documents() {
				@Override
				public int size() {
					return all.size();
				}

				@Override
				public String id(int index) {
					return all.get(index).getId();
				}

				@Override
				public Document load(int index) {
					return all.get(index);
				}

				@Override
				public void release(Document document) {
					// stays in memory
				}
			};
		}
	}

	/** Where documents are saved (atomically) and reloaded from after a failure. */
	public interface Store {
		void save(Document document) throws IOException;

		void revert(Document document) throws IOException;
	}

	/**
	 * Documents saved atomically by the corpus store; one is reverted by loading its file again (the command line's
	 * store; the workbench's also tells its views).
	 */
	public static Store fileStore(CorpusStore store) {
		return new Store() {
			@Override
			public void save(Document document) throws IOException {
				store.saveDocument(document);
			}

			@Override
			public void revert(Document document) throws IOException {
				Resource resource = document.eResource();
				if (resource != null) {
					resource.unload();
					resource.load(resource.getResourceSet().getLoadOptions());
				}
			}
		};
	}

	/** What the run does to one document; throws when the document could not be annotated or saved. */
	@FunctionalInterface
	public interface Step {
		CorpusAnnotator.DocumentReport apply(Document document) throws Exception;
	}

	public record Skipped(String documentId, String reason) {
	}

	public record Failed(String documentId, String message) {
	}

	/** What a run did: documents annotated and saved, skipped, failed, and whether it was canceled. */
	public record Summary(int total, List<CorpusAnnotator.DocumentReport> annotated, List<Skipped> skipped,
			List<Failed> failed, boolean canceled) {

		public int entities() {
			return annotated.stream().mapToInt(CorpusAnnotator.DocumentReport::entities).sum();
		}

		public int events() {
			return annotated.stream().mapToInt(CorpusAnnotator.DocumentReport::events).sum();
		}

		/** Documents the run did not reach because it was canceled. */
		public int notReached() {
			return total - annotated.size() - skipped.size() - failed.size();
		}

		/** One line for the linguist, e.g. "212 entity and 48 event proposals in 4 of 5 documents, saved; ...". */
		public String describe() {
			StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
					"%d entity and %d event proposals in %d of %d documents, saved", entities(), events(),
					annotated.size(), total));
			if (!skipped.isEmpty()) {
				text.append("; skipped ").append(String.join(", ",
						skipped.stream().map(s -> s.documentId() + " (" + s.reason() + ")").toList()));
			}
			if (!failed.isEmpty()) {
				text.append("; failed ").append(String.join(", ",
						failed.stream().map(f -> f.documentId() + " (" + f.message() + ")").toList()));
			}
			if (canceled) {
				text.append("; canceled, ").append(notReached()).append(" documents not reached");
			}
			return text.toString();
		}
	}

	private CorpusRuleRun() {
	}

	/**
	 * The usual step: annotate with the rules, then save. When annotating or saving fails, the document is reverted
	 * from its file and the failure passed on.
	 */
	public static Step annotateAndSave(CorpusAnnotator annotator, Store store) {
		return document -> {
			try {
				CorpusAnnotator.DocumentReport report = annotator.annotate(document);
				store.save(document);
				return report;
			} catch (Exception e) {
				try {
					store.revert(document);
				} catch (IOException | RuntimeException revertFailure) {
					e.addSuppressed(revertFailure);
				}
				throw e;
			}
		};
	}

	/**
	 * Runs the step on each document in order, on the calling thread.
	 *
	 * @param skipReason why a document is left alone (null: it is annotated)
	 */
	public static Summary run(List<Document> documents, Function<Document, String> skipReason, Step step,
			Progress progress) {
		return run(Documents.of(documents), skipReason, step, progress, 1);
	}

	/** What became of one document. */
	private record Outcome(CorpusAnnotator.DocumentReport report, Skipped skipped) {
	}

	/**
	 * Runs the step on each document on the given number of threads (1: on the calling thread, one after the other);
	 * the summary lists the documents in their order.
	 *
	 * @param skipReason why a document is left alone (null: it is annotated)
	 */
	public static Summary run(Documents documents, Function<Document, String> skipReason, Step step,
			Progress progress, int threads) {
		List<CorpusAnnotator.DocumentReport> annotated = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		List<Failed> failed = new ArrayList<>();
		int total = documents.size();
		int done;
		try {
			done = OrderedPipeline.run(total, threads, index -> {
				Document document = documents.load(index);
				try {
					progress.documentStarted(document, index, total);
					String reason = skipReason.apply(document);
					return reason != null ? new Outcome(null, new Skipped(document.getId(), reason))
							: new Outcome(step.apply(document), null);
				} finally {
					documents.release(document);
				}
			}, (index, outcome, failure) -> {
				if (failure != null) {
					failed.add(new Failed(documents.id(index),
							failure.getMessage() == null ? failure.toString() : failure.getMessage()));
				} else if (outcome.skipped() != null) {
					skipped.add(outcome.skipped());
				} else {
					annotated.add(outcome.report());
				}
				progress.documentFinished(index + 1, total);
			}, progress::isCanceled);
		} catch (Exception e) {
			throw new IllegalStateException("The run stopped: " + e.getMessage(), e); // the commit step does not throw
		}
		return new Summary(total, annotated, skipped, failed, done < total);
	}
}
