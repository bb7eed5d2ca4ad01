package org.dipanno.export.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Atomic file writes: the content goes to a temporary file in the target's
 * folder, is flushed and fsynced, then renamed over the target in one atomic
 * step. Readers see the old file or the complete new one, never a part.
 */
public final class AtomicFiles {

	/**
	 * The sink for files inside a staging folder: each file is written to a
	 * temporary file and renamed atomically; the fsync of the files and their
	 * folders is batched in {@link StagedDataset#commit}, before the manifest
	 * is written (as git's batch fsync mode does). Until the manifest exists
	 * the staging folder is never taken for a dataset, so deferring the fsync
	 * loses no guarantee and saves one journal commit per file.
	 */
	public static final FileSink STAGING_SINK = (target, content) -> write(target, content, false, false);

	private AtomicFiles() {
	}

	/** Writes one file atomically and durably (file and folder synced). */
	public static void write(Path target, ContentWriter content) throws IOException {
		write(target, content, true, true);
	}

	private static void write(Path target, ContentWriter content, boolean syncFile, boolean syncFolder)
			throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING);
					Writer out = new BufferedWriter(
							new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16)) {
				content.writeTo(out);
				out.flush();
				if (syncFile) {
					channel.force(true);
				}
			}
			rename(temp, target);
			moved = true;
			if (syncFolder) {
				syncFolder(folder);
			}
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	public static void write(Path target, String content) throws IOException {
		write(target, out -> out.write(content));
	}

	/** Renames atomically, replacing the target, and syncs the folder so the rename itself is durable. */
	public static void move(Path source, Path target) throws IOException {
		rename(source, target);
		syncFolder(target.toAbsolutePath().getParent());
	}

	private static void rename(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("Cannot rename " + source + " to " + target
					+ " atomically (different file systems?); the export refuses a non-atomic write", e);
		}
	}

	/** fsync of a written file's content. */
	public static void syncFile(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** fsync of a folder; a no-op where the platform cannot open folders for sync (Windows). */
	public static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Folders cannot be synced on every platform; the file contents are synced already.
		}
	}

	/** Deletes a folder tree; used on staging folders only. */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
