package org.dipanno.export.imports;

import java.io.IOException;

/**
 * One document's annotations in a source, read on demand so that one malformed document fails alone and the others
 * are still imported.
 */
public interface AnnotationSource {

	/** The corpus document the annotations belong to. */
	String documentId();

	/** Where they come from (a file name), for messages. */
	String name();

	/**
	 * @throws IllegalArgumentException naming file and line when the source is malformed
	 * @throws IOException when it cannot be read
	 */
	ImportedAnnotations read() throws IOException;
}
