package org.dipanno.engine.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.rules.EngineRulesSetup;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.seeds.SeedCorpus;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus-wide rule run on the seed corpus saved in a folder, as the workbench runs it. */
class CorpusRuleRunTest {

	private static CorpusAnnotator annotator;

	@TempDir
	Path folder;

	private final CorpusStore store = new CorpusStore();
	private Corpus corpus;
	private final List<String> saved = new ArrayList<>();
	private final List<String> reverted = new ArrayList<>();

	@BeforeAll
	static void compileTheDefaultRules() {
		XtextResourceSet resourceSet = new EngineRulesSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(
				DefaultRuleFiles.resolveWellKnownName(DefaultRuleFiles.DIPLOMATIC_RULES).orElseThrow(), true);
		annotator = new CorpusAnnotator(RuleFileCompiler.compile((RuleFile) resource.getContents().get(0),
				VietnameseKeys.INSTANCE, EngineOptions.defaults()).engine());
	}

	@BeforeEach
	void saveTheSeeds() throws IOException {
		store.save(SeedCorpus.importCorpus(), folder);
		corpus = store.load(folder);
	}

	/** Saves into the folder, failing for the document named. */
	private CorpusRuleRun.Store storeFailingFor(String failingId) {
		return new CorpusRuleRun.Store() {
			@Override
			public void save(Document document) throws IOException {
				if (document.getId().equals(failingId)) {
					throw new IOException("disk full");
				}
				store.saveDocument(document);
				saved.add(document.getId());
			}

			@Override
			public void revert(Document document) throws IOException {
				Resource resource = document.eResource();
				resource.unload();
				resource.load(resource.getResourceSet().getLoadOptions());
				reverted.add(document.getId());
			}
		};
	}

	private static CorpusRuleRun.Progress cancelAfter(int documents, List<String> started) {
		return new CorpusRuleRun.Progress() {
			@Override
			public boolean isCanceled() {
				return started.size() >= documents;
			}

			@Override
			public void documentStarted(Document document, int index, int total) {
				assertEquals(started.size(), index);
				assertEquals(5, total);
				started.add(document.getId());
			}
		};
	}

	private static int proposals(Document document) {
		AnnotationSet rules = document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
		return rules == null ? 0 : rules.getEntityMentions().size() + rules.getEventMentions().size();
	}

	private String id(int index) {
		return corpus.getDocuments().get(index).getId();
	}

	@Test
	void everyDocumentIsAnnotatedAndSavedOneByOne() throws IOException {
		List<String> started = new ArrayList<>();
		CorpusRuleRun.Summary summary = CorpusRuleRun.run(corpus.getDocuments(), d -> null,
				CorpusRuleRun.annotateAndSave(annotator, storeFailingFor("none")), cancelAfter(99, started));
		assertEquals(5, started.size());
		assertEquals(5, summary.annotated().size());
		assertEquals(saved, started, "each document is saved when it is done");
		assertFalse(summary.canceled());
		Corpus onDisk = new CorpusStore().load(folder);
		int total = 0;
		for (Document document : onDisk.getDocuments()) {
			assertTrue(proposals(document) > 0, document.getId() + " has proposals on disk");
			total += proposals(document);
		}
		assertEquals(summary.entities() + summary.events(), total);
	}

	@Test
	void skippedDocumentsAreLeftAloneAndReported() {
		CorpusRuleRun.Summary summary = CorpusRuleRun.run(corpus.getDocuments(),
				d -> d.getId().equals(id(1)) ? "open with unsaved changes" : null,
				CorpusRuleRun.annotateAndSave(annotator, storeFailingFor("none")), cancelAfter(99, new ArrayList<>()));
		assertEquals(4, summary.annotated().size());
		assertEquals(List.of(new CorpusRuleRun.Skipped(id(1), "open with unsaved changes")), summary.skipped());
		assertEquals(0, proposals(corpus.getDocuments().get(1)));
		assertFalse(saved.contains(id(1)));
	}

	@Test
	void aDocumentThatCannotBeSavedIsRevertedAndTheRunGoesOn() throws IOException {
		String failing = id(2);
		CorpusRuleRun.Summary summary = CorpusRuleRun.run(corpus.getDocuments(), d -> null,
				CorpusRuleRun.annotateAndSave(annotator, storeFailingFor(failing)), cancelAfter(99, new ArrayList<>()));
		assertEquals(List.of(new CorpusRuleRun.Failed(failing, "disk full")), summary.failed());
		assertEquals(List.of(failing), reverted);
		assertEquals(0, proposals(corpus.findDocument(failing)), "what is in memory is what is on disk");
		assertEquals(4, saved.size(), "the documents after it are annotated too");
		assertEquals(0, proposals(new CorpusStore().load(folder).findDocument(failing)));
	}

	@Test
	void aCanceledRunKeepsWhatWasSavedAndTouchesNothingElse() throws IOException {
		List<String> started = new ArrayList<>();
		CorpusRuleRun.Summary summary = CorpusRuleRun.run(corpus.getDocuments(), d -> null,
				CorpusRuleRun.annotateAndSave(annotator, storeFailingFor("none")), cancelAfter(2, started));
		assertTrue(summary.canceled());
		assertEquals(List.of(id(0), id(1)), saved);
		assertEquals(3, summary.notReached());
		Corpus onDisk = new CorpusStore().load(folder);
		assertTrue(proposals(onDisk.getDocuments().get(1)) > 0);
		for (int i = 2; i < 5; i++) {
			assertNull(corpus.getDocuments().get(i).findAnnotationSet(DocumentOperations.RULES_SET_ID));
			assertEquals(0, proposals(onDisk.getDocuments().get(i)));
		}
		assertTrue(summary.describe().endsWith("in 2 of 5 documents, saved; canceled, 3 documents not reached"),
				summary.describe());
	}

	@Test
	void theSummaryNamesWhatWasSkippedAndWhatFailed() {
		CorpusRuleRun.Summary summary = new CorpusRuleRun.Summary(4,
				List.of(new CorpusAnnotator.DocumentReport("a", 30, 8, 0, List.of()),
						new CorpusAnnotator.DocumentReport("b", 12, 1, 0, List.of())),
				List.of(new CorpusRuleRun.Skipped("c", "open with unsaved changes")),
				List.of(new CorpusRuleRun.Failed("d", "disk full")), false);
		assertEquals("42 entity and 9 event proposals in 2 of 4 documents, saved; skipped c (open with unsaved "
				+ "changes); failed d (disk full)", summary.describe());
	}
}
