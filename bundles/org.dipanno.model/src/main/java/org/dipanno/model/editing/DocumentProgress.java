package org.dipanno.model.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;

/**
 * Whether a document is done (finished) for an annotation set, and how far a corpus is: a linguist marks an article
 * done for their own set and can reopen it; the curator does the same for the gold set. The rules set is never done
 * (proposals are not work a person finishes).
 */
public final class DocumentProgress {

	/** Progress of one annotation set over a corpus: documents done, and documents in which the set exists. */
	public record SetProgress(String setId, AnnotationSetKind kind, String annotator, int done, int started) {

		/** "lan" for an annotator's set, "gold" for the gold set. */
		public String label() {
			return kind == AnnotationSetKind.ANNOTATOR ? annotator : setId;
		}
	}

	private DocumentProgress() {
	}

	/** Whether the document is done for the set of this kind (and annotator); false when the set does not exist. */
	public static boolean isDone(Document document, AnnotationSetKind kind, String annotator) {
		AnnotationSet set = document.findAnnotationSet(DocumentOperations.annotationSetId(kind, annotator));
		return set != null && set.isDone();
	}

	/**
	 * Marks the document done (or reopens it) for the set of this kind and annotator. Marking done creates the set
	 * when the annotator has not annotated anything yet (an article can have nothing to annotate); reopening a set
	 * that does not exist changes nothing. Returns the set, or null when there is none.
	 */
	public static AnnotationSet setDone(Document document, AnnotationSetKind kind, String annotator, boolean done) {
		if (kind == AnnotationSetKind.RULES) {
			throw new IllegalArgumentException("Rule proposals are not marked done; mark your own set or the gold set");
		}
		AnnotationSet set = done ? document.getOrCreateAnnotationSet(kind, annotator)
				: document.findAnnotationSet(DocumentOperations.annotationSetId(kind, annotator));
		if (set != null) {
			set.setDone(done);
		}
		return set;
	}

	/** Marks the document done when it is not, reopens it when it is; returns whether it is done now. */
	public static boolean toggleDone(Document document, AnnotationSetKind kind, String annotator) {
		boolean done = !isDone(document, kind, annotator);
		setDone(document, kind, annotator, done);
		return done;
	}

	/** The documents of the corpus that are done for the set of this kind and annotator, in corpus order. */
	public static List<Document> doneDocuments(Corpus corpus, AnnotationSetKind kind, String annotator) {
		List<Document> done = new ArrayList<>();
		for (Document document : corpus.getDocuments()) {
			if (isDone(document, kind, annotator)) {
				done.add(document);
			}
		}
		return done;
	}

	/**
	 * Progress of every annotator's set and of the gold set over the corpus, by set id (gold first, then
	 * annotator-NAME in name order).
	 */
	public static List<SetProgress> progress(Corpus corpus) {
		Map<String, int[]> counts = new TreeMap<>();
		Map<String, AnnotationSet> examples = new TreeMap<>();
		for (Document document : corpus.getDocuments()) {
			for (AnnotationSet set : document.getAnnotationSets()) {
				if (set.getKind() == AnnotationSetKind.RULES || set.getId() == null) {
					continue;
				}
				int[] count = counts.computeIfAbsent(set.getId(), id -> new int[2]);
				examples.putIfAbsent(set.getId(), set);
				count[1]++;
				if (set.isDone()) {
					count[0]++;
				}
			}
		}
		List<SetProgress> progress = new ArrayList<>();
		for (Map.Entry<String, int[]> entry : counts.entrySet()) {
			AnnotationSet set = examples.get(entry.getKey());
			String annotator = set.getKind() == AnnotationSetKind.ANNOTATOR ? set.getAnnotator() : null;
			progress.add(new SetProgress(entry.getKey(), set.getKind(), annotator, entry.getValue()[0],
					entry.getValue()[1]));
		}
		progress.sort((a, b) -> a.kind() == b.kind() ? a.setId().compareTo(b.setId())
				: a.kind() == AnnotationSetKind.GOLD ? -1 : b.kind() == AnnotationSetKind.GOLD ? 1 : 0);
		return progress;
	}
}
