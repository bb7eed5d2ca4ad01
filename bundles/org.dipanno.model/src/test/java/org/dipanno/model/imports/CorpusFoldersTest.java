package org.dipanno.model.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.model.Document;
import org.dipanno.model.SeedFiles;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.persistence.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFoldersTest {

	@TempDir
	Path temp;

	@Test
	void aFolderOfArticlesBecomesACorpusInPlaceAndABadArticleIsReported() throws IOException {
		Path articles = Files.createDirectory(temp.resolve("vov-2024"));
		Files.write(articles.resolve("b.txt"), SeedFiles.read(SeedFiles.FILE_NAMES.get(1)));
		Files.write(articles.resolve("a.txt"), SeedFiles.read(SeedFiles.FILE_NAMES.get(0)));
		Files.write(articles.resolve("broken.txt"), new byte[] { (byte) 0xC3, 0x28, 0x41 });
		Files.writeString(articles.resolve("notes.md"), "not an article");
		byte[] original = Files.readAllBytes(articles.resolve("a.txt"));

		CorpusFolders.Opened opened = CorpusFolders.openOrImport(articles);
		assertTrue(opened.imported());
		assertEquals(2, opened.articles());
		assertEquals(List.of("a", "b"), opened.corpus().getDocuments().stream().map(Document::getId).toList(),
				"in name order");
		assertEquals(1, opened.problems().size(), opened.problems().toString());
		assertTrue(opened.problems().get(0).startsWith("broken.txt"), opened.problems().get(0));
		assertEquals("vov-2024", opened.corpus().getName());
		assertTrue(CorpusFolders.isCorpus(articles), "corpus.xml is written beside the articles");
		assertTrue(Files.isRegularFile(articles.resolve("documents/a.xml")));
		assertArrayEquals(original, Files.readAllBytes(articles.resolve("a.txt")), "the article is not changed");

		CorpusFolders.Opened again = CorpusFolders.openOrImport(articles);
		assertFalse(again.imported(), "the second time it is a corpus");
		assertEquals(2, again.corpus().getDocuments().size());
		assertEquals(2, new CorpusStore().load(articles).getDocuments().size());
	}

	@Test
	void aFolderWithNeitherIsRefusedWithTheReason() throws IOException {
		Path empty = Files.createDirectory(temp.resolve("empty"));
		StoreException e = assertThrows(StoreException.class, () -> CorpusFolders.openOrImport(empty));
		assertEquals(empty + ": neither a dipanno corpus (no corpus.xml) nor a folder of plain-text articles (*.txt)",
				e.getMessage());
		assertFalse(CorpusFolders.isCorpus(empty));
		Path broken = Files.createDirectory(temp.resolve("broken"));
		Files.write(broken.resolve("x.txt"), new byte[0]);
		e = assertThrows(StoreException.class, () -> CorpusFolders.openOrImport(broken));
		assertTrue(e.getMessage().startsWith(broken + ": none of its 1 articles can be imported (x.txt"),
				e.getMessage());
		assertFalse(CorpusFolders.isCorpus(broken), "nothing is written");
	}
}
