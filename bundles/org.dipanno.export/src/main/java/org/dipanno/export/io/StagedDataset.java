package org.dipanno.export.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.dipanno.model.persistence.AtomicFileWriter;

/**
 * A dataset folder built in a staging folder next to its target
 * ({@code .<name>.staging}, same file system) and moved into place only when
 * every file was written. The manifest is the last file written; a folder
 * without {@code MANIFEST.json} was never completed. Closing an uncommitted
 * staging folder deletes it, so a failed export leaves the target as it was.
 */
public final class StagedDataset implements AutoCloseable {

	public static final String MANIFEST = "MANIFEST.json";

	private final Path target;
	private final Path staging;
	private final boolean replaceExisting;
	private final FileSink sink;
	private final List<String> written = new ArrayList<>();
	private boolean committed;

	private StagedDataset(Path target, boolean replaceExisting, FileSink sink) {
		this.target = target.toAbsolutePath().normalize();
		this.staging = this.target.resolveSibling("." + this.target.getFileName() + ".staging");
		this.replaceExisting = replaceExisting;
		this.sink = sink;
	}

	/**
	 * Starts a dataset. A staging folder left by a crashed export is removed
	 * (it was never complete).
	 *
	 * @throws IOException when the target exists and may not be replaced
	 */
	public static StagedDataset begin(Path target, boolean replaceExisting, FileSink sink) throws IOException {
		StagedDataset dataset = new StagedDataset(target, replaceExisting, sink);
		if (Files.exists(dataset.target) && !replaceExisting) {
			throw new IOException("Dataset folder " + dataset.target + " exists already; choose another folder or allow replacing it");
		}
		AtomicFileWriter.deleteTree(dataset.staging);
		Files.createDirectories(dataset.staging);
		return dataset;
	}

	public Path stagingFolder() {
		return staging;
	}

	public Path target() {
		return target;
	}

	/** Writes one file of the dataset, path relative to the dataset root with / separators. */
	public void write(String relativePath, ContentWriter content) throws IOException {
		if (committed) {
			throw new IllegalStateException("Dataset " + target + " is committed already");
		}
		Path file = staging.resolve(relativePath).normalize();
		if (!file.startsWith(staging) || file.equals(staging)) {
			throw new IllegalArgumentException("Dataset file path " + relativePath + " leaves the dataset folder");
		}
		Files.createDirectories(file.getParent());
		try {
			sink.write(file, content);
		} catch (IOException | RuntimeException e) {
			throw new IOException("Writing " + relativePath + " of dataset " + target + " failed: " + e.getMessage(), e);
		}
		synchronized (written) {
			written.add(relativePath);
		}
	}

	/**
	 * Opens one file of the dataset for writing piece by piece (a streamed export appends each document as it comes);
	 * it is written in the staging folder directly and synced with the others at {@link #commit}. The caller closes
	 * it before the commit.
	 */
	public Writer open(String relativePath) throws IOException {
		if (committed) {
			throw new IllegalStateException("Dataset " + target + " is committed already");
		}
		Path file = staging.resolve(relativePath).normalize();
		if (!file.startsWith(staging) || file.equals(staging)) {
			throw new IllegalArgumentException("Dataset file path " + relativePath + " leaves the dataset folder");
		}
		Files.createDirectories(file.getParent());
		Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		synchronized (written) {
			written.add(relativePath);
		}
		return writer;
	}

	public void write(String relativePath, String content) throws IOException {
		write(relativePath, out -> out.write(content));
	}

	/** Files written so far, in completion order (files may be written from several threads). */
	public List<String> writtenFiles() {
		synchronized (written) {
			return List.copyOf(written);
		}
	}

