package org.dipanno.model.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dipanno.text.TextNormalizer;

/**
 * Reads article files for import without trusting them: the type and size are checked before any byte is read (a
 * FIFO would block, a device or a link to {@code /dev/zero} would never end, a 3 GiB file would exhaust the heap), and
 * the bytes are read in a stream that stops one byte past the limit. A folder's articles are its regular
 * {@code *.txt} files; a link among them that leads outside the folder is skipped, not followed.
 */
public final class ArticleFiles {

	/** A file that is no article to read: not a regular file, too large, or a link out of its folder. */
	public static final class NotAnArticleException extends IOException {

		private static final long serialVersionUID = 1L;

		NotAnArticleException(String message) {
			super(message);
		}
	}

	/** A folder's articles, and what was skipped with why ("NAME: reason"). */
	public record Listing(List<Path> articles, List<String> skipped) {
	}

	private ArticleFiles() {
	}

	/**
	 * The bytes of an article file, at most {@link TextNormalizer#MAX_FILE_BYTES}.
	 *
	 * @throws NotAnArticleException when the path is not a regular file (FIFO, device, folder) or is too large
	 */
	public static byte[] read(Path file) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		if (!attributes.isRegularFile()) {
			throw new NotAnArticleException(file + ": not a regular file (" + kind(file, attributes)
					+ "); only regular text files are imported");
		}
		if (attributes.size() > TextNormalizer.MAX_FILE_BYTES) {
			throw tooLarge(file, attributes.size());
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes(TextNormalizer.MAX_FILE_BYTES + 1);
			if (bytes.length > TextNormalizer.MAX_FILE_BYTES) {
				throw tooLarge(file, bytes.length);
			}
			return bytes;
		}
	}

	private static NotAnArticleException tooLarge(Path file, long size) {
		return new NotAnArticleException(file + ": file too large: " + (size > TextNormalizer.MAX_FILE_BYTES
				? "more than " : "") + size + " bytes, the limit is " + TextNormalizer.MAX_FILE_BYTES + " bytes ("
				+ TextNormalizer.MAX_FILE_BYTES / (1024 * 1024) + " MiB)");
	}

	private static String kind(Path file, BasicFileAttributes attributes) {
		if (attributes.isDirectory()) {
			return "a folder";
		}
		String name = file.toString();
		if (name.startsWith("/dev/") || name.startsWith("/proc/")) {
			return "a device or process stream";
		}
		return "a FIFO, socket or device";
	}

	/**
	 * The {@code *.txt} files of a folder in name order. Entries that are not regular files and links whose target
	 * lies outside the folder are skipped with the reason.
	 */
	public static Listing list(Path folder) throws IOException {
		Path realFolder = folder.toRealPath();
		List<Path> articles = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<Path> candidates;
		try (Stream<Path> entries = Files.list(folder)) {
			candidates = entries.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
		for (Path candidate : candidates) {
			if (Files.isSymbolicLink(candidate)) {
				Path target;
				try {
					target = candidate.toRealPath();
				} catch (IOException broken) {
					skipped.add(candidate + ": a link to a missing file; skipped");
					continue;
				}
				if (!target.startsWith(realFolder)) {
					skipped.add(candidate + ": a link to " + target + ", outside " + folder
							+ "; links out of an imported folder are not followed");
					continue;
				}
			}
			if (!Files.isRegularFile(candidate)) {
				skipped.add(candidate + ": not a regular file ("
						+ (Files.isDirectory(candidate) ? "a folder" : "a FIFO, socket or device") + "); skipped");
				continue;
			}
			articles.add(candidate);
		}
		return new Listing(List.copyOf(articles), List.copyOf(skipped));
	}
}
