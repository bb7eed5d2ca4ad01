package org.dipanno.export.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The annotation formats that can be imported, by name. */
public final class AnnotationReaders {

	private static final Map<String, AnnotationReader> READERS = new LinkedHashMap<>();

	static {
		for (AnnotationReader reader : new AnnotationReader[] { new BratReader(), new ConllReader(), new SpanJsonlReader() }) {
			READERS.put(reader.format(), reader);
		}
	}

	private AnnotationReaders() {
	}

	/** The format names, in the order help texts list them. */
	public static Set<String> formats() {
		return READERS.keySet();
	}

	/** @throws IllegalArgumentException naming the known formats when there is no such format */
	public static AnnotationReader forFormat(String format) {
		AnnotationReader reader = READERS.get(format);
		if (reader == null) {
			throw new IllegalArgumentException("unknown annotation format \"" + format + "\"; known: "
					+ String.join(", ", READERS.keySet()));
		}
		return reader;
	}

	public static Map<String, AnnotationReader> all() {
		return java.util.Collections.unmodifiableMap(READERS);
	}
}
