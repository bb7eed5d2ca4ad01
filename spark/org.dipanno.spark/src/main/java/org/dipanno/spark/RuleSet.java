package org.dipanno.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.RuleCompilationException;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.rules.EngineRulesSetup;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.engine.rules.RuleFileCompiler.CompiledRules;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The rule file a job applies: a bundled rule set by name, or a file whose folder (with the files it imports and its
 * word lists) is shipped to the executors. The driver checks it with the rule language's validator before any task
 * runs; each executor JVM compiles it once and shares the compiled engine (thread-safe) among its tasks.
 *
 * @param name       the bundled rule set's name, or the rule file's name inside {@code folderName}
 * @param bundled    whether {@code name} is a bundled rule set
 * @param folderName the shipped folder's name (see {@code SparkContext.addFile}), null for a bundled set
 * @param checkId    made when the driver checked the file: a later job in the same JVMs compiles its own copy
 */
public record RuleSet(String name, boolean bundled, String folderName, String checkId) implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final Map<String, CompiledRules> COMPILED = new ConcurrentHashMap<>();

	private static Injector injector;

	/** A rule file with errors: the message lists them as {@code file:line:col: error: message [code]}. */
	public static final class RuleFileException extends Exception {
		private static final long serialVersionUID = 1L;

		public RuleFileException(String message) {
			super(message);
		}
	}

	/**
	 * Checks and compiles the rule file on the driver.
	 *
	 * @param nameOrPath a bundled rule set's name or a rule file path
	 * @return the rule set to ship, and the compiled rules for the report
	 * @throws RuleFileException when the file is missing or has errors (nothing is run then)
	 */
	public static Checked check(String nameOrPath) throws RuleFileException {
		if (DefaultRuleFiles.isWellKnownName(nameOrPath)) {
			URI uri = DefaultRuleFiles.resolveWellKnownName(nameOrPath).orElseThrow();
			return new Checked(new RuleSet(nameOrPath, true, null, java.util.UUID.randomUUID().toString()), null,
					compile(uri, nameOrPath));
		}
		Path file = Path.of(nameOrPath).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			throw new RuleFileException(nameOrPath + ": no such rule file (give a .dar file or one of "
					+ String.join(", ", DefaultRuleFiles.wellKnownNames()) + ")");
		}
		CompiledRules rules = compile(URI.createFileURI(file.toString()), nameOrPath);
		return new Checked(new RuleSet(file.getFileName().toString(), false, file.getParent().getFileName().toString(),
				java.util.UUID.randomUUID().toString()),
				file.getParent(), rules);
	}

	/** A checked rule set: what to ship and, for a file, the folder to ship with it. */
	public record Checked(RuleSet ruleSet, Path folder, CompiledRules compiled) {
	}

	/** The compiled rules in this JVM, compiled on first use (once per executor). */
	public CompiledRules compiled() {
		return COMPILED.computeIfAbsent(checkId, key -> {
			URI uri = bundled ? DefaultRuleFiles.resolveWellKnownName(name).orElseThrow()
					: URI.createFileURI(Path.of(org.apache.spark.SparkFiles.get(folderName), name).toString());
			try {
				return compile(uri, name);
			} catch (RuleFileException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		});
	}

	private static CompiledRules compile(URI uri, String shownName) throws RuleFileException {
		Injector rulesInjector = injector();
		XtextResourceSet resourceSet = rulesInjector.getInstance(XtextResourceSet.class);
		Resource resource;
		try {
			resource = resourceSet.getResource(uri, true);
		} catch (RuntimeException e) {
			throw new RuleFileException(shownName + ": cannot be read: " + e.getMessage());
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
			throw new RuleFileException(shownName + ": not a rule file");
		}
		List<Issue> errors = rulesInjector.getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			StringBuilder message = new StringBuilder();
			for (Issue issue : errors) {
				message.append(format(uri, issue)).append('\n');
			}
			message.append("the rule file has ").append(errors.size()).append(" error(s); nothing was run");
			throw new RuleFileException(message.toString());
		}
		try {
			return RuleFileCompiler.compile(file, VietnameseKeys.INSTANCE, EngineOptions.defaults());
		} catch (RuleCompilationException e) {
			throw new RuleFileException(shownName + ": " + e.getMessage());
		}
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new EngineRulesSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** A diagnostic as compilers print it: {@code file:line:col: severity: message [code]}. */
	private static String format(URI file, Issue issue) {
		URI uri = issue.getUriToProblem() == null ? file : issue.getUriToProblem().trimFragment();
		String name = uri.isFile() ? uri.toFileString() : uri.lastSegment();
		return name + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
				+ issue.getSeverity().name().toLowerCase(Locale.ROOT) + ": " + issue.getMessage()
				+ (issue.getCode() == null ? "" : " [" + issue.getCode() + "]");
	}
}
