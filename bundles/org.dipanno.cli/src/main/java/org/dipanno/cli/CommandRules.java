package org.dipanno.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dipanno.engine.EngineOptions;
import org.dipanno.text.ZoneKind;

import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.engine.rules.RuleSet;
import org.dipanno.engine.rules.RuleSets;
import org.eclipse.xtext.validation.Issue;

/**
 * The rule set a command uses: the file given with {@code --rules}, else the corpus's own rule files
 * ({@code rules/*.dar}), else the bundled default set (see {@link RuleSets}).
 */
final class CommandRules {

	static final String OPTION = "rules";
	private CommandRules() {
	}

	static RuleSet of(Arguments arguments, Path corpusFolder) throws UsageException, IOException {
		String named = arguments.value(OPTION, null);
		return named == null ? RuleSets.forCorpus(corpusFolder) : named(List.of(named));
	}

	static RuleSet named(List<String> namesOrPaths) throws UsageException {
		try {
			return RuleSets.named(namesOrPaths);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/** The set compiled for running; a set with errors is not compiled: its errors are printed and null comes back. */
	static RuleFileCompiler.CompiledRules compile(RuleSet rules, Console console) {
		return compile(rules, console, EngineOptions.defaults());
	}

	/** The same, matching in the zones of the options. */
	static RuleFileCompiler.CompiledRules compile(RuleSet rules, Console console, EngineOptions options) {
		List<Issue> errors = rules.errors();
		if (!errors.isEmpty()) {
			errors.forEach(issue -> console.err().println(rules.format(issue)));
			console.error(rules.origin() + " has " + errors.size() + " error(s); nothing was run");
			return null;
		}
		console.progress("rules: " + rules.origin());
		return rules.compile(options);
	}

	/** The option {@code --zones title,lead,body}: the zones rules match in (default: lead and body). */
	static EngineOptions options(Arguments parsed) throws UsageException {
		EngineOptions defaults = EngineOptions.defaults();
		String value = parsed.value("zones", null);
		if (value == null) {
			return defaults;
		}
		Set<ZoneKind> zones = EnumSet.noneOf(ZoneKind.class);
		for (String name : value.split(",")) {
			try {
				zones.add(ZoneKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--zones takes zones among title, lead, body, caption, not \"" + name + "\"");
			}
		}
		return defaults.withTargetZones(zones);
	}
}
