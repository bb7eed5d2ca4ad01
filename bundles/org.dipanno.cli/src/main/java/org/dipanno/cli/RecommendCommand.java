package org.dipanno.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dipanno.engine.recommend.AnnotationRecommender;
import org.dipanno.engine.recommend.LearningSource;
import org.dipanno.engine.recommend.LearnedSurfaces;
import org.dipanno.engine.recommend.RecommenderEvaluation;
import org.dipanno.model.Corpus;
import org.dipanno.model.persistence.CorpusStore;

/** Learns surfaces and types from annotations and proposes the same surfaces elsewhere in the corpus. */
final class RecommendCommand implements Command {

	static final double DEFAULT_MIN_CONFIDENCE = 0.5;

	@Override
	public String name() {
		return "recommend";
	}

	@Override
	public String summary() {
		return "learn from annotations and propose the same surfaces elsewhere (provenance recommender)";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli recommend [--corpus DIR] [--from gold|all|annotator:NAME] [--min-confidence 0.5]
				       dipanno-cli recommend --evaluate [--learn-part 70] [--corpus DIR] [--from SET] [--min-confidence X]

				Every mention of the chosen sets (accepted or made by hand) teaches its surface, its syllables
				folded as the rules fold them (case and tone placement do not count), and its type; every
				rejected proposal teaches a rejection. The same surface elsewhere in the corpus becomes a
				proposal in the rules set with provenance "recommender" and a confidence:
				accepted / (accepted of every type + rejected of this type). A surface is proposed only when
				its type was accepted more often than rejected and the confidence reaches the minimum; never
				where that span and type were decided or already proposed, nor over a mention of the chosen sets.
				The recommender's earlier pending proposals are replaced. Run it after annotate: applying rules
				replaces every pending proposal.

				  --corpus DIR           corpus folder (default workspace/corpus)
				  --from SET             gold (default), all (gold and every annotator) or annotator:NAME
				  --min-confidence X     between 0 and 1 (default 0.5)
				  --evaluate             change nothing: split the documents by a hash of their id, learn from
				                         the set in one part, propose on the other and print precision, recall
				                         and F1 (exact span and type) against the set there, per type and in all
				  --learn-part P         percentage of documents to learn from when evaluating (default 70: the
				                         development part of releng/scripts/score-development-corpus.sh)

				Exit codes: 0 proposed (possibly nothing), 1 nothing to learn from or failure, 2 usage error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, "from", "min-confidence", "learn-part"),
				Set.of("evaluate"));
		if (!parsed.operands().isEmpty()) {
			throw new UsageException("recommend takes no operands");
		}
		LearningSource source = source(parsed.value("from", "gold"), "--from");
		AnnotationRecommender recommender = new AnnotationRecommender(minConfidence(parsed));
		long learnPart = parsed.longValue("learn-part", 70);
		if (learnPart < 1 || learnPart > 99) {
			throw new UsageException("--learn-part takes a percentage from 1 to 99, not " + learnPart);
		}
		Path folder = CorpusFolder.of(parsed);
		Corpus corpus = CorpusFolder.load(folder, console);
		if (parsed.flag("evaluate")) {
			return evaluate(corpus, source, recommender, (int) learnPart, console);
		}
		LearnedSurfaces learned = recommender.learn(corpus.getDocuments(), source);
		if (learned.mentionsLearned() == 0) {
			console.error("recommend: the set " + source.label() + " has no entity mentions to learn from"
					+ " (annotate some, import gold with import-annotations, or choose a set with --from)");
			return 1;
		}
		console.progress(learnedSummary(learned, source));
		console.out().printf(Locale.ROOT, "%-24s %9s %8s%n", "document", "proposed", "kept");
		int proposed = 0;
		for (var document : corpus.getDocuments()) {
			AnnotationRecommender.DocumentReport report = recommender.propose(document, learned, source);
			console.out().printf(Locale.ROOT, "%-24s %9d %8d%n", report.documentId(), report.proposed(),
					report.skippedAsDecided());
			proposed += report.proposed();
		}
		new CorpusStore().save(corpus, folder);
		console.out().println(proposed + " recommender " + (proposed == 1 ? "proposal" : "proposals") + " in "
				+ corpus.getDocuments().size() + " documents; saved " + folder);
		return 0;
	}

	private static int evaluate(Corpus corpus, LearningSource source, AnnotationRecommender recommender, int learnPart,
			Console console) {
		RecommenderEvaluation.Result result = RecommenderEvaluation.evaluate(corpus.getDocuments(), source, recommender,
				learnPart);
		if (result.mentionsLearned() == 0) {
			console.error("recommend: the set " + source.label() + " has no entity mentions in the part to learn from");
			return 1;
		}
		console.out().printf(Locale.ROOT, "learned from %d mentions of %s in %d documents; proposed on %d held-out documents (min confidence %.2f)%n",
				result.mentionsLearned(), source.label(), result.learnedFrom(), result.heldOut(), recommender.minConfidence());
		console.out().printf(Locale.ROOT, "%-14s %8s %8s %8s %9s %7s %7s%n", "type", "matched", "proposed", "reference",
				"precision", "recall", "F1");
		result.perType().forEach((type, score) -> printScore(console, type, score));
		printScore(console, "all", result.total());
		return 0;
	}

	private static void printScore(Console console, String type, RecommenderEvaluation.Score score) {
		console.out().printf(Locale.ROOT, "%-14s %8d %8d %8d %9.3f %7.3f %7.3f%n", type, score.matched(), score.proposed(),
				score.reference(), score.precision(), score.recall(), score.f1());
	}

	static String learnedSummary(LearnedSurfaces learned, LearningSource source) {
		return "learned " + learned.surfaces().size() + " surfaces from " + learned.mentionsLearned()
				+ " mentions of " + source.label() + " and " + learned.mentionsRejected() + " rejected proposals"
				+ (learned.mentionsOffTokens() == 0 ? ""
						: "; " + learned.mentionsOffTokens() + " mentions cut a syllable and were not learned");
	}

	static LearningSource source(String value, String option) throws UsageException {
		try {
			return LearningSource.parse(value);
		} catch (IllegalArgumentException e) {
			throw new UsageException(option + " takes gold, all or annotator:NAME, not \"" + value + "\"");
		}
	}

	static double minConfidence(Arguments parsed) throws UsageException {
		String value = parsed.value("min-confidence", String.valueOf(DEFAULT_MIN_CONFIDENCE));
		try {
			double confidence = Double.parseDouble(value);
			if (confidence >= 0 && confidence <= 1) {
				return confidence;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--min-confidence takes a number between 0 and 1, not \"" + value + "\"");
	}
}
