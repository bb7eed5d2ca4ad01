package org.dipanno.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.SampleCorpus;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.model.SeedFiles;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamedCorpusTest {

	@TempDir
	Path folder;

	private final CorpusStore store = new CorpusStore();

	@Test
	void aLoadedDocumentResolvesItsTypesInTheCorpusAndIsDroppedAfterUse() throws IOException {
		store.save(SampleCorpus.create(), folder);
		StreamedCorpus streamed = StreamedCorpus.open(folder);
		assertEquals(List.of(SampleCorpus.DOCUMENT_ID), streamed.documentIds());
		Document document = streamed.load(0);
		assertEquals(SampleCorpus.TEXT, document.getText());
		assertFalse(document.getTokens().isEmpty(), "the structure file is read");
		assertSame(streamed.corpus(), document.getCorpus());
		EntityMention mention = document.getAnnotationSets().get(0).getEntityMentions().get(0);
		assertSame(streamed.corpus().getSchema().findEntityType(mention.getType().getName()), mention.getType());
		streamed.release(document);
		assertNull(((InternalEObject) document).eDirectResource().getResourceSet(), "out of its resource set");
		assertProxiesOnly(streamed);
	}

	@Test
	void theAnnotationsOnlyLoadSkipsTextAndStructure() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Document document = StreamedCorpus.open(folder).loadAnnotations(0);
		assertNull(document.getText());
		assertTrue(document.getTokens().isEmpty());
		assertFalse(document.getAnnotationSets().isEmpty());
	}

	/** Memory holds the documents in use: after a pass the corpus lists unresolved references only. */
	@Test
	void aPassOverTheCorpusFromSeveralThreadsLeavesNoDocumentInMemory() throws Exception {
		Corpus corpus = Corpora.create("c", "c");
		for (String name : SeedFiles.FILE_NAMES) {
			ArticleImporter.importArticle(corpus, SeedFiles.read(name), name);
		}
		store.save(corpus, folder);
		StreamedCorpus streamed = StreamedCorpus.open(folder);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Integer>> tokens = new java.util.ArrayList<>();
			for (int round = 0; round < 4; round++) {
				for (int i = 0; i < streamed.size(); i++) {
					int index = i;
					tokens.add(pool.submit(() -> {
						Document document = streamed.load(index);
						try {
							assertEquals(streamed.documentId(index), document.getId());
							return document.getTokens().size();
						} finally {
							streamed.release(document);
						}
					}));
				}
			}
			for (Future<Integer> count : tokens) {
				assertTrue(count.get() > 100);
			}
		} finally {
			pool.shutdown();
		}
		assertProxiesOnly(streamed);
	}

	private static void assertProxiesOnly(StreamedCorpus streamed) {
		Corpus corpus = streamed.corpus();
		assertEquals(1, corpus.eResource().getResourceSet().getResources().size(), "only corpus.xml is loaded");
		InternalEList<Document> documents = (InternalEList<Document>) corpus.getDocuments();
		for (int i = 0; i < documents.size(); i++) {
			InternalEObject reference = (InternalEObject) documents.basicGet(i);
			assertTrue(reference.eIsProxy(), "document " + i + " stays an unresolved reference");
			assertTrue(reference.eContents().isEmpty());
		}
	}

	/** An import writes each document's files, then corpus.xml: the same bytes as a save of the whole corpus. */
	@Test
	void documentsAddedOneByOneGiveTheFilesOfAWholeSave() throws Exception {
		Path whole = folder.resolve("whole/corpus");
		Path streamedFolder = folder.resolve("streamed/corpus");
		Corpus corpus = Corpora.create("c", "c");
		for (String name : SeedFiles.FILE_NAMES) {
			ArticleImporter.importArticle(corpus, SeedFiles.read(name), name);
		}
		store.save(corpus, whole);

		StreamedCorpus streamed = StreamedCorpus.create(streamedFolder, Corpora.create("c", "c"));
		List<String> ids = new java.util.ArrayList<>();
		for (String name : SeedFiles.FILE_NAMES) {
			Document document = ArticleImporter.toDocument(ArticleImporter.documentId(name), name,
					org.dipanno.text.ArticleAnalyzer.analyze(SeedFiles.read(name), name));
			CorpusStore.writeFiles(store.serializeNewDocument(document, streamedFolder), false);
			streamed.add(document.getId());
			ids.add(document.getId());
		}
		assertThrows(IllegalArgumentException.class, () -> streamed.add(ids.get(0)));
		Files.writeString(streamedFolder.resolve("documents/left-by-a-killed-import.xml"), "<x/>");
		CorpusStore.syncDocumentFiles(streamedFolder, ids);
		streamed.saveCorpusFile(store);

		Map<String, byte[]> expected = files(whole);
		Map<String, byte[]> actual = files(streamedFolder);
		assertEquals(expected.keySet(), actual.keySet(), "unreferenced files are deleted");
		expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
		assertEquals(5, store.load(streamedFolder).getDocuments().size());
		assertNotNull(StreamedCorpus.open(streamedFolder).load(4).getText());
	}

	@Test
	void aDocumentWhoseFileHoldsAnotherIdIsRefused() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Path xml = CorpusStore.documentFile(folder, SampleCorpus.DOCUMENT_ID);
		Files.writeString(xml, Files.readString(xml).replace("id=\"" + SampleCorpus.DOCUMENT_ID + "\"", "id=\"other\""));
		StoreException refused = assertThrows(StoreException.class, () -> StreamedCorpus.open(folder).load(0));
		assertTrue(refused.getMessage().contains("holds document other"), refused.getMessage());
	}

	private static Map<String, byte[]> files(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String name = root.relativize(file).toString();
				if (!name.equals(CorpusLock.LOCK_FILE)) {
					files.put(name, Files.readAllBytes(file));
				}
			}
		}
		return files;
	}

}
