package org.dipanno.cli;

import java.util.List;
import java.util.Set;

import org.dipanno.engine.scoring.CorpusScoring;
import org.dipanno.engine.scoring.ScoreTable;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.model.Corpus;
import org.dipanno.model.custom.DocumentOperations;

/** How good each rule is against a reference set: precision, recall, F1, coverage, overlaps and conflicts. */
final class ScoreCommand implements Command {

	@Override
	public String name() {
		return "score";
	}

	@Override
	public String summary() {
		return "score each rule against gold (or an annotator): TP/FP/FN, P/R/F1 exact and overlap, coverage, conflicts";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli score [--corpus DIR] [--rules FILE] [--against gold|annotator:NAME]

				Runs the rules on every document (without saving anything) and compares each rule's
				entity matches, the ones that won and the ones that lost a conflict, with the reference
				set (rejected annotations excluded): exact span and type, and overlap with the type.

				  --corpus DIR     corpus folder (default workspace/corpus)
				  --rules FILE     a .dar file, or a bundled one by name (default: the corpus's
				                   rules/*.dar, else the bundled diplomatic-rules)
				  --against SET    gold (default) or annotator:NAME""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, CommandRules.OPTION, "against"), Set.of());
		AnnotationSelection reference = ExportCommand.selection(parsed.value("against", "gold"));
		var compiled = CommandRules.compile(CommandRules.of(parsed, CorpusFolder.of(parsed)), console);
		if (compiled == null) {
			return 1;
		}
		Corpus corpus = CorpusFolder.load(CorpusFolder.of(parsed), console);
		CorpusScoring.Result result = CorpusScoring.run(compiled.engine(), corpus.getDocuments(),
				DocumentOperations.annotationSetId(reference.kind(), reference.annotator()), () -> false);
		if (result.referenceMentions() == 0) {
			console.error("score: the corpus has no annotations in " + reference.describe()
					+ " to score against; choose a set with --against");
			return 1;
		}
		console.out().print(ScoreTable.render(result.report()));
		return 0;
	}
}
