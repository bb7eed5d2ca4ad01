package org.dipanno.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.dipanno.model.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLockTest {

	@TempDir
	Path folder;

	@Test
	void anotherProcessHoldingTheLockIsNamedAndReadersStillWork() throws Exception {
		new CorpusStore().save(SampleCorpus.create(), folder);
		Process holder = LockHolder.start(folder);
		try {
			CorpusLock.InUseException e = assertThrows(CorpusLock.InUseException.class,
					() -> CorpusLock.acquire(folder, "test"));
			assertTrue(e.getMessage().startsWith(folder + ": corpus is in use by pid " + holder.pid() + " since "),
					e.getMessage());
			assertTrue(e.getMessage().contains("(lock test)"), e.getMessage());
			assertThrows(CorpusLock.InUseException.class,
					() -> new CorpusStore().save(new CorpusStore().load(folder), folder),
					"a save without the lock is refused too");
			assertEquals(1, new CorpusStore().load(folder).getDocuments().size(), "readers do not need the lock");
		} finally {
			holder.destroyForcibly().waitFor();
		}
		// kill -9 leaves the lock file with the dead pid: the next writer takes it over.
		assertTrue(Files.readString(folder.resolve(CorpusLock.LOCK_FILE)).contains("pid " + holder.pid()));
		try (CorpusLock lock = CorpusLock.acquire(folder, "after the holder died")) {
			assertTrue(Files.readString(folder.resolve(CorpusLock.LOCK_FILE))
					.startsWith("pid " + ProcessHandle.current().pid() + " since "));
			new CorpusStore().save(new CorpusStore().load(folder), folder);
		}
	}

	@Test
	void withinOneProcessTheLockIsSharedAndReleasedByTheLastHolder() throws Exception {
		CorpusLock first = CorpusLock.acquire(folder, "workbench");
		CorpusLock second = CorpusLock.acquire(folder, "its background job");
		second.close();
		assertTrue(CorpusLock.isHeld(folder));
		first.close();
		first.close();
		assertFalse(CorpusLock.isHeld(folder));
	}

	@Test
	void temporaryFilesOfKilledSavesAreDeletedWhenTheLockIsTaken() throws Exception {
		new CorpusStore().save(SampleCorpus.create(), folder);
		Path leftover = folder.resolve("documents/.000_bf9587ca5d7394a3.xml.0123456789abcdef.tmp");
		Path corpusLeftover = folder.resolve(".corpus.xml.fedcba9876543210.tmp");
		Files.writeString(leftover, "half a document");
		Files.writeString(corpusLeftover, "half a corpus");
		try (CorpusLock lock = CorpusLock.acquire(folder, "next write")) {
			assertFalse(Files.exists(leftover));
			assertFalse(Files.exists(corpusLeftover));
		}
	}

	@Test
	void aReadOnlyCorpusIsRefusedWhenTheLockIsTakenBeforeAnyWork() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
				"root may write into read-only folders");
		new CorpusStore().save(SampleCorpus.create(), folder);
		var readOnly = java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x");
		Files.setPosixFilePermissions(folder.resolve("documents"), readOnly);
		try {
			StoreException e = assertThrows(StoreException.class, () -> CorpusLock.acquire(folder, "annotate"));
			assertTrue(e.getMessage().contains("read-only"), e.getMessage());
		} finally {
			Files.setPosixFilePermissions(folder.resolve("documents"),
					java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}
}
