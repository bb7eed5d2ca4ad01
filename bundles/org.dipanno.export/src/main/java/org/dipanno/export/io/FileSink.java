package org.dipanno.export.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.dipanno.model.persistence.AtomicFileWriter;

/**
 * Where the exporter writes each file. The production sink is {@link #STAGING}; tests wrap it to inject a failure
 * mid-export.
 */
@FunctionalInterface
public interface FileSink {

	/**
	 * The sink for files inside a staging folder: each file is written to a temporary file and renamed atomically;
	 * the fsync of the files and their folders is batched in {@link StagedDataset#commit}, before the manifest is
	 * written (as git's batch fsync mode does). Until the manifest exists the staging folder is never taken for a
	 * dataset, so deferring the fsync loses no guarantee and saves one journal commit per file.
	 */
	FileSink STAGING = (target, content) -> AtomicFileWriter.write(target, out -> {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		content.writeTo(writer);
		writer.flush();
	}, false);

	void write(Path file, ContentWriter content) throws IOException;
}
