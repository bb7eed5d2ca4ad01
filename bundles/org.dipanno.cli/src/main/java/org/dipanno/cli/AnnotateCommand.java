package org.dipanno.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dipanno.engine.RunProblem;
import org.dipanno.engine.corpus.CorpusAnnotator;
import org.dipanno.model.Corpus;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;

/** Applies a rule file to a corpus: the results become proposals in each document's rules set. */
final class AnnotateCommand implements Command {

	@Override
	public String name() {
		return "annotate";
	}

	@Override
	public String summary() {
		return "apply rules to the corpus: proposals with the rule (file, line) that made each";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli annotate [--corpus DIR] [--rules FILE]

				Compiles the rule file once and applies it to every document (body and lead zones).
				Proposals still waiting for a decision are replaced; accepted and rejected ones are
				kept, and what was rejected is not proposed again. A rule file with errors is not run.

				  --corpus DIR   corpus folder (default workspace/corpus; made from the seeds when missing)
				  --rules FILE   a .dar file, or a bundled one by name (default diplomatic-rules)
				  --zones Z,...  the zones rules match in (default lead,body; also title, caption)

				Exit codes: 0 annotated, 1 rule file errors or failure, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, "rules", "zones"), Set.of());
		if (!parsed.operands().isEmpty()) {
			throw new UsageException("annotate takes no operands");
		}
		var compiled = new RuleFileLoader().compileForRunning(parsed.value("rules", RuleFileLoader.DEFAULT_RULES),
				console, RuleFileLoader.options(parsed));
		if (compiled == null) {
			return 1;
		}
		Path folder = CorpusFolder.of(parsed);
		try (CorpusLock lock = CorpusFolder.lockForWriting(folder, "annotate", false)) {
			Corpus corpus = CorpusFolder.load(folder, console);
			console.progress("applying " + compiled.engine().ruleCount() + " rules from " + String.join(", ", compiled.files())
					+ " to " + corpus.getDocuments().size() + " documents");
			CorpusAnnotator annotator = new CorpusAnnotator(compiled.engine());
			int entities = 0;
			int events = 0;
			int problems = 0;
			console.out().printf(Locale.ROOT, "%-24s %9s %7s %8s%n", "document", "entities", "events", "kept");
			for (var document : corpus.getDocuments()) {
				CorpusAnnotator.DocumentReport report = annotator.annotate(document);
				console.out().printf(Locale.ROOT, "%-24s %9d %7d %8d%n", report.documentId(), report.entities(),
						report.events(), report.skippedAsDecided());
				for (RunProblem problem : report.problems()) {
					console.error(problem.toString());
				}
				entities += report.entities();
				events += report.events();
				problems += report.problems().size();
			}
			new CorpusStore().save(corpus, folder);
			console.out().println(entities + " entity and " + events + " event proposals in " + corpus.getDocuments().size()
					+ " documents" + (problems == 0 ? "" : "; " + problems + " rule(s) stopped, see above") + "; saved "
					+ folder);
			return 0;
		}
	}
}
