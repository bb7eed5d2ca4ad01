package org.dipanno.model.persistence;

import java.io.IOException;

/** A corpus or document file that cannot be read or written; the message names the file and the problem. */
public class StoreException extends IOException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