	/**
	 * Writes the manifest last, syncs every folder, then renames the staging
	 * folder to the target (replacing an existing dataset only when allowed:
	 * the old one is moved aside first and deleted after the switch).
	 */
	public Path commit(ContentWriter manifest) throws IOException {
		syncFiles();
		write(MANIFEST, manifest);
		AtomicFileWriter.syncFile(staging.resolve(MANIFEST));
		Set<Path> folders = new TreeSet<>();
		for (String file : written) {
			for (Path folder = staging.resolve(file).getParent(); folder.startsWith(staging); folder = folder.getParent()) {
				folders.add(folder);
			}
		}
		folders.forEach(AtomicFileWriter::syncFolder);
		Path old = null;
		if (Files.exists(target)) {
			if (!replaceExisting) {
				throw new IOException("Dataset folder " + target + " appeared during the export; not replacing it");
			}
			String foreign = foreignContent(target);
			if (foreign != null) {
				throw new IOException(foreign);
			}
			old = target.resolveSibling("." + target.getFileName() + ".replaced");
			AtomicFileWriter.deleteTree(old);
			AtomicFileWriter.moveDurably(target, old);
		}
		AtomicFileWriter.moveDurably(staging, target);
		committed = true;
		if (old != null) {
			AtomicFileWriter.deleteTree(old);
		}
		return target;
	}

	/**
	 * Why a folder may not be replaced by a new dataset, or null when it holds only an earlier dataset: every file in
	 * it (links included) is one its {@code MANIFEST.json} lists, so the exporter wrote it. An empty folder may be
	 * replaced too. A folder with anything else (a user's notes, a file added later) is never replaced: replacing
	 * deletes the old folder.
	 */
	public static String foreignContent(Path folder) throws IOException {
		Path manifest = folder.resolve(MANIFEST);
		Set<String> listed = new TreeSet<>();
		if (Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
			try {
				JsonObject json = JsonParser.parseString(Files.readString(manifest)).getAsJsonObject();
				JsonArray files = json.getAsJsonArray("files");
				if (files == null) {
					throw new IllegalStateException("no \"files\" list");
				}
				files.forEach(file -> listed.add(file.getAsString()));
				listed.add(MANIFEST);
			} catch (RuntimeException e) {
				return folder + ": its " + MANIFEST + " was not written by the dataset exporter (" + e.getMessage()
						+ "); the folder is not replaced";
			}
		}
		List<String> unlisted = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (path.equals(folder) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
					continue;
				}
				String relative = folder.relativize(path).toString().replace('\\', '/');
				if (!listed.contains(relative) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
					unlisted.add(relative);
				}
			}
		}
		if (unlisted.isEmpty()) {
			return null;
		}
		return folder + " holds " + unlisted.size() + " file(s) its " + MANIFEST + " does not list ("
				+ String.join(", ", unlisted.subList(0, Math.min(5, unlisted.size())))
				+ (unlisted.size() > 5 ? ", ..." : "")
				+ "); the exporter did not write them, so the folder is not replaced: move them away or choose another folder";
	}

	/**
	 * fsyncs every written file. The calls run on several threads: they wait
	 * on the disk, not the processor, and concurrent fsyncs share journal
	 * commits.
	 */
	private void syncFiles() throws IOException {
		List<Path> files = written.stream().map(staging::resolve).toList();
		java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(SYNC_THREADS);
		try {
			pool.submit(() -> files.parallelStream().forEach(file -> {
				try {
					AtomicFileWriter.syncFile(file);
				} catch (IOException e) {
					throw new java.io.UncheckedIOException("Cannot sync " + file, e);
				}
			})).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("Interrupted while syncing dataset " + target);
		} catch (java.util.concurrent.ExecutionException e) {
			throw new IOException("Syncing dataset " + target + " failed: " + e.getCause().getMessage(), e.getCause());
		} finally {
			pool.shutdown();
		}
	}

	private static final int SYNC_THREADS = 16;

	/** Removes the staging folder unless the dataset was committed. */
	@Override
	public void close() throws IOException {
		if (!committed) {
			AtomicFileWriter.deleteTree(staging);
		}
	}
}
