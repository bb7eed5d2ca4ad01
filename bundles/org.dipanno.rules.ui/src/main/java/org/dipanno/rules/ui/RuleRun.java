package org.dipanno.rules.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.dipanno.engine.RuleCompilationException;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.engine.rules.RuleSets;
import org.dipanno.engine.scoring.CorpusScoring;
import org.dipanno.model.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs the corpus's rule set (its saved {@code rules/*.dar}, else the bundled set) on documents in the background,
 * changing nothing, and scores each rule against a reference set; the outcome goes to a consumer.
 */
public final class RuleRun extends Job {

	/** The family of these jobs. */
	public static final Object FAMILY = RuleRun.class;

	/** What a run found, or why it could not run. */
	public record Outcome(String scope, String ruleSet, String referenceSetId, CorpusScoring.Result result,
			String problem) {
	}

	private final Path corpusFolder;
	private final List<Document> documents;
	private final String scope;
	private final String referenceSetId;
	private final Consumer<Outcome> done;

	public RuleRun(Path corpusFolder, List<Document> documents, String scope, String referenceSetId,
			Consumer<Outcome> done) {
		super("Running the rules on " + scope);
		this.corpusFolder = corpusFolder;
		this.documents = List.copyOf(documents);
		this.scope = scope;
		this.referenceSetId = referenceSetId;
		this.done = done;
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		String ruleSet = "rules";
		try {
			var rules = RuleSets.forCorpus(corpusFolder);
			ruleSet = rules.origin();
			RuleFileCompiler.CompiledRules compiled = rules.compile();
			CorpusScoring.Result result = CorpusScoring.run(compiled.engine(), documents, referenceSetId,
					monitor::isCanceled);
			done.accept(new Outcome(scope, ruleSet, referenceSetId, result, null));
			return Status.OK_STATUS;
		} catch (RuleCompilationException e) {
			done.accept(new Outcome(scope, ruleSet, referenceSetId, null, e.getMessage()));
			return Status.OK_STATUS;
		} catch (Exception e) {
			done.accept(new Outcome(scope, ruleSet, referenceSetId, null,
					"The rules could not be run: " + e.getMessage()));
			return Status.error("The rules could not be run", e);
		} finally {
			monitor.done();
		}
	}
}
