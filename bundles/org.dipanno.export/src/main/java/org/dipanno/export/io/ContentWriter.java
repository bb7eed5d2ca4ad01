package org.dipanno.export.io;

import java.io.IOException;
import java.io.Writer;

/** Writes the content of one file. */
@FunctionalInterface
public interface ContentWriter {
	void writeTo(Writer out) throws IOException;
}
