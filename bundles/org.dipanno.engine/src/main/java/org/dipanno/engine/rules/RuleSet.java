package org.dipanno.engine.rules;

import java.util.List;
import java.util.Locale;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.RuleCompilationException;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * A loaded rule set: its root files (parsed with the rule language, imports resolved in one resource set), their
 * diagnostics and, when they have no errors, the compiled engine. Made by {@link RuleSets}.
 */
public final class RuleSet {

	private final List<RuleFile> files;
	private final String origin;
	private final IResourceValidator validator;
	private List<Issue> issues;

	RuleSet(List<RuleFile> files, String origin, IResourceValidator validator) {
		this.files = List.copyOf(files);
		this.origin = origin;
		this.validator = validator;
	}

	/** The root files of the set (each compiled with what it imports). */
	public List<RuleFile> files() {
		return files;
	}

	/** Where the set comes from, for messages: e.g. "the corpus's rules (2 files)" or "the bundled diplomatic-rules". */
	public String origin() {
		return origin;
	}

	/** Every diagnostic of the root files (syntax, links, checks, examples run through the engine), by file. */
	public synchronized List<Issue> issues() {
		if (issues == null) {
			issues = files.stream()
					.flatMap(file -> validator.validate(file.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream())
					.toList();
		}
		return issues;
	}

	public List<Issue> errors() {
		return issues().stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}

	/**
	 * Compiles the set for running.
	 *
	 * @throws RuleCompilationException when the files have errors (the first ones named) or cannot be compiled
	 */
	public RuleFileCompiler.CompiledRules compile() {
		return compile(EngineOptions.defaults());
	}

	/**
	 * Compiles the set for running with these options (e.g. the zones rules match in).
	 *
	 * @throws RuleCompilationException when the files have errors (the first ones named) or cannot be compiled
	 */
	public RuleFileCompiler.CompiledRules compile(EngineOptions options) {
		List<Issue> errors = errors();
		if (!errors.isEmpty()) {
			StringBuilder message = new StringBuilder(origin + " has " + errors.size() + " error(s)");
			errors.stream().limit(3).forEach(error -> message.append("\n").append(format(error)));
			throw new RuleCompilationException(message.toString());
		}
		return RuleFileCompiler.compile(files, VietnameseKeys.INSTANCE, options);
	}

	/** A diagnostic as compilers print it: {@code file:line:col: severity: message [code]}. */
	public String format(Issue issue) {
		URI uri = issue.getUriToProblem() == null ? files.get(0).eResource().getURI()
				: issue.getUriToProblem().trimFragment();
		String name = uri.isFile() ? uri.toFileString() : uri.lastSegment();
		return name + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": "
				+ issue.getSeverity().name().toLowerCase(Locale.ROOT) + ": " + issue.getMessage()
				+ (issue.getCode() == null ? "" : " [" + issue.getCode() + "]");
	}
}
