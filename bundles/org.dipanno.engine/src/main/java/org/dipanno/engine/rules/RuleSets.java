package org.dipanno.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Injector;

/**
 * The one way the command line and the workbench load a rule set: a corpus's own rule files ({@code rules/*.dar}
 * beside {@code corpus.xml}) when it has them, the bundled default set otherwise, or files named on the command
 * line. Files are parsed and validated by the rule language (its examples run through this engine) and compiled by
 * {@link RuleFileCompiler}.
 */
public final class RuleSets {

	/** The folder of a corpus that holds its rule files. */
	public static final String CORPUS_RULES_FOLDER = "rules";
	/** The rule files' extension. */
	public static final String EXTENSION = "dar";
	/** The set used when a corpus has no rule files of its own. */
	public static final String DEFAULT_RULES = DefaultRuleFiles.DIPLOMATIC_RULES;

	private static Injector injector;

	private RuleSets() {
	}

	/** The rule language's injector, with the engine registered to run the files' examples (made once). */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new EngineRulesSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The corpus's rule files, {@code rules/*.dar} sorted by name; empty when it has none. */
	public static List<Path> corpusRuleFiles(Path corpusFolder) throws IOException {
		Path folder = corpusFolder.resolve(CORPUS_RULES_FOLDER);
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*." + EXTENSION)) {
				entries.forEach(file -> {
					if (Files.isRegularFile(file)) {
						files.add(file.toAbsolutePath().normalize());
					}
				});
			}
		}
		files.sort(null);
		return files;
	}

	/** The rule set a corpus uses: its own rule files when it has them, the bundled default set otherwise. */
	public static RuleSet forCorpus(Path corpusFolder) throws IOException {
		List<Path> files = corpusRuleFiles(corpusFolder);
		if (files.isEmpty()) {
			return named(List.of(DEFAULT_RULES));
		}
		return load(files.stream().map(file -> URI.createFileURI(file.toString())).toList(),
				"the corpus's rules (" + corpusFolder.relativize(files.get(0).getParent()) + "/, " + files.size()
						+ " file" + (files.size() == 1 ? "" : "s") + ")");
	}

	/**
	 * Rule files by path, or bundled ones by their well-known name (e.g. "diplomatic-rules").
	 *
	 * @throws IllegalArgumentException naming a file that does not exist or is not a rule file
	 */
	public static RuleSet named(List<String> namesOrPaths) {
		List<URI> uris = new ArrayList<>();
		for (String nameOrPath : namesOrPaths) {
			Optional<URI> bundled = DefaultRuleFiles.resolveWellKnownName(nameOrPath);
			if (bundled.isPresent()) {
				uris.add(bundled.get());
				continue;
			}
			Path path = Path.of(nameOrPath).toAbsolutePath().normalize();
			if (!Files.isRegularFile(path)) {
				throw new IllegalArgumentException(nameOrPath + ": no such rule file (give a ." + EXTENSION
						+ " file or one of " + String.join(", ", DefaultRuleFiles.wellKnownNames()) + ")");
			}
			uris.add(URI.createFileURI(path.toString()));
		}
		String origin = namesOrPaths.size() == 1 && DefaultRuleFiles.isWellKnownName(namesOrPaths.get(0))
				? "the bundled " + namesOrPaths.get(0)
				: String.join(", ", namesOrPaths);
		return load(uris, origin);
	}

	/**
	 * Rule files by URI, in one fresh resource set.
	 *
	 * @throws IllegalArgumentException naming a file that is not a rule file
	 */
	public static RuleSet load(List<URI> uris, String origin) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		List<RuleFile> files = new ArrayList<>();
		for (URI uri : uris) {
			Resource resource = resourceSet.getResource(uri, true);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
				throw new IllegalArgumentException(uri.isFile() ? uri.toFileString() : uri.lastSegment()
						+ ": not a rule file");
			}
			files.add(file);
		}
		return new RuleSet(files, origin, injector().getInstance(IResourceValidator.class));
	}

	/**
	 * Copies the bundled default rule set (its rule file and the word lists it reads) into the corpus's rule folder,
	 * so the corpus starts from it. Existing files are not overwritten.
	 *
	 * @return the copied rule file
	 * @throws IOException when a file cannot be written, or the rule file is already there
	 */
	public static Path copyDefaultRules(Path corpusFolder) throws IOException {
		Path folder = corpusFolder.resolve(CORPUS_RULES_FOLDER);
		Path target = folder.resolve(DEFAULT_RULES + "." + EXTENSION);
		if (Files.exists(target)) {
			throw new IOException(target + " exists already");
		}
		Files.createDirectories(folder);
		URI source = DefaultRuleFiles.resolveWellKnownName(DEFAULT_RULES).orElseThrow();
		RuleFile rules = load(List.of(source), DEFAULT_RULES).files().get(0);
		for (var element : rules.getElements()) {
			if (element instanceof Lexicon lexicon && lexicon.getFile() != null) {
				Path lexiconTarget = folder.resolve(lexicon.getFile()).normalize();
				if (!lexiconTarget.startsWith(folder)) {
					throw new IOException("the bundled word list " + lexicon.getFile() + " lies outside its folder");
				}
				if (!Files.exists(lexiconTarget)) {
					Files.createDirectories(lexiconTarget.getParent());
					copy(URI.createURI(lexicon.getFile()).resolve(source), lexiconTarget);
				}
			}
		}
		copy(source, target);
		return target;
	}

	private static void copy(URI from, Path to) throws IOException {
		try (InputStream in = URIConverter.INSTANCE.createInputStream(from)) {
			Files.copy(in, to);
		}
	}
}
