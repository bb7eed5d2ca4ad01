package org.dipanno.ui.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.engine.rules.RuleSets;

/**
 * The rule set the workbench applies to a corpus (see {@link RuleSets}: the corpus's {@code rules/*.dar}, else the
 * bundled default set), compiled again only when those files change.
 */
public final class WorkbenchRules {

	private static List<Object> compiledFrom;
	private static RuleFileCompiler.CompiledRules compiled;
	private static String compiledOrigin;

	private WorkbenchRules() {
	}

	/**
	 * The compiled rule set of the corpus in the folder.
	 *
	 * @throws org.dipanno.engine.RuleCompilationException when its files have errors (the first ones named)
	 */
	public static synchronized RuleFileCompiler.CompiledRules forCorpus(Path corpusFolder) throws IOException {
		List<Object> key = new ArrayList<>();
		key.add(corpusFolder);
		for (Path file : RuleSets.corpusRuleFiles(corpusFolder)) {
			key.add(file);
			key.add(Files.getLastModifiedTime(file));
			key.add(Files.size(file));
		}
		if (compiled == null || !key.equals(compiledFrom)) {
			var ruleSet = RuleSets.forCorpus(corpusFolder);
			compiled = ruleSet.compile();
			compiledOrigin = ruleSet.origin();
			compiledFrom = key;
		}
		return compiled;
	}

	/** A compiled rule set and what it is ("the corpus's rules (rules/, 2 files)", "the bundled rules ..."). */
	public record Described(RuleFileCompiler.CompiledRules rules, String origin) {
	}

	/** The compiled rule set of the corpus in the folder, with what it is (see {@link #forCorpus}). */
	public static synchronized Described describedForCorpus(Path corpusFolder) throws IOException {
		RuleFileCompiler.CompiledRules rules = forCorpus(corpusFolder);
		return new Described(rules, compiledOrigin);
	}
}
