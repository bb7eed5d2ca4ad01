package org.dipanno.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dipanno.engine.rules.RuleSet;
import org.dipanno.engine.rules.RuleSets;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Checks rule files like a compiler, running their examples through the engine. */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "check rule files (.dar) and run their examples; diagnostics as file:line:col: severity: message";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli validate [--infos] [--corpus DIR] [RULE_FILE...]

				Parses and validates rule files with the same checks as the editor, and runs each
				file's examples through the rule engine (a failing example is an error on it, saying
				what was expected and what came out). Without files it checks the corpus's rule set:
				its rules/*.dar, or the bundled default set (diplomatic-rules) when it has none.

				  --infos        also print informational diagnostics
				  --corpus DIR   corpus folder whose rules are checked (default workspace/corpus)

				Exit codes: 0 no errors, 1 errors found, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION), Set.of("infos"));
		RuleSet rules = parsed.operands().isEmpty() ? RuleSets.forCorpus(CorpusFolder.of(parsed))
				: CommandRules.named(parsed.operands());
		console.progress("checking " + rules.origin());
		int errors = 0;
		int warnings = 0;
		for (RuleFile file : rules.files()) {
			List<Issue> issues = new ArrayList<>(rules.issues().stream()
					.filter(issue -> issue.getUriToProblem() == null
							|| issue.getUriToProblem().trimFragment().equals(file.eResource().getURI()))
					.toList());
			issues.sort((a, b) -> Integer.compare(nullToZero(a.getLineNumber()), nullToZero(b.getLineNumber())));
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.ERROR) {
					errors++;
				} else if (issue.getSeverity() == Severity.WARNING) {
					warnings++;
				} else if (!parsed.flag("infos")) {
					continue;
				}
				console.out().println(rules.format(issue));
			}
		}
		console.out().println(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
				+ (warnings == 1 ? "" : "s") + " in " + rules.files().size() + " file" + (rules.files().size() == 1 ? "" : "s"));
		return errors == 0 ? 0 : 1;
	}

	private static int nullToZero(Integer value) {
		return value == null ? 0 : value;
	}
}
