package org.dipanno.engine.document;

/** Maps folded keys, packed in a char array, to the dense int ids a compiled rule set knows them by. */
public interface KeyIds {

	/**
	 * The id of the key written in {@code chars[from, to)}, whose {@link String#hashCode()} is {@code stringHash},
	 * or -1.
	 */
	int idOf(char[] chars, int from, int to, int stringHash);
}
