package org.dipanno.model.persistence;

import java.nio.file.Path;

/** A child process for lock tests: takes a corpus's write lock, says so, and holds it until killed or told to stop. */
public final class LockHolder {

	private LockHolder() {
	}

	public static void main(String[] args) throws Exception {
		try (CorpusLock lock = CorpusLock.acquire(Path.of(args[0]), "lock test")) {
			System.out.println("locked");
			System.out.flush();
			System.in.read();
		}
	}

	/** Starts a holder of the folder's lock in a child JVM and waits until it holds it. */
	public static Process start(Path folder) throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LockHolder.class.getName(), folder.toString())
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String line = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream())).readLine();
		if (!"locked".equals(line)) {
			process.destroyForcibly();
			throw new IllegalStateException("the lock holder did not start: " + line);
		}
		return process;
	}
}
