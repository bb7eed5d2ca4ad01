package org.dipanno.export.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the exporter writes each file. The production sink is
 * {@link AtomicFiles#SINK}; tests wrap it to inject a failure mid-export.
 */
@FunctionalInterface
public interface FileSink {
	void write(Path file, ContentWriter content) throws IOException;
}
