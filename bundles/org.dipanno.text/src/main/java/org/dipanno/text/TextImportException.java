package org.dipanno.text;

/**
 * A file that cannot be imported as text. The message names the file and the
 * problem (and the byte offset or line where there is one); nothing is imported.
 */
public final class TextImportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why a file was rejected. */
	public enum Problem {
		/** The bytes are not well-formed UTF-8. */
		NOT_UTF8,
		/** NUL bytes or too many control characters: not a text file. */
		BINARY,
		/** No bytes, or only whitespace and invisible characters. */
		EMPTY,
		/** One line is longer than {@link TextNormalizer#MAX_LINE_CHARS}. */
		LINE_TOO_LONG,
		/** The file is larger than {@link TextNormalizer#MAX_FILE_BYTES}. */
		FILE_TOO_LARGE
	}

	private final String sourceName;
	private final Problem problem;
	private final long byteOffset;

	TextImportException(String sourceName, Problem problem, long byteOffset, String detail) {
		super(sourceName + ": " + detail);
		this.sourceName = sourceName;
		this.problem = problem;
		this.byteOffset = byteOffset;
	}

	/** The name of the rejected file, as given to the importer. */
	public String sourceName() {
		return sourceName;
	}

	public Problem problem() {
		return problem;
	}

	/** The byte offset in the file where the problem was found, or -1 if it has none. */
	public long byteOffset() {
		return byteOffset;
	}
}
