package org.dipanno.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.dipanno.engine.RunProblem;
import org.dipanno.engine.corpus.CorpusAnnotator;
import org.dipanno.engine.corpus.CorpusRuleRun;
import org.dipanno.model.Document;
import org.dipanno.model.persistence.CorpusLock;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.model.persistence.StreamedCorpus;

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
				Usage: dipanno-cli annotate [--corpus DIR] [--rules FILE] [--threads N]

				Compiles the rule file once and applies it to every document (body and lead zones).
				Proposals still waiting for a decision are replaced; accepted and rejected ones are
				kept, and what was rejected is not proposed again. A rule file with errors is not run.

				  --corpus DIR   corpus folder (default workspace/corpus; made from the seeds when missing)
				  --rules FILE   a .dar file, or a bundled one by name (default: the corpus's
				                 rules/*.dar, else the bundled diplomatic-rules)
				  --zones Z,...  the zones rules match in (default lead,body; also title, caption)
				  --threads N    documents annotated at once (default: the number of processors); the
				                 results are the same whatever the number
				  --stats        print documents, megabytes, wall and CPU time and peak heap at the end

				Each document is saved as soon as it is annotated (as Apply Rules to Corpus does in the
				workbench); one that cannot be saved is named and left as it was on disk.

				Exit codes: 0 annotated, 1 rule file errors or a document not annotated, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, CommandRules.OPTION, "zones",
				Threads.OPTION), Set.of(RunStatistics.OPTION));
		if (!parsed.operands().isEmpty()) {
			throw new UsageException("annotate takes no operands");
		}
		int threads = Threads.of(parsed);
		var compiled = CommandRules.compile(CommandRules.of(parsed, CorpusFolder.of(parsed)), console,
				CommandRules.options(parsed));
		if (compiled == null) {
			return 1;
		}
		Path folder = CorpusFolder.of(parsed);
		RunStatistics statistics = RunStatistics.wanted(parsed) ? new RunStatistics() : null;
		try (CorpusLock lock = CorpusFolder.lockForWriting(folder, "annotate", false)) {
			StreamedCorpus corpus = CorpusFolder.open(folder, console);
			console.progress("applying " + compiled.engine().ruleCount() + " rules from " + String.join(", ", compiled.files())
					+ " to " + corpus.size() + " documents");
			console.out().printf(Locale.ROOT, "%-24s %9s %7s %8s%n", "document", "entities", "events", "kept");
			ProgressMeter meter = ProgressMeter.on(console, "annotate", corpus.size());
			AtomicLong bytes = new AtomicLong();
			// The workbench's loop: each document saved as soon as it is annotated, a failure reverts that one only.
			CorpusRuleRun.Summary summary = CorpusRuleRun.run(documents(corpus, bytes), document -> null,
					CorpusRuleRun.annotateAndSave(new CorpusAnnotator(compiled.engine()),
							CorpusRuleRun.fileStore(new CorpusStore())),
					new CorpusRuleRun.Progress() {
						@Override
						public boolean isCanceled() {
							return false;
						}

						@Override
						public void documentStarted(Document document, int index, int total) {
							// one line per document once it is done
						}

						@Override
						public void documentFinished(int done, int total) {
							meter.update(done, bytes.get());
						}
					}, threads);
			meter.finish();
			int problems = 0;
			for (CorpusAnnotator.DocumentReport report : summary.annotated()) {
				console.out().printf(Locale.ROOT, "%-24s %9d %7d %8d%n", report.documentId(), report.entities(),
						report.events(), report.skippedAsDecided());
				for (RunProblem problem : report.problems()) {
					console.error(problem.toString());
				}
				problems += report.problems().size();
			}
			for (CorpusRuleRun.Failed failed : summary.failed()) {
				console.error(failed.documentId() + ": not annotated: " + failed.message());
			}
			console.out().println(summary.entities() + " entity and " + summary.events() + " event proposals in "
					+ summary.annotated().size() + " of " + summary.total() + " documents"
					+ (problems == 0 ? "" : "; " + problems + " rule(s) stopped, see above") + "; saved " + folder);
			if (statistics != null) {
				console.progress(statistics.describe("annotate", summary.total(), bytes.get(), threads));
			}
			return summary.failed().isEmpty() ? 0 : 1;
		}
	}

	/** The corpus's documents loaded as the run takes them up and dropped after, their text counted in bytes. */
	private static CorpusRuleRun.Documents documents(StreamedCorpus corpus, AtomicLong bytes) {
		return new CorpusRuleRun.Documents() {
			@Override
			public int size() {
				return corpus.size();
			}

			@Override
			public String id(int index) {
				return corpus.documentId(index);
			}

			@Override
			public Document load(int index) throws Exception {
				Document document = corpus.load(index);
				bytes.addAndGet(StreamedCorpus.utf8Length(document.getText()));
				return document;
			}

			@Override
			public void release(Document document) {
				corpus.release(document);
			}
		};
	}
}
