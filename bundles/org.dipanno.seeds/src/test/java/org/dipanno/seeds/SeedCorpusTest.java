package org.dipanno.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.junit.jupiter.api.Test;

class SeedCorpusTest {

	/** The repository's seeds/ folder, seen from this bundle's folder. */
	private static final Path SEEDS_FOLDER = Path.of("../../seeds");

	@Test
	void listsEverySeedFileOfTheRepository() throws Exception {
		try (Stream<Path> files = Files.list(SEEDS_FOLDER)) {
			assertEquals(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList(),
					SeedCorpus.FILE_NAMES);
		}
	}

	@Test
	void embeddedCopyIsByteIdenticalToTheRepositoryFile() throws Exception {
		for (String name : SeedCorpus.FILE_NAMES) {
			assertTrue(java.util.Arrays.equals(Files.readAllBytes(SEEDS_FOLDER.resolve(name)), SeedCorpus.read(name)),
					name);
		}
	}

	@Test
	void firstSeedStartsWithItsTitle() {
		String text = new String(SeedCorpus.read("000_bf9587ca5d7394a3.txt"), StandardCharsets.UTF_8);
		assertTrue(text.startsWith("Trung Quốc và Mỹ thiết lập kênh liên lạc mới giữa hai Bộ Thương mại\n"), text);
	}

	@Test
	void unknownNameIsRejectedWithTheListOfSeeds() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedCorpus.read("x.txt"));
		assertTrue(e.getMessage().contains("000_bf9587ca5d7394a3.txt"), e.getMessage());
	}

	@Test
	void theSeedCorpusHoldsEverySeedInOrderWithTheDefaultSchema() {
		Corpus corpus = SeedCorpus.importCorpus();
		assertEquals(SeedCorpus.CORPUS_ID, corpus.getId());
		assertEquals(SeedCorpus.FILE_NAMES.stream().map(SeedCorpus::documentId).toList(),
				corpus.getDocuments().stream().map(Document::getId).toList());
		assertEquals("000_bf9587ca5d7394a3.txt", corpus.getDocuments().get(0).getSourceName());
		assertEquals("Trung Quốc và Mỹ thiết lập kênh liên lạc mới giữa hai Bộ Thương mại",
				corpus.getDocuments().get(0).getTitle());
		assertEquals(7, corpus.getSchema().getEntityTypes().size());
	}

	@Test
	void documentIdDropsTheExtension() {
		assertEquals("000_bf9587ca5d7394a3", SeedCorpus.documentId("000_bf9587ca5d7394a3.txt"));
	}
}
