package org.dipanno.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.SampleCorpus;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.imports.ArticleImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus files are data from outside: damaged, hand-edited or hostile ones are refused with the file named. */
class CorpusFileTrustTest {

	@TempDir
	Path temp;

	private final CorpusStore store = new CorpusStore();

	private Path savedSample() throws IOException {
		Path folder = temp.resolve("corpus");
		store.save(SampleCorpus.create(), folder);
		return folder;
	}

	private static Path documentFile(Path folder, String extension) {
		return folder.resolve("documents/" + SampleCorpus.DOCUMENT_ID + "." + extension);
	}

	@Test
	void aTextFileLinkedOutOfTheCorpusIsNotRead() throws IOException {
		Path folder = savedSample();
		Path secret = Files.writeString(temp.resolve("secret.txt"), SampleCorpus.TEXT);
		Path text = documentFile(folder, "txt");
		Files.delete(text);
		Files.createSymbolicLink(text, secret);
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertEquals(text + ": a link to " + secret.toRealPath() + ", outside the corpus folder " + folder
				+ "; dipanno does not follow links out of a corpus", e.getMessage());
	}

	@Test
	void aDocumentWithoutTextDigestIsRefusedNotTrusted() throws IOException {
		Path folder = savedSample();
		Path xml = documentFile(folder, "xml");
		Files.writeString(xml, Files.readString(xml).replaceFirst(" textDigest=\"sha256:[0-9a-f]+\"", ""));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(e.getMessage().startsWith(xml + ": has no textDigest, so its text file "), e.getMessage());
	}

	@Test
	void aReferenceToAUrlIsRefusedWithoutConnecting() throws Exception {
		Path folder = savedSample();
		Path corpusFile = folder.resolve(CorpusStore.CORPUS_FILE);
		try (ServerSocket silent = new ServerSocket(0)) {
			String url = "http://127.0.0.1:" + silent.getLocalPort() + "/doc.xml";
			Files.writeString(corpusFile, Files.readString(corpusFile).replace("documents/" + SampleCorpus.DOCUMENT_ID
					+ ".xml", url));
			StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
					() -> assertThrows(StoreException.class, () -> store.load(folder)));
			assertTrue(e.getMessage().startsWith(url + ": not a file of the corpus folder"), e.getMessage());
		}
	}

	@Test
	void aReferenceOutOfTheCorpusFolderIsRefused() throws IOException {
		Path folder = savedSample();
		Path other = temp.resolve("other");
		store.save(SampleCorpus.create(), other);
		Path corpusFile = folder.resolve(CorpusStore.CORPUS_FILE);
		Files.writeString(corpusFile, Files.readString(corpusFile).replace("documents/" + SampleCorpus.DOCUMENT_ID,
				"../other/documents/" + SampleCorpus.DOCUMENT_ID));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(e.getMessage().contains("outside the corpus folder " + folder), e.getMessage());
	}

	@Test
	void aDocumentListedTwiceIsRefusedNamingCorpusXml() throws IOException {
		Path folder = savedSample();
		Path corpusFile = folder.resolve(CorpusStore.CORPUS_FILE);
		String xml = Files.readString(corpusFile);
		String reference = xml.lines().filter(l -> l.contains("<documents ")).findFirst().orElseThrow();
		Files.writeString(corpusFile, xml.replace(reference, reference + "\n" + reference));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertEquals(corpusFile + ": lists document " + SampleCorpus.DOCUMENT_ID
				+ " twice; remove the second <documents> reference to it", e.getMessage());
	}

	@Test
	void twoAnnotationSetsOfOneIdAreRefusedNamingTheDocumentFile() throws IOException {
		Path folder = savedSample();
		Path xml = documentFile(folder, "xml");
		String content = Files.readString(xml);
		assertTrue(content.contains("id=\"rules\""));
		Files.writeString(xml, content.replace("id=\"rules\"", "id=\"gold\""));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(e.getMessage().startsWith(xml + ": holds two annotation sets with id \"gold\""), e.getMessage());
	}

	@Test
	void aStructureFileClaimingMoreTokensThanTheTextIsRefusedBeforeAllocating() throws IOException {
		Path folder = savedSample();
		Path structure = documentFile(folder, "structure");
		Files.writeString(structure, Files.readString(structure).replaceFirst("\ntokens \\d+\n", "\ntokens 2000000000\n"));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(e.getMessage().startsWith(structure + ": line ") && e.getMessage().contains("2000000000 tokens claimed"),
				e.getMessage());
	}

	@Test
	void aMentionOfATypeTheCorpusDoesNotDefineIsRefusedNamingTheFile() throws IOException {
		Path folder = savedSample();
		Path xml = documentFile(folder, "xml");
		String content = Files.readString(xml);
		String changed = content.replaceFirst("type=\"\\.\\./corpus\\.xml#[A-Z_]+\"", "type=\"../corpus.xml#NO_SUCH_TYPE\"");
		assertTrue(!changed.equals(content));
		Files.writeString(xml, changed);
		Corpus loaded = store.load(folder); // the workbench loads it and its validator shows the mention
		StoreException e = assertThrows(StoreException.class, () -> CorpusStore.checkReferencesResolved(loaded));
		assertTrue(e.getMessage().startsWith(xml + ": mention ") && e.getMessage().endsWith(
				" has type NO_SUCH_TYPE, which corpus.xml does not define"), e.getMessage());
	}

	@Test
	void aSaveDeletesDocumentFilesTheCorpusDoesNotReference() throws IOException {
		Path folder = savedSample();
		Path orphan = folder.resolve("documents/killed_import.xml");
		Files.writeString(orphan, "<orphan/>");
		Files.writeString(folder.resolve("documents/killed_import.txt"), "text");
		Path notOurs = Files.writeString(folder.resolve("documents/notes.md"), "kept");
		store.save(store.load(folder), folder);
		assertFalse(Files.exists(orphan));
		assertFalse(Files.exists(folder.resolve("documents/killed_import.txt")));
		assertTrue(Files.exists(notOurs));
		assertEquals(1, store.load(folder).getDocuments().size());
	}

	@Test
	void aVeryLongFileNameGivesAnIdWhoseFilesCanBeNamed() throws Exception {
		String longName = "Bộ trưởng Ngoại giao ".repeat(20) + ".txt";
		String id = ArticleImporter.documentId(longName);
		assertTrue(id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= ArticleImporter.MAX_DOCUMENT_ID_BYTES, id);
		assertEquals(id, ArticleImporter.documentId(longName), "the same file gets the same id");
		Corpus corpus = Corpora.create("c", "c");
		ArticleImporter.importArticle(corpus, SampleCorpus.TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				longName);
		Path folder = temp.resolve("long");
		store.save(corpus, folder);
		Document loaded = store.load(folder).getDocuments().get(0);
		assertEquals(id, loaded.getId());
	}
}
