package org.dipanno.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Lets tests of other packages compare saved corpus folders file by file. */
public final class CorpusStoreTestAccess {

	private CorpusStoreTestAccess() {
	}

	public static Map<String, byte[]> files(Path root) throws IOException {
		return CorpusStoreTest.files(root);
	}
}
