package org.dipanno.export.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.model.Corpus;

/** Reads annotations in one outside format; {@link AnnotationReaders} knows them by their format name. */
public interface AnnotationReader {

	/** The format's name on the command line ({@code --format brat}). */
	String format();

	/** One line for help texts: what the reader expects. */
	String description();

	/**
	 * The documents found at a path (a folder or a file, as the format defines), in a stable order.
	 *
	 * @throws IllegalArgumentException when the path holds nothing of this format (the message says what was expected)
	 */
	List<AnnotationSource> sources(Path path) throws IOException;

	/**
	 * The documents found at a path, for a corpus: formats whose files do not hold the whole text (CoNLL, span JSON
	 * Lines) find the documents and their text there. Others ignore the corpus.
	 *
	 * @throws IllegalArgumentException when the path holds nothing of this format, or nothing that fits the corpus
	 */
	default List<AnnotationSource> sources(Path path, Corpus corpus) throws IOException {
		return sources(path);
	}
}
