package org.dipanno.model.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dipanno.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

	@TempDir
	Path folder;

	@Test
	void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
		Path huge = folder.resolve("huge.txt");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(3L << 30); // sparse: 3 GiB that would exhaust the heap if read
		}
		IOException e = assertThrows(ArticleFiles.NotAnArticleException.class, () -> ArticleFiles.read(huge));
		assertEquals(huge + ": file too large: more than 3221225472 bytes, the limit is " + TextNormalizer.MAX_FILE_BYTES
				+ " bytes (16 MiB)", e.getMessage());
	}

	@Test
	void devicesAndStreamsAreNamedAsNotRegularFiles() {
		for (String device : List.of("/dev/zero", "/dev/null")) {
			Path path = Path.of(device);
			if (Files.exists(path)) {
				IOException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
						() -> assertThrows(ArticleFiles.NotAnArticleException.class, () -> ArticleFiles.read(path)));
				assertEquals(device + ": not a regular file (a device or process stream); only regular text files are imported",
						e.getMessage());
			}
		}
	}

	@Test
	void aFifoAmongTheArticlesIsSkippedWithoutBlocking() throws Exception {
		Files.writeString(folder.resolve("a.txt"), "Hà Nội");
		Path fifo = folder.resolve("b.txt");
		org.junit.jupiter.api.Assumptions.assumeTrue(
				new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
		ArticleFiles.Listing listing = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ArticleFiles.list(folder));
		assertEquals(List.of(folder.resolve("a.txt")), listing.articles());
		assertEquals(List.of(fifo + ": not a regular file (a FIFO, socket or device); skipped"), listing.skipped());
		IOException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(ArticleFiles.NotAnArticleException.class, () -> ArticleFiles.read(fifo)));
		assertTrue(e.getMessage().startsWith(fifo + ": not a regular file"), e.getMessage());
	}

	@Test
	void linksOutOfTheFolderAreSkippedAndLinksInsideAreRead() throws IOException {
		Path articles = Files.createDirectory(folder.resolve("articles"));
		Path outside = Files.writeString(folder.resolve("passwd"), "root:x:0:0");
		Files.writeString(articles.resolve("a.txt"), "Hà Nội");
		Files.createSymbolicLink(articles.resolve("b.txt"), outside);
		Files.createSymbolicLink(articles.resolve("c.txt"), articles.resolve("a.txt"));
		ArticleFiles.Listing listing = ArticleFiles.list(articles);
		assertEquals(List.of(articles.resolve("a.txt"), articles.resolve("c.txt")), listing.articles());
		assertEquals(List.of(articles.resolve("b.txt") + ": a link to " + outside.toRealPath() + ", outside " + articles
				+ "; links out of an imported folder are not followed"), listing.skipped());
	}
}
