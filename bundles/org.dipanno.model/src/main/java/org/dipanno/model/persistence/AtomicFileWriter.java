package org.dipanno.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces a file so that a crash or an error never leaves it half-written: the content goes to a temporary file in
 * the same folder ({@code .NAME.RANDOM.tmp}), is flushed to disk (fsync), and is then renamed over the target in one
 * atomic step. Until the rename the previous file is untouched; on failure the temporary file is removed. A process
 * killed between the two steps leaves the temporary file, which {@link #deleteTemporaryFiles} removes later. The
 * corpus store and the dataset exporter both write through this class.
 */
public final class AtomicFileWriter {

	/** The two file-system steps of a save; tests inject failing ones to prove the previous file survives. */
	public interface FileSystemSteps {

		/** Writes the whole content to the (new, empty) temporary file and forces it to disk. */
		void writeAndSync(Path temporaryFile, byte[] content) throws IOException;

		/** Renames the temporary file over the target atomically, replacing the target. */
		void moveAtomically(Path temporaryFile, Path target) throws IOException;
	}

	/** Content written as a stream, for files too large to hold as one array. */
	@FunctionalInterface
	public interface StreamContent {
		void writeTo(OutputStream out) throws IOException;
	}

	/** The steps on the real file system. */
	public static final FileSystemSteps REAL_FILE_SYSTEM = new FileSystemSteps() {
		@Override
		public void writeAndSync(Path temporaryFile, byte[] content) throws IOException {
			try (FileChannel channel = FileChannel.open(temporaryFile, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
		}

		@Override
		public void moveAtomically(Path temporaryFile, Path target) throws IOException {
			move(temporaryFile, target);
		}
	};

	/** Names of the temporary files this class makes: a dot, the target's name, random hex, ".tmp". */
	private static final Pattern TEMPORARY_NAME = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FileSystemSteps steps;

	public AtomicFileWriter() {
		this(REAL_FILE_SYSTEM);
	}

	public AtomicFileWriter(FileSystemSteps steps) {
		this.steps = steps;
	}

	public void write(Path target, byte[] content) throws IOException {
		Path absoluteTarget = target.toAbsolutePath();
		Path folder = absoluteTarget.getParent();
		Files.createDirectories(folder);
		Path temporaryFile = createTemporaryFile(folder, absoluteTarget.getFileName().toString());
		try {
			keepPermissions(absoluteTarget, temporaryFile);
			steps.writeAndSync(temporaryFile, content);
			steps.moveAtomically(temporaryFile, absoluteTarget);
		} catch (IOException | RuntimeException | Error e) {
			deleteAfterFailure(temporaryFile, e);
			throw e;
		}
		syncFolder(folder);
	}

	/**
	 * Writes streamed content atomically. With {@code durable} the file and the rename are synced before returning;
	 * without, the caller syncs them in a batch (as the dataset exporter does before it writes its manifest).
	 */
	public static void write(Path target, StreamContent content, boolean durable) throws IOException {
		Path absoluteTarget = target.toAbsolutePath();
		Path folder = absoluteTarget.getParent();
		Files.createDirectories(folder);
		Path temporaryFile = createTemporaryFile(folder, absoluteTarget.getFileName().toString());
		try {
			try (FileChannel channel = FileChannel.open(temporaryFile, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
				content.writeTo(out);
				out.flush();
				if (durable) {
					channel.force(true);
				}
			}
			move(temporaryFile, absoluteTarget);
		} catch (IOException | RuntimeException | Error e) {
			deleteAfterFailure(temporaryFile, e);
			throw e;
		}
		if (durable) {
			syncFolder(folder);
		}
	}

	private static void deleteAfterFailure(Path temporaryFile, Throwable failure) {
		try {
			Files.deleteIfExists(temporaryFile);
		} catch (IOException cleanupFailure) {
			failure.addSuppressed(cleanupFailure);
		}
	}

	/**
	 * A new empty file beside the target. Files.createTempFile would make it owner-only (0600) and the rename would
	 * carry that over to the saved file; Files.createFile applies the user's usual permissions (umask).
	 */
	private static Path createTemporaryFile(Path folder, String targetName) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path candidate = folder.resolve("." + targetName + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
			try {
				return Files.createFile(candidate);
			} catch (FileAlreadyExistsException taken) {
				if (attempt == 100) {
					throw taken;
				}
			}
		}
	}

	/** Whether a file name is one of this class's temporary files. */
	public static boolean isTemporaryFile(Path file) {
		return TEMPORARY_NAME.matcher(file.getFileName().toString()).matches();
	}

	/**
	 * Deletes the temporary files a killed or failed write left in a folder (not in its subfolders). Call it only
	 * while no other write into the folder can run (the corpus lock is held); returns the files deleted.
	 */
	public static List<Path> deleteTemporaryFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		List<Path> leftovers;
		try (Stream<Path> files = Files.list(folder)) {
			leftovers = files.filter(f -> isTemporaryFile(f) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
					.toList();
		}
		for (Path leftover : leftovers) {
			Files.deleteIfExists(leftover);
		}
		return leftovers;
	}

	/** A replaced file keeps the permissions it had (POSIX file systems). */
	private static void keepPermissions(Path target, Path temporaryFile) throws IOException {
		if (Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temporaryFile, Files.getPosixFilePermissions(target));
		}
	}

	/** Renames atomically, replacing the target; refuses where the file system cannot (never copies). */
	public static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("Cannot replace " + target + " with " + source
					+ " atomically (different file systems?): " + e.getMessage(), e);
		}
	}

	/** {@link #move}, then syncs the target's folder so the rename itself is durable. */
	public static void moveDurably(Path source, Path target) throws IOException {
		move(source, target);
		syncFolder(target.toAbsolutePath().getParent());
	}

	/** fsync of a written file's content. */
	public static void syncFile(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** Makes renames in a folder durable. Some file systems cannot open a folder for sync; then nothing is done. */
	public static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException notSupported) {
			// e.g. Windows cannot open folders as channels; the data itself was synced before the rename
		}
	}

	/** Deletes a folder tree without following links out of it (a link is deleted, not what it points at). */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
