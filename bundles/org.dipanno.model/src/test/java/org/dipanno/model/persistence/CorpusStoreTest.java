package org.dipanno.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.ManualProvenance;
import org.dipanno.model.RuleProvenance;
import org.dipanno.model.SampleCorpus;
import org.dipanno.text.ZoneKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {

	@TempDir
	Path folder;

	private final CorpusStore store = new CorpusStore();

	@Test
	void saveLoadSaveIsByteIdentical() throws IOException {
		Path first = folder.resolve("first");
		Path second = folder.resolve("second");
		store.save(SampleCorpus.create(), first);
		store.save(store.load(first), second);
		Map<String, byte[]> firstFiles = files(first);
		Map<String, byte[]> secondFiles = files(second);
		assertEquals(firstFiles.keySet(), secondFiles.keySet());
		assertEquals(java.util.Set.of("corpus.xml", "documents/000_bf9587ca5d7394a3.txt",
				"documents/000_bf9587ca5d7394a3.structure", "documents/000_bf9587ca5d7394a3.xml"), firstFiles.keySet());
		for (String name : firstFiles.keySet()) {
			assertArrayEquals(firstFiles.get(name), secondFiles.get(name), name);
		}
	}

	@Test
	void savingTheSameModelTwiceGivesTheSameBytes() throws IOException {
		store.save(SampleCorpus.create(), folder.resolve("a"));
		store.save(SampleCorpus.create(), folder.resolve("b"));
		Map<String, byte[]> a = files(folder.resolve("a"));
		Map<String, byte[]> b = files(folder.resolve("b"));
		for (String name : a.keySet()) {
			assertArrayEquals(a.get(name), b.get(name), name);
		}
	}

	@Test
	void loadedCorpusHasEverythingThatWasSaved() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Corpus corpus = store.load(folder);
		assertEquals("seeds", corpus.getId());
		assertEquals(DipannoResource.FORMAT_VERSION, corpus.getFormatVersion());
		Document document = corpus.findDocument(SampleCorpus.DOCUMENT_ID);
		assertSame(corpus, document.getCorpus());
		assertEquals(SampleCorpus.TEXT, document.getText());
		assertEquals(java.time.LocalDate.of(2023, 8, 28), document.getPublicationDate());
		assertEquals("Báo Quốc tế", document.getOutlet());
		assertEquals(ZoneKind.BODY, document.zoneAt(100).getKind());
		assertEquals(150, document.getOffsetMap().toOriginalStart(150));
		AnnotationSet gold = document.findAnnotationSet("gold");
		EntityMention wang = gold.getEntityMentions().get(4);
		assertEquals("gold.e5", wang.getId());
		assertEquals("Vương Văn Đào", wang.getText());
		assertSame(corpus.getSchema().findEntityType("PERSON"), wang.getType());
		assertSame(corpus.getActorRegistry().findActor("vuong-van-dao"), wang.getActor());
		ManualProvenance provenance = (ManualProvenance) wang.getProvenance();
		assertEquals(SampleCorpus.ANNOTATION_TIME, provenance.getTime());
		EventMention meeting = gold.getEventMentions().get(0);
		assertEquals("hội đàm", meeting.getText());
		assertSame(wang, meeting.getArguments().get(0).getEntity());
		assertEquals("--08-28", gold.getEntityMentions().get(2).getIsoDate());
		RuleProvenance rule = (RuleProvenance) document.findAnnotationSet("rules").getEntityMentions().get(0)
				.getProvenance();
		assertEquals("TitleBeforeName", rule.getRuleName());
		assertEquals(12, rule.getLine());
	}

	@Test
	void fileFormatIsVersionedReadableAndOneElementPerLine() throws IOException {
		store.save(SampleCorpus.create(), folder);
		String documentXml = Files.readString(folder.resolve("documents/000_bf9587ca5d7394a3.xml"));
		assertTrue(documentXml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dipanno:Document "),
				documentXml);
		assertTrue(documentXml.contains(" formatVersion=\"2\" id=\"000_bf9587ca5d7394a3\""), documentXml);
		assertFalse(documentXml.contains("<tokens") || documentXml.contains("<words") || documentXml.contains("<sentences"),
				"the text structure is in the .structure file, not in the XML");
		assertTrue(documentXml.contains("<annotationSets id=\"gold\" kind=\"GOLD\" annotator=\"lan\" done=\"false\">"),
				documentXml);
		assertTrue(documentXml.contains("\n  <zones start=\"0\" end=\"67\" kind=\"TITLE\"/>\n"), documentXml);
		assertTrue(documentXml.contains(
				"<entityMentions start=\"133\" end=\"146\" id=\"gold.e5\" status=\"ACCEPTED\" type=\"../corpus.xml#PERSON\" actor=\"../corpus.xml#vuong-van-dao\">"),
				documentXml);
		assertTrue(documentXml.contains("<arguments role=\"participant\" entity=\"#gold.e5\"/>"), documentXml);
		assertFalse(documentXml.contains("&#xA;"), "no text with escaped line ends in the XML");
		assertEquals(SampleCorpus.TEXT, Files.readString(folder.resolve("documents/000_bf9587ca5d7394a3.txt")));
		String corpusXml = Files.readString(folder.resolve("corpus.xml"));
		assertTrue(corpusXml.contains("<documents href=\"documents/000_bf9587ca5d7394a3.xml#000_bf9587ca5d7394a3\"/>"),
				corpusXml);
		assertTrue(corpusXml.contains("name=\"MEET\""), corpusXml);
	}

	@Test
	void aNewerFormatVersionIsRefusedWithTheReason() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Path corpusFile = folder.resolve("corpus.xml");
		Files.writeString(corpusFile, Files.readString(corpusFile).replace("formatVersion=\"2\"", "formatVersion=\"3\""));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertEquals(corpusFile + ": written in file format version 3 by a newer dipanno; this dipanno reads format "
				+ "version 2 and older. Open it with a newer dipanno.", e.getMessage());
	}

	@Test
	void anOlderUnsupportedFormatVersionIsRefusedWithTheReason() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Path documentFile = folder.resolve("documents/000_bf9587ca5d7394a3.xml");
		Files.writeString(documentFile,
				Files.readString(documentFile).replace("formatVersion=\"2\"", "formatVersion=\"0\""));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertEquals(documentFile + ": file format version 0 predates format version 1, the oldest this dipanno can "
				+ "read (no migration exists for it).", e.getMessage());
	}

	@Test
	void filesOfFormatVersion1AreReadAsNotDoneAndWrittenAsTheCurrentVersion() throws IOException {
		Corpus sample = SampleCorpus.create();
		sample.getDocuments().get(0).findAnnotationSet("gold").setDone(true);
		store.save(sample, folder);
		// What dipanno wrote before annotation sets could be done: version 1, no done attribute.
		Path corpusFile = folder.resolve("corpus.xml");
		Path documentFile = folder.resolve("documents/000_bf9587ca5d7394a3.xml");
		Files.writeString(corpusFile, Files.readString(corpusFile).replace("formatVersion=\"2\"", "formatVersion=\"1\""));
		String version1 = Files.readString(documentFile).replace("formatVersion=\"2\"", "formatVersion=\"1\"")
				.replaceAll(" done=\"(true|false)\"", "");
		assertFalse(version1.contains("done="), version1);
		Files.writeString(documentFile, version1);

		Corpus loaded = store.load(folder);
		assertEquals(1, loaded.getFormatVersion());
		Document document = loaded.findDocument(SampleCorpus.DOCUMENT_ID);
		assertEquals(1, document.getFormatVersion());
		assertFalse(document.findAnnotationSet("gold").isDone(), "a set without the attribute is not done");
		assertEquals(6, document.findAnnotationSet("gold").getEntityMentions().size(), "everything else is read");

		store.save(loaded, folder);
		String saved = Files.readString(documentFile);
		assertTrue(saved.contains(" formatVersion=\"2\" "), saved);
		assertTrue(saved.contains("<annotationSets id=\"gold\" kind=\"GOLD\" annotator=\"lan\" done=\"false\">"), saved);
		assertTrue(Files.readString(corpusFile).contains(" formatVersion=\"2\" "));
	}

	@Test
	void externalEntitiesAreNeverResolved() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		Path corpusFolder = folder.resolve("corpus");
		Files.createDirectories(corpusFolder);
		Path corpusFile = corpusFolder.resolve("corpus.xml");
		Files.writeString(corpusFile, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<!DOCTYPE dipanno:Corpus [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
				+ "<dipanno:Corpus xmlns:dipanno=\"http://dipanno.org/model/1.0\" formatVersion=\"1\" id=\"x\" name=\"&xxe;\"/>\n");
		StoreException e = assertThrows(StoreException.class, () -> store.load(corpusFolder));
		assertEquals(corpusFile + ": refused: the file declares a DOCTYPE. dipanno files never do, and DTDs and "
				+ "external entities are not loaded.", e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET"));
	}

	@Test
	void emfParserItselfRefusesDoctypes() {
		// Defence in depth: even without the header check, the EMF load options forbid DOCTYPEs.
		var resourceSet = CorpusStore.newResourceSet();
		var resource = new org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl(
				org.eclipse.emf.common.util.URI.createURI("memory:/x.xml"));
		resourceSet.getResources().add(resource);
		byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n"
				+ "<dipanno:Corpus xmlns:dipanno=\"http://dipanno.org/model/1.0\" name=\"&xxe;\"/>")
				.getBytes(StandardCharsets.UTF_8);
		IOException e = assertThrows(IOException.class,
				() -> resource.load(new java.io.ByteArrayInputStream(xml), DipannoResource.loadOptions()));
		assertTrue(String.valueOf(e.getMessage()).contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void aTextChangedOutsideDipannoIsDetected() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Path textFile = folder.resolve("documents/000_bf9587ca5d7394a3.txt");
		Files.writeString(textFile, "Mỹ " + SampleCorpus.TEXT);
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(e.getMessage().startsWith(textFile + ": the text differs from the one "
				+ folder.resolve("documents/000_bf9587ca5d7394a3.xml") + " was saved with (sha256:"), e.getMessage());
		assertTrue(e.getMessage().endsWith(
				"it was changed outside dipanno, and the annotation offsets would point at the wrong text"),
				e.getMessage());
	}

	@Test
	void aMalformedValueIsReportedWithTheFile() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Path documentFile = folder.resolve("documents/000_bf9587ca5d7394a3.xml");
		Files.writeString(documentFile, Files.readString(documentFile).replace("publicationDate=\"2023-08-28\"",
				"publicationDate=\"28/08/2023\""));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(e.getMessage().startsWith(documentFile + ": cannot be loaded: "), e.getMessage());
		assertTrue(e.getMessage().contains("28/08/2023"), e.getMessage());
	}

	@Test
	void anUnknownElementIsReportedWithTheFile() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Path documentFile = folder.resolve("documents/000_bf9587ca5d7394a3.xml");
		Files.writeString(documentFile, Files.readString(documentFile).replace("  <zones start=\"0\"",
				"  <chapters start=\"0\"/>\n  <zones start=\"0\""));
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(e.getMessage().startsWith(documentFile + ": cannot be loaded: "), e.getMessage());
		assertTrue(e.getMessage().contains("chapters"), e.getMessage());
	}

	@Test
	void aMissingDocumentFileIsNamed() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Path documentFile = folder.resolve("documents/000_bf9587ca5d7394a3.xml");
		Files.delete(documentFile);
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(e.getMessage().startsWith(documentFile + ": missing"), e.getMessage());
	}

	@Test
	void aFolderWithoutCorpusFileIsNamed() {
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertEquals(folder.resolve("corpus.xml") + ": missing; a dipanno corpus folder holds corpus.xml",
				e.getMessage());
	}

	@Test
	void aFileOfAnotherKindIsRefused() throws IOException {
		Files.writeString(folder.resolve("corpus.xml"), "<?xml version=\"1.0\"?>\n<project formatVersion=\"1\"/>\n");
		StoreException e = assertThrows(StoreException.class, () -> store.load(folder));
		assertEquals(folder.resolve("corpus.xml") + ": not a dipanno file: the root element <project> is not in the "
				+ "dipanno namespace http://dipanno.org/model/1.0 (namespace: none)", e.getMessage());
	}

	@Test
	void savingADocumentAloneRewritesOnlyItsFiles() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Corpus corpus = store.load(folder);
		byte[] corpusBefore = Files.readAllBytes(folder.resolve("corpus.xml"));
		Document document = corpus.getDocuments().get(0);
		document.findAnnotationSet("gold").getEntityMentions().get(0)
				.setStatus(org.dipanno.model.MentionStatus.REJECTED);
		store.saveDocument(document);
		assertArrayEquals(corpusBefore, Files.readAllBytes(folder.resolve("corpus.xml")));
		Corpus reloaded = store.load(folder);
		assertEquals(org.dipanno.model.MentionStatus.REJECTED, reloaded.getDocuments().get(0)
				.findAnnotationSet("gold").getEntityMentions().get(0).getStatus());
	}

	@Test
	void aDocumentIdThatCannotNameAFileIsRefusedBeforeAnythingIsWritten() {
		Corpus corpus = SampleCorpus.create();
		corpus.getDocuments().get(0).setId("../escape");
		StoreException e = assertThrows(StoreException.class, () -> store.save(corpus, folder.resolve("out")));
		assertTrue(e.getMessage().contains("document id \"../escape\" cannot name a file"), e.getMessage());
		assertFalse(Files.exists(folder.resolve("out/corpus.xml")));
	}

	@Test
	void theTextStructureRoundTripsThroughItsOwnFile() throws IOException {
		Corpus original = SampleCorpus.create();
		Document saved = original.getDocuments().get(0);
		store.save(original, folder);
		Document loaded = store.load(folder).getDocuments().get(0);
		assertEquals(spans(saved.getSentences()), spans(loaded.getSentences()));
		assertEquals(spans(saved.getTokens()), spans(loaded.getTokens()));
		assertEquals(saved.getTokens().stream().map(t -> t.getKind()).toList(),
				loaded.getTokens().stream().map(t -> t.getKind()).toList());
		assertEquals(spans(saved.getWords()), spans(loaded.getWords()));
		assertEquals(saved.getWords().stream().map(w -> w.getSyllableCount()).toList(),
				loaded.getWords().stream().map(w -> w.getSyllableCount()).toList());
		assertFalse(loaded.getTokens().isEmpty() || loaded.getWords().isEmpty(), "the sample has tokens and words");
		String structure = Files.readString(folder.resolve("documents/000_bf9587ca5d7394a3.structure"));
		assertTrue(structure.startsWith("dipanno-text-structure 1\nsentences "), structure);
		assertTrue(structure.contains("\ntokens " + saved.getTokens().size() + "\n"), structure);
	}

	@Test
	void aFormatVersion1CorpusIsReadAndSavedInTheCurrentFormat() throws Exception {
		Path v1 = Path.of(getClass().getResource("/format-v1/corpus.xml").toURI()).getParent();
		String xmlV1 = Files.readString(v1.resolve("documents/001_19fe77e609455608.xml"));
		assertTrue(xmlV1.contains("formatVersion=\"1\"") && xmlV1.contains("<tokens "), "a version 1 fixture");
		Corpus corpus = store.load(v1);
		Document document = corpus.findDocument("001_19fe77e609455608");
		assertEquals(1, document.getFormatVersion());
		assertEquals(28, document.getSentences().size());
		int tokens = document.getTokens().size();
		int words = document.getWords().size();
		assertTrue(tokens > 500 && words > 300, tokens + " tokens, " + words + " words");
		assertEquals(40, document.findAnnotationSet("rules").getEntityMentions().size());
		assertEquals("Chính", document.getTokens().get(0).getText());

		store.save(corpus, folder);
		Document again = store.load(folder).findDocument("001_19fe77e609455608");
		assertEquals(2, again.getFormatVersion());
		assertEquals(spans(document.getTokens()), spans(again.getTokens()));
		assertEquals(spans(document.getWords()), spans(again.getWords()));
		assertEquals(spans(document.getSentences()), spans(again.getSentences()));
		assertEquals(40, again.findAnnotationSet("rules").getEntityMentions().size());
	}

	@Test
	void aDamagedStructureFileIsNamedWithItsLine() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Path structure = folder.resolve("documents/000_bf9587ca5d7394a3.structure");
		String good = Files.readString(structure);
		Files.writeString(structure, good.replaceFirst("\ntokens (\\d+)\n(\\d+) (\\d+) WORD\n", "\ntokens $1\n$2 $3 VERB\n"));
		StoreException kind = assertThrows(StoreException.class, () -> store.load(folder));
		int tokensLine = (int) good.substring(0, good.indexOf("\ntokens ")).chars().filter(c -> c == '\n').count() + 2;
		assertEquals(structure + ": line " + (tokensLine + 1) + ": unknown token kind \"VERB\"", kind.getMessage());

		Files.writeString(structure, good.substring(0, good.length() - 9));
		StoreException cut = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(cut.getMessage().startsWith(structure + ": line "), cut.getMessage());

		Files.writeString(structure, good.replaceFirst("\nsentences (\\d+)\n(\\d+) ", "\nsentences $1\n$2 99999"));
		StoreException outside = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(outside.getMessage().contains(": line 3: span ") && outside.getMessage().contains("ends after the text"),
				outside.getMessage());

		Files.delete(structure);
		StoreException missing = assertThrows(StoreException.class, () -> store.load(folder));
		assertTrue(missing.getMessage().startsWith(structure + ": cannot be read"), missing.getMessage());
	}

	@Test
	void aCopyIsWrittenWithItsTextAndStructureAndLeavesTheDocumentFilesAlone() throws IOException {
		store.save(SampleCorpus.create(), folder);
		Map<String, byte[]> before = files(folder);
		Corpus corpus = store.load(folder);
		Document document = corpus.getDocuments().get(0);
		document.findAnnotationSet("gold").getEntityMentions().get(0).setStatus(org.dipanno.model.MentionStatus.REJECTED);
		Path copy = folder.resolve(".recovery/000_bf9587ca5d7394a3.xml");
		store.writeCopy(document, copy);
		Map<String, byte[]> after = files(folder);
		for (Map.Entry<String, byte[]> file : before.entrySet()) {
			assertArrayEquals(file.getValue(), after.get(file.getKey()), file.getKey() + " was not touched");
		}
		assertEquals(java.util.Set.of(".recovery/000_bf9587ca5d7394a3.xml", ".recovery/000_bf9587ca5d7394a3.txt",
				".recovery/000_bf9587ca5d7394a3.structure"),
				after.keySet().stream().filter(name -> !before.containsKey(name)).collect(java.util.stream.Collectors.toSet()));
		for (Path companion : CorpusStore.companionFiles(copy)) {
			assertTrue(Files.isRegularFile(companion), companion.toString());
		}
		Document recovered = (Document) CorpusStore.newResourceSet()
				.getResource(org.eclipse.emf.common.util.URI.createFileURI(copy.toString()), true).getContents().get(0);
		assertEquals(org.dipanno.model.MentionStatus.REJECTED,
				recovered.findAnnotationSet("gold").getEntityMentions().get(0).getStatus());
		assertEquals(spans(document.getTokens()), spans(recovered.getTokens()));
		assertEquals(document.getText(), recovered.getText());
	}

	private static java.util.List<String> spans(java.util.List<? extends org.dipanno.model.Span> spans) {
		return spans.stream().map(s -> s.getStart() + "-" + s.getEnd()).toList();
	}

	/** The corpus's files and their bytes (not the lock file, which says who wrote last). */
	static Map<String, byte[]> files(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths
					.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().equals(CorpusLock.LOCK_FILE))::iterator) {
				files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		assertNotNull(files);
		return files;
	}
}
