package org.dipanno.rules.defaults;

import java.net.URL;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;

/**
 * The rule files shipped in this bundle's {@code defaults/} folder, importable
 * by a well-known name: {@code import "diplomatic"} (the default diplomatic
 * schema) and {@code import "diplomatic-rules"} (the default rule set).
 */
public final class DefaultRuleFiles {

	/** Well-known name of the default diplomatic annotation schema. */
	public static final String DIPLOMATIC_SCHEMA = "diplomatic";
	/** Well-known name of the default rule set for the diplomatic schema. */
	public static final String DIPLOMATIC_RULES = "diplomatic-rules";

	private static final Map<String, String> FILES_BY_NAME = Map.of(
			DIPLOMATIC_SCHEMA, "diplomatic-schema.dar",
			DIPLOMATIC_RULES, "diplomatic-rules.dar");

	private DefaultRuleFiles() {
	}

	/** A well-known name is an import string without the {@code .dar} extension. */
	public static boolean isWellKnownName(String importString) {
		return FILES_BY_NAME.containsKey(importString);
	}

	public static Iterable<String> wellKnownNames() {
		return FILES_BY_NAME.keySet().stream().sorted().toList();
	}

	/** The location of a bundled file, e.g. {@code diplomatic-schema.dar} or {@code lexicons/titles.txt}. */
	public static Optional<URI> bundledFile(String pathInDefaults) {
		URL url = DefaultRuleFiles.class.getResource("/defaults/" + pathInDefaults);
		return Optional.ofNullable(url).map(found -> URI.createURI(found.toString()));
	}

	/** The location of the file a well-known name stands for, if it is one. */
	public static Optional<URI> resolveWellKnownName(String importString) {
		String file = FILES_BY_NAME.get(importString);
		return file == null ? Optional.empty() : bundledFile(file);
	}
}
