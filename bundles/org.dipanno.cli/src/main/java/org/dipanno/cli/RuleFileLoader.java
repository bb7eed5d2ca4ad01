package org.dipanno.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.engine.rules.EngineRulesSetup;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Loads rule files the way the editor does (the one grammar, its scoping and validation), with the engine registered
 * to run the files' examples.
 */
final class RuleFileLoader {

	/** The rule set used when none is named: the bundled default rules for the diplomatic schema. */
	static final String DEFAULT_RULES = DefaultRuleFiles.DIPLOMATIC_RULES;

	private static Injector injector;

	private final XtextResourceSet resourceSet;

	RuleFileLoader() {
		synchronized (RuleFileLoader.class) {
			if (injector == null) {
				injector = new EngineRulesSetup().createInjectorAndDoEMFRegistration();
			}
		}
		resourceSet = injector.getInstance(XtextResourceSet.class);
	}

	/** A rule file by path, or a bundled file by its well-known name (e.g. "diplomatic-rules"). */
	RuleFile load(String nameOrPath) throws UsageException {
		URI uri;
		if (DefaultRuleFiles.isWellKnownName(nameOrPath)) {
			uri = DefaultRuleFiles.resolveWellKnownName(nameOrPath).orElseThrow();
		} else {
			Path path = Path.of(nameOrPath).toAbsolutePath().normalize();
			if (!Files.isRegularFile(path)) {
				throw new UsageException(nameOrPath + ": no such rule file (give a .dar file or one of "
						+ String.join(", ", DefaultRuleFiles.wellKnownNames()) + ")");
			}
			uri = URI.createFileURI(path.toString());
		}
		Resource resource = resourceSet.getResource(uri, true);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
			throw new UsageException(nameOrPath + ": not a rule file");
		}
		return file;
	}

	List<Issue> validate(RuleFile file) {
		return injector.getInstance(IResourceValidator.class).validate(file.eResource(), CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/**
	 * Loads, validates and compiles a rule file for running; a file with errors is not compiled: its errors are
	 * printed and {@code null} comes back.
	 */
	org.dipanno.engine.rules.RuleFileCompiler.CompiledRules compileForRunning(String nameOrPath, Console console)
			throws UsageException {
		return compileForRunning(nameOrPath, console, org.dipanno.engine.EngineOptions.defaults());
	}

	/** The same, matching in the zones of the options. */
	org.dipanno.engine.rules.RuleFileCompiler.CompiledRules compileForRunning(String nameOrPath, Console console,
			org.dipanno.engine.EngineOptions options) throws UsageException {
		RuleFile file = load(nameOrPath);
		List<Issue> errors = validate(file).stream()
				.filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			errors.forEach(issue -> console.err().println(format(file, issue)));
			console.error("the rule file has " + errors.size() + " error(s); nothing was run");
			return null;
		}
		return org.dipanno.engine.rules.RuleFileCompiler.compile(file,
				org.dipanno.engine.lexicon.VietnameseKeys.INSTANCE, options);
	}

	/** The option {@code --zones title,lead,body}: the zones rules match in (default: lead and body). */
	static org.dipanno.engine.EngineOptions options(Arguments parsed) throws UsageException {
		org.dipanno.engine.EngineOptions defaults = org.dipanno.engine.EngineOptions.defaults();
		String value = parsed.value("zones", null);
		if (value == null) {
			return defaults;
		}
		java.util.Set<org.dipanno.text.ZoneKind> zones = java.util.EnumSet
				.noneOf(org.dipanno.text.ZoneKind.class);
		for (String name : value.split(",")) {
			try {
				zones.add(org.dipanno.text.ZoneKind.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--zones takes zones among title, lead, body, caption, not \"" + name + "\"");
			}
		}
		return defaults.withTargetZones(zones);
	}

	/** A diagnostic as compilers print it: {@code file:line:col: severity: message [code]}. */
	static String format(RuleFile file, Issue issue) {
		URI uri = issue.getUriToProblem() == null ? file.eResource().getURI() : issue.getUriToProblem().trimFragment();
		String name = uri.isFile() ? uri.toFileString() : uri.lastSegment();
		return name + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
				+ issue.getSeverity().name().toLowerCase(java.util.Locale.ROOT) + ": " + issue.getMessage()
				+ (issue.getCode() == null ? "" : " [" + issue.getCode() + "]");
	}
}
