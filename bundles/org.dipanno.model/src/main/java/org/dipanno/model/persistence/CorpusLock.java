package org.dipanno.model.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The write lock of a corpus folder: one process at a time changes a corpus (the command line's import and annotate,
 * a workbench that has the corpus open); readers do not lock. The lock is an operating-system lock on
 * {@value #LOCK_FILE} in the corpus folder, so it ends with the process that holds it, also when that process is
 * killed: a lock file left by a dead process is simply taken over. The file says who holds the lock (pid, since when,
 * doing what) for the message the next writer gets.
 *
 * <p>Within one process the lock is shared: the workbench, its background jobs and its editors work on one corpus in
 * memory, so a second {@link #acquire} there counts up and the lock is released with the last {@link #close}.
 */
public final class CorpusLock implements AutoCloseable {

	public static final String LOCK_FILE = "corpus.lock";

	/** The locks this process holds, by corpus folder, with how many holders share each. */
	private static final Map<Path, Held> HELD = new HashMap<>();

	private static final class Held {
		final FileChannel channel;
		final FileLock lock;
		int holders;

		Held(FileChannel channel, FileLock lock) {
			this.channel = channel;
			this.lock = lock;
		}
	}

	private final Path folder;
	private boolean closed;

	private CorpusLock(Path folder) {
		this.folder = folder;
	}

	/** Thrown when another process holds the corpus's write lock; the message names it. */
	public static final class InUseException extends StoreException {

		private static final long serialVersionUID = 1L;

		InUseException(String message) {
			super(message);
		}
	}

	/**
	 * Takes the write lock of a corpus folder (made when missing), or joins it when this process holds it already.
	 * After a new lock is taken, temporary files that earlier killed or failed writes left are deleted.
	 *
	 * @param purpose what the holder does, for the message another writer gets (e.g. "dipanno-cli import")
	 * @throws InUseException when another process holds it ("corpus is in use by pid N since ...")
	 * @throws StoreException when the folder cannot be written (read-only, no permission)
	 */
	public static CorpusLock acquire(Path corpusFolder, String purpose) throws IOException {
		Path folder = corpusFolder.toAbsolutePath().normalize();
		synchronized (HELD) {
			Held held = HELD.get(folder);
			if (held != null) {
				held.holders++;
				return new CorpusLock(folder);
			}
			Path lockFile = folder.resolve(LOCK_FILE);
			FileChannel channel;
			try {
				Files.createDirectories(folder);
				channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
						StandardOpenOption.WRITE);
			} catch (AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
				throw new StoreException(folder + ": the corpus cannot be changed: the folder is read-only for you ("
						+ e.getMessage() + ")", e);
			} catch (FileSystemException e) {
				throw new StoreException(folder + ": the corpus cannot be changed: " + e.getMessage(), e);
			}
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException | IOException e) {
				lock = null;
			}
			if (lock == null) {
				String holder = describeHolder(channel);
				channel.close();
				throw new InUseException(folder + ": corpus is in use by " + holder
						+ "; wait until it is done (or close the corpus there) and try again");
			}
			try {
				checkWritable(folder);
				String record = "pid " + ProcessHandle.current().pid() + " since "
						+ Instant.now().truncatedTo(ChronoUnit.SECONDS) + " (" + purpose + ")\n";
				channel.truncate(0);
				channel.write(ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8)), 0);
				channel.force(false);
				held = new Held(channel, lock);
				held.holders = 1;
				HELD.put(folder, held);
				AtomicFileWriter.deleteTemporaryFiles(folder);
				AtomicFileWriter.deleteTemporaryFiles(folder.resolve(CorpusStore.DOCUMENTS_FOLDER));
			} catch (IOException | RuntimeException e) {
				HELD.remove(folder);
				lock.release();
				channel.close();
				throw e;
			}
			return new CorpusLock(folder);
		}
	}

	/** Whether this process holds the write lock of the corpus folder. */
	public static boolean isHeld(Path corpusFolder) {
		synchronized (HELD) {
			return HELD.containsKey(corpusFolder.toAbsolutePath().normalize());
		}
	}

	public Path folder() {
		return folder;
	}

	/** Leaves the lock; the last holder in this process releases it. */
	@Override
	public void close() throws IOException {
		synchronized (HELD) {
			if (closed) {
				return;
			}
			closed = true;
			Held held = HELD.get(folder);
			if (held != null && --held.holders == 0) {
				HELD.remove(folder);
				try {
					held.lock.release();
				} finally {
					held.channel.close();
				}
			}
		}
	}

	/** Who holds the lock, as its file says; a holder that has not written yet is "another process". */
	private static String describeHolder(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(512);
			channel.read(buffer, 0);
			String record = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
			return record.startsWith("pid ") ? record : "another process";
		} catch (IOException e) {
			return "another process";
		}
	}

	/** A lock in a folder whose documents cannot be written would only fail later, after the work is done. */
	private static void checkWritable(Path folder) throws StoreException {
		Path documents = folder.resolve(CorpusStore.DOCUMENTS_FOLDER);
		for (Path path : new Path[] { folder, documents }) {
			if (Files.isDirectory(path) && !Files.isWritable(path)) {
				throw new StoreException(path + ": the corpus cannot be changed: the folder is read-only for you");
			}
		}
	}
}
