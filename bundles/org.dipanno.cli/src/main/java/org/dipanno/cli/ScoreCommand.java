package org.dipanno.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dipanno.engine.Conflict;
import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.corpus.EngineDocuments;
import org.dipanno.engine.scoring.GoldSpan;
import org.dipanno.engine.scoring.PredictedSpan;
import org.dipanno.engine.scoring.RuleScorer;
import org.dipanno.engine.scoring.ScoreTable;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.MentionStatus;
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
				  --rules FILE     a .dar file, or a bundled one by name (default diplomatic-rules)
				  --against SET    gold (default) or annotator:NAME""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, "rules", "against"), Set.of());
		AnnotationSelection reference = ExportCommand.selection(parsed.value("against", "gold"));
		var compiled = new RuleFileLoader().compileForRunning(parsed.value("rules", RuleFileLoader.DEFAULT_RULES),
				console);
		if (compiled == null) {
			return 1;
		}
		Corpus corpus = CorpusFolder.load(CorpusFolder.of(parsed), console);
		List<GoldSpan> gold = new ArrayList<>();
		List<PredictedSpan> predicted = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		for (Document document : corpus.getDocuments()) {
			documents.add(document.getId());
			AnnotationSet set = document.findAnnotationSet(DocumentOperations.annotationSetId(reference.kind(),
					reference.annotator()));
			if (set != null) {
				for (EntityMention mention : set.getEntityMentions()) {
					if (mention.getStatus() != MentionStatus.REJECTED && mention.getType() != null) {
						gold.add(new GoldSpan(document.getId(), mention.getStart(), mention.getEnd(),
								mention.getType().getName()));
					}
				}
			}
			DocumentResult result = compiled.engine().run(EngineDocuments.of(document, compiled.engine().options().keys()));
			for (EntityProposal proposal : result.entities()) {
				predicted.add(predicted(document, proposal));
			}
			for (Conflict conflict : result.conflicts()) {
				if (conflict.loser() instanceof EntityProposal loser) {
					predicted.add(predicted(document, loser));
				}
			}
		}
		if (gold.isEmpty()) {
			console.error("score: the corpus has no annotations in " + reference.describe()
					+ " to score against; choose a set with --against");
			return 1;
		}
		console.out().print(ScoreTable.render(RuleScorer.score(gold, predicted, documents)));
		return 0;
	}

	private static PredictedSpan predicted(Document document, EntityProposal proposal) {
		return new PredictedSpan(document.getId(), proposal.start(), proposal.end(), proposal.type(),
				proposal.rule().ruleName());
	}
}
