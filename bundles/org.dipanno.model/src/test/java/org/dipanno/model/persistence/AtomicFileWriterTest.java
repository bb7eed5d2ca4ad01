package org.dipanno.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.dipanno.model.Corpus;
import org.dipanno.model.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

	@TempDir
	Path folder;

	/** Writes the first half of the content, then fails as a full disk or a crash would. */
	private static final AtomicFileWriter.FileSystemSteps FAILS_MIDWAY_THROUGH_WRITE = new AtomicFileWriter.FileSystemSteps() {
		@Override
		public void writeAndSync(Path temporaryFile, byte[] content) throws IOException {
			try (FileChannel channel = FileChannel.open(temporaryFile, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content, 0, content.length / 2));
			}
			throw new IOException("No space left on device");
		}

		@Override
		public void moveAtomically(Path temporaryFile, Path target) throws IOException {
			AtomicFileWriter.REAL_FILE_SYSTEM.moveAtomically(temporaryFile, target);
		}
	};

	/** Writes everything, then the rename fails. */
	private static final AtomicFileWriter.FileSystemSteps FAILS_TO_RENAME = new AtomicFileWriter.FileSystemSteps() {
		@Override
		public void writeAndSync(Path temporaryFile, byte[] content) throws IOException {
			AtomicFileWriter.REAL_FILE_SYSTEM.writeAndSync(temporaryFile, content);
		}

		@Override
		public void moveAtomically(Path temporaryFile, Path target) throws IOException {
			throw new IOException("Rename refused");
		}
	};

	@Test
	void writesTheContentAndLeavesNoTemporaryFile() throws IOException {
		Path target = folder.resolve("a.xml");
		new AtomicFileWriter().write(target, "một hai".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		new AtomicFileWriter().write(target, "ba".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertEquals("ba", Files.readString(target));
		assertEquals(List.of("a.xml"), names());
	}

	@Test
	void aNewFileGetsTheUsualPermissionsAndAReplacedFileKeepsItsOwn() throws IOException {
		org.junit.jupiter.api.Assumptions.assumeTrue(
				Files.getFileStore(folder).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class));
		Path plain = Files.createFile(folder.resolve("plain"));
		Path target = folder.resolve("a.xml");
		new AtomicFileWriter().write(target, new byte[] { 1 });
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
		var readOnlyForOthers = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
		Files.setPosixFilePermissions(target, readOnlyForOthers);
		new AtomicFileWriter().write(target, new byte[] { 2 });
		assertEquals(readOnlyForOthers, Files.getPosixFilePermissions(target));
	}

	@Test
	void aWriteThatFailsMidwayLeavesThePreviousFileIntact() throws IOException {
		Path target = folder.resolve("a.xml");
		Files.writeString(target, "previous content");
		IOException e = assertThrows(IOException.class,
				() -> new AtomicFileWriter(FAILS_MIDWAY_THROUGH_WRITE).write(target, new byte[1000]));
		assertEquals("No space left on device", e.getMessage());
		assertEquals("previous content", Files.readString(target));
		assertEquals(List.of("a.xml"), names());
	}

	@Test
	void aFailedRenameLeavesThePreviousFileIntact() throws IOException {
		Path target = folder.resolve("a.xml");
		Files.writeString(target, "previous content");
		assertThrows(IOException.class, () -> new AtomicFileWriter(FAILS_TO_RENAME).write(target, new byte[10]));
		assertEquals("previous content", Files.readString(target));
		assertEquals(List.of("a.xml"), names());
	}

	@Test
	void anInterruptedCorpusSaveLeavesThePreviousCorpusLoadable() throws IOException {
		CorpusStore store = new CorpusStore();
		store.save(SampleCorpus.create(), folder);
		var before = CorpusStoreTest.files(folder);
		Corpus changed = store.load(folder);
		changed.getDocuments().get(0).getAnnotationSets().clear();
		changed.setName("renamed");
		assertThrows(IOException.class, () -> new CorpusStore(new AtomicFileWriter(FAILS_MIDWAY_THROUGH_WRITE))
				.save(changed, folder));
		var after = CorpusStoreTest.files(folder);
		assertEquals(before.keySet(), after.keySet());
		for (String name : before.keySet()) {
			org.junit.jupiter.api.Assertions.assertArrayEquals(before.get(name), after.get(name), name);
		}
		assertEquals("Seed articles", store.load(folder).getName());
	}

	@Test
	void aStreamedWriteThatFailsKeepsTheOldContentAndLeavesNoTemporaryFile() throws IOException {
		Path target = folder.resolve("b.txt");
		AtomicFileWriter.write(target, out -> out.write("một".getBytes(java.nio.charset.StandardCharsets.UTF_8)), true);
		AtomicFileWriter.write(target, out -> out.write("hai".getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
		assertEquals("hai", Files.readString(target));
		assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
			out.write('b');
			throw new IOException("writer failed");
		}, true));
		assertEquals("hai", Files.readString(target), "a failed write keeps the old content");
		assertEquals(List.of("b.txt"), names());
	}

	@Test
	void temporaryFilesLeftByAKilledWriteAreRecognizedAndDeleted() throws IOException {
		Files.writeString(folder.resolve(".a.xml.3f2a9c01d4e5b6a7.tmp"), "half");
		Files.writeString(folder.resolve("a.xml"), "kept");
		Files.writeString(folder.resolve(".hidden-note.tmp.txt"), "kept: not a temporary file of ours");
		assertEquals(List.of(folder.resolve(".a.xml.3f2a9c01d4e5b6a7.tmp")), AtomicFileWriter.deleteTemporaryFiles(folder));
		assertEquals(List.of(".hidden-note.tmp.txt", "a.xml"), names());
	}

	private List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
