package org.dipanno.model.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.SeedFiles;
import org.dipanno.model.persistence.CorpusStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentProgressTest {

	private Corpus corpus;

	@BeforeEach
	void setUp() {
		corpus = SeedFiles.importCorpus();
	}

	@Test
	void markingDoneIsPerAnnotatorAndCanBeReopened() {
		Document first = corpus.getDocuments().get(0);
		assertFalse(DocumentProgress.isDone(first, AnnotationSetKind.ANNOTATOR, "lan"));
		AnnotationSet lan = DocumentProgress.setDone(first, AnnotationSetKind.ANNOTATOR, "lan", true);
		assertEquals("annotator-lan", lan.getId(), "marking done makes the set when nothing was annotated yet");
		assertTrue(lan.isDone());
		assertTrue(DocumentProgress.isDone(first, AnnotationSetKind.ANNOTATOR, "lan"));
		assertFalse(DocumentProgress.isDone(first, AnnotationSetKind.ANNOTATOR, "minh"), "minh has not finished it");
		assertFalse(DocumentProgress.isDone(first, AnnotationSetKind.GOLD, null));

		assertFalse(DocumentProgress.toggleDone(first, AnnotationSetKind.ANNOTATOR, "lan"), "toggling reopens it");
		assertFalse(lan.isDone());
		assertTrue(DocumentProgress.toggleDone(first, AnnotationSetKind.ANNOTATOR, "lan"));
		assertTrue(lan.isDone());
	}

	@Test
	void reopeningAMissingSetCreatesNothing() {
		Document first = corpus.getDocuments().get(0);
		assertNull(DocumentProgress.setDone(first, AnnotationSetKind.ANNOTATOR, "minh", false));
		assertTrue(first.getAnnotationSets().isEmpty());
	}

	@Test
	void ruleProposalsAreNeverDone() {
		Document first = corpus.getDocuments().get(0);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DocumentProgress.setDone(first, AnnotationSetKind.RULES, null, true));
		assertEquals("Rule proposals are not marked done; mark your own set or the gold set", e.getMessage());
	}

	@Test
	void progressCountsDoneAndStartedDocumentsPerSet() {
		List<Document> documents = corpus.getDocuments();
		DocumentProgress.setDone(documents.get(0), AnnotationSetKind.ANNOTATOR, "lan", true);
		DocumentProgress.setDone(documents.get(3), AnnotationSetKind.ANNOTATOR, "lan", true);
		documents.get(4).getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "lan"); // started, not done
		DocumentProgress.setDone(documents.get(1), AnnotationSetKind.ANNOTATOR, "minh", true);
		DocumentProgress.setDone(documents.get(2), AnnotationSetKind.GOLD, "lan", true);
		documents.get(2).getOrCreateAnnotationSet(AnnotationSetKind.RULES, null);

		assertEquals(List.of(documents.get(0), documents.get(3)),
				DocumentProgress.doneDocuments(corpus, AnnotationSetKind.ANNOTATOR, "lan"));
		assertEquals(List.of("gold 1/1", "lan 2/3", "minh 1/1"), DocumentProgress.progress(corpus).stream()
				.map(p -> p.label() + " " + p.done() + "/" + p.started()).toList());
	}

	@Test
	void doneSurvivesSavingAndLoading(@TempDir Path folder) throws IOException {
		DocumentProgress.setDone(corpus.getDocuments().get(1), AnnotationSetKind.ANNOTATOR, "lan", true);
		corpus.getDocuments().get(2).getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "lan");
		new CorpusStore().save(corpus, folder);
		Corpus loaded = new CorpusStore().load(folder);
		assertEquals(List.of(loaded.getDocuments().get(1)),
				DocumentProgress.doneDocuments(loaded, AnnotationSetKind.ANNOTATOR, "lan"));
		assertFalse(loaded.getDocuments().get(2).findAnnotationSet("annotator-lan").isDone());
	}
}
