package org.dipanno.model.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Replaces a file so that a crash or an error never leaves it half-written: the content goes to a temporary file in
 * the same folder, is flushed to disk (fsync), and is then renamed over the target in one atomic step. Until the
 * rename the previous file is untouched; on failure the temporary file is removed.
 */
public final class AtomicFileWriter {

	/** The two file-system steps of a save; tests inject failing ones to prove the previous file survives. */
	public interface FileSystemSteps {

		/** Writes the whole content to the (new, empty) temporary file and forces it to disk. */
		void writeAndSync(Path temporaryFile, byte[] content) throws IOException;

		/** Renames the temporary file over the target atomically, replacing the target. */
		void moveAtomically(Path temporaryFile, Path target) throws IOException;
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
			try {
				Files.move(temporaryFile, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException("Cannot replace " + target + " atomically on this file system: " + e.getMessage(),
						e);
			}
		}
	};

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
			try {
				Files.deleteIfExists(temporaryFile);
			} catch (IOException cleanupFailure) {
				e.addSuppressed(cleanupFailure);
			}
			throw e;
		}
		syncFolder(folder);
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

	/** A replaced file keeps the permissions it had (POSIX file systems). */
	private static void keepPermissions(Path target, Path temporaryFile) throws IOException {
		if (Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temporaryFile, Files.getPosixFilePermissions(target));
		}
	}

	/** Makes the rename itself durable. Some file systems cannot open a folder for sync; the rename is done anyway. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException notSupported) {
			// e.g. Windows cannot open folders as channels; the data itself was synced before the rename
		}
	}
}
