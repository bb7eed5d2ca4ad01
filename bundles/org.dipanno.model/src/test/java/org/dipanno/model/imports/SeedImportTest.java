package org.dipanno.model.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.SeedFiles;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.text.AnalyzedArticle;
import org.dipanno.text.ArticleAnalyzer;
import org.dipanno.text.TextImportException;
import org.dipanno.text.ZoneKind;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedImportTest {

	private static Corpus corpus;

	@BeforeAll
	static void importSeeds() {
		corpus = SeedFiles.importCorpus();
	}

	@Test
	void everySeedBecomesADocumentInSeedOrder() {
		assertEquals(SeedFiles.FILE_NAMES.stream().map(SeedFiles::documentId).toList(),
				corpus.getDocuments().stream().map(Document::getId).toList());
		assertEquals("000_bf9587ca5d7394a3.txt", corpus.getDocuments().get(0).getSourceName());
	}

	@Test
	void documentsHoldExactlyWhatTheAnalyzerFound() throws TextImportException {
		for (String name : SeedFiles.FILE_NAMES) {
			AnalyzedArticle article = ArticleAnalyzer.analyze(SeedFiles.read(name), name);
			Document document = corpus.findDocument(SeedFiles.documentId(name));
			assertEquals(article.text(), document.getText(), name);
			assertEquals(article.zones().stream().map(z -> z.kind().name() + z.start() + "-" + z.end()).toList(),
					document.getZones().stream().map(z -> z.getKind().name() + z.getStart() + "-" + z.getEnd()).toList(),
					name);
			assertEquals(article.sentences().stream().map(s -> s.start() + "-" + s.end()).toList(),
					document.getSentences().stream().map(s -> s.getStart() + "-" + s.getEnd()).toList(), name);
			assertEquals(article.tokens().stream().map(t -> t.kind().name() + t.start() + "-" + t.end()).toList(),
					document.getTokens().stream().map(t -> t.getKind().name() + t.getStart() + "-" + t.getEnd())
							.toList(), name);
			assertEquals(article.words().stream().map(w -> w.start() + "-" + w.end() + "/" + w.tokenCount()).toList(),
					document.getWords().stream().map(w -> w.getStart() + "-" + w.getEnd() + "/" + w.getSyllableCount())
							.toList(), name);
			for (int offset = 0; offset <= article.text().length(); offset++) {
				assertEquals(article.normalized().offsets().toOriginalStart(offset),
						document.getOffsetMap().toOriginalStart(offset), name + " offset " + offset);
			}
		}
	}

	@Test
	void firstSeedTitleZonesAndWords() {
		Document first = corpus.getDocuments().get(0);
		assertEquals("Trung Quốc và Mỹ thiết lập kênh liên lạc mới giữa hai Bộ Thương mại", first.getTitle());
		assertEquals(ZoneKind.TITLE, first.zoneAt(0).getKind());
		assertTrue(first.getZones().stream().anyMatch(z -> z.getKind() == ZoneKind.BOILERPLATE),
				"the related-stories tail of seed 000 is boilerplate");
		assertTrue(first.getWords().stream().anyMatch(w -> "Bộ trưởng".equals(w.getText()) && w.getSyllableCount() == 2),
				"\"Bộ trưởng\" is one word of two syllables");
		assertTrue(first.getTokens().stream().anyMatch(t -> "Quốc".equals(t.getText())));
		assertNull(first.getPublicationDate());
	}

	@Test
	void outletTagOfSeed004IsRecognised() {
		assertEquals("VOV.VN", corpus.findDocument("004_4e00300c40552043").getOutlet());
		assertNull(corpus.getDocuments().get(0).getOutlet());
	}

	@Test
	void theImportedCorpusIsValid() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(corpus);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());
	}

	@Test
	void theSeedCorpusSavesAndLoadsBackIdentically(@TempDir Path folder) throws IOException {
		CorpusStore store = new CorpusStore();
		Corpus seeds = SeedFiles.importCorpus();
		store.save(seeds, folder.resolve("first"));
		Corpus loaded = store.load(folder.resolve("first"));
		assertEquals(5, loaded.getDocuments().size());
		for (int i = 0; i < 5; i++) {
			Document original = seeds.getDocuments().get(i);
			Document reloaded = loaded.getDocuments().get(i);
			assertEquals(original.getText(), reloaded.getText());
			assertEquals(original.getTokens().size(), reloaded.getTokens().size());
			assertEquals(original.getWords().get(7).getText(), reloaded.getWords().get(7).getText());
			assertEquals(original.getOffsetMap().getRuns().size(), reloaded.getOffsetMap().getRuns().size());
		}
		store.save(loaded, folder.resolve("second"));
		Map<String, byte[]> first = org.dipanno.model.persistence.CorpusStoreTestAccess.files(folder.resolve("first"));
		Map<String, byte[]> second = org.dipanno.model.persistence.CorpusStoreTestAccess.files(folder.resolve("second"));
		assertEquals(16, first.size(), "corpus.xml and an .xml, a .txt and a .structure per document");
		assertEquals(first.keySet(), second.keySet());
		for (String name : first.keySet()) {
			assertArrayEquals(first.get(name), second.get(name), name);
		}
	}

	@Test
	void importingTheSameFileTwiceIsRefusedAndAddsNothing() throws TextImportException {
		Corpus small = Corpora.create("small", "Small");
		ArticleImporter.importArticle(small, SeedFiles.read("003_641f89a9d16cf0c7.txt"), "in/003_641f89a9d16cf0c7.txt");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleImporter
				.importArticle(small, SeedFiles.read("003_641f89a9d16cf0c7.txt"), "other/003_641f89a9d16cf0c7.txt"));
		assertEquals("Cannot import other/003_641f89a9d16cf0c7.txt: corpus small already has a document "
				+ "003_641f89a9d16cf0c7 (imported from 003_641f89a9d16cf0c7.txt)", e.getMessage());
		assertEquals(1, small.getDocuments().size());
	}

	@Test
	void aFileThatIsNotTextIsRefusedAndAddsNothing() {
		Corpus small = Corpora.create("small", "Small");
		TextImportException e = assertThrows(TextImportException.class,
				() -> ArticleImporter.importArticle(small, new byte[] { (byte) 0xC3, 0x28, 'a' }, "broken.txt"));
		assertTrue(e.getMessage().contains("broken.txt"), e.getMessage());
		assertEquals(List.of(), small.getDocuments());
	}

	@Test
	void documentIdsComeFromFileNames() {
		assertEquals("000_bf9587ca5d7394a3", ArticleImporter.documentId("/data/seeds/000_bf9587ca5d7394a3.txt"));
		assertEquals("Tin_mới_hôm_nay", ArticleImporter.documentId("C:\\tin\\Tin mới hôm nay.txt"));
		assertEquals("_.hidden", ArticleImporter.documentId(".hidden"));
	}
}
