package org.dipanno.engine.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.dipanno.engine.Conflict;
import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.corpus.EngineDocuments;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.MentionStatus;

/**
 * Runs compiled rules on documents without changing them and scores each rule against a reference annotation set
 * (rejected annotations left out): the scores of {@link RuleScorer}, conflicts won and lost, and every match with its
 * outcome and explanation. The command line's {@code score} and the workbench's Rule Results view use it.
 */
public final class CorpusScoring {

	/** How a match compares with the reference. */
	public enum Outcome {
		/** the same span and type is in the reference */
		EXACT,
		/** a reference mention of the type overlaps it */
		OVERLAP,
		/** nothing of its type there */
		FALSE
	}

	/**
	 * One entity match of a rule.
	 *
	 * @param won         whether it became a proposal (false: it lost a conflict)
	 * @param explanation the conflicts it was in, as the engine explains them (empty when none)
	 */
	public record Match(String documentId, String rule, String sourceFile, int line, String type, int start, int end,
			String text, String context, boolean won, Outcome outcome, String explanation) {
	}

	/** Conflicts a rule's matches won and lost. */
	public record Conflicts(int won, int lost) {
	}

	/** The scores, the conflicts per rule and every match, by rule in the order the rules first matched. */
	public record Result(ScoreReport report, Map<String, Conflicts> conflicts, List<Match> matches,
			int referenceMentions, boolean canceled) {

		public List<Match> matchesOf(String rule) {
			return matches.stream().filter(match -> match.rule().equals(rule)).toList();
		}

		public Conflicts conflictsOf(String rule) {
			return conflicts.getOrDefault(rule, new Conflicts(0, 0));
		}
	}

	private CorpusScoring() {
	}

	/**
	 * Runs and scores.
	 *
	 * @param referenceSetId the id of the reference set in each document (e.g. "gold" or "annotator:lan")
	 * @param canceled       asked between documents
	 */
	public static Result run(RuleEngine engine, List<Document> documents, String referenceSetId,
			BooleanSupplier canceled) {
		List<GoldSpan> gold = new ArrayList<>();
		List<PredictedSpan> predicted = new ArrayList<>();
		List<String> documentIds = new ArrayList<>();
		List<Match> matches = new ArrayList<>();
		Map<String, int[]> conflicts = new LinkedHashMap<>();
		boolean stopped = false;
		for (Document document : documents) {
			if (canceled.getAsBoolean()) {
				stopped = true;
				break;
			}
			documentIds.add(document.getId());
			List<GoldSpan> reference = reference(document, referenceSetId);
			gold.addAll(reference);
			DocumentResult result = engine.run(EngineDocuments.of(document, engine.options().keys()));
			Map<EntityProposal, List<String>> explanations = new LinkedHashMap<>();
			List<EntityProposal> losers = new ArrayList<>();
			for (Conflict conflict : result.conflicts()) {
				if (conflict.winner() instanceof EntityProposal winner && conflict.loser() instanceof EntityProposal loser) {
					conflicts.computeIfAbsent(winner.rule().ruleName(), rule -> new int[2])[0]++;
					conflicts.computeIfAbsent(loser.rule().ruleName(), rule -> new int[2])[1]++;
					explanations.computeIfAbsent(winner, key -> new ArrayList<>()).add(conflict.explanation());
					explanations.computeIfAbsent(loser, key -> new ArrayList<>()).add(conflict.explanation());
					losers.add(loser);
				}
			}
			Set<EntityProposal> seen = new HashSet<>();
			for (EntityProposal proposal : result.entities()) {
				if (seen.add(proposal)) {
					matches.add(match(result, proposal, true, reference, explanations));
					predicted.add(predicted(document, proposal));
				}
			}
			for (EntityProposal loser : losers) {
				if (seen.add(loser)) {
					matches.add(match(result, loser, false, reference, explanations));
					predicted.add(predicted(document, loser));
				}
			}
		}
		Map<String, Conflicts> conflictCounts = new LinkedHashMap<>();
		conflicts.forEach((rule, counts) -> conflictCounts.put(rule, new Conflicts(counts[0], counts[1])));
		return new Result(RuleScorer.score(gold, predicted, documentIds), conflictCounts, matches, gold.size(),
				stopped);
	}

	/** The reference mentions of a document: the set's entity mentions that were not rejected. */
	public static List<GoldSpan> reference(Document document, String referenceSetId) {
		List<GoldSpan> spans = new ArrayList<>();
		AnnotationSet set = document.findAnnotationSet(referenceSetId);
		if (set != null) {
			for (EntityMention mention : set.getEntityMentions()) {
				if (mention.getStatus() != MentionStatus.REJECTED && mention.getType() != null) {
					spans.add(new GoldSpan(document.getId(), mention.getStart(), mention.getEnd(),
							mention.getType().getName()));
				}
			}
		}
		return spans;
	}

	private static Match match(DocumentResult result, EntityProposal proposal, boolean won, List<GoldSpan> reference,
			Map<EntityProposal, List<String>> explanations) {
		Outcome outcome = Outcome.FALSE;
		for (GoldSpan span : reference) {
			if (span.type().equals(proposal.type()) && span.start() < proposal.end() && proposal.start() < span.end()) {
				if (span.start() == proposal.start() && span.end() == proposal.end()) {
					outcome = Outcome.EXACT;
					break;
				}
				outcome = Outcome.OVERLAP;
			}
		}
		String text = result.text();
		int from = Math.max(0, proposal.start() - 40);
		int to = Math.min(text.length(), proposal.end() + 40);
		String context = (from > 0 ? "…" : "") + text.substring(from, proposal.start()) + "[" + proposal.text(text) + "]"
				+ text.substring(proposal.end(), to) + (to < text.length() ? "…" : "");
		return new Match(result.documentId(), proposal.rule().ruleName(), proposal.rule().sourceFile(),
				proposal.rule().line(), proposal.type(), proposal.start(), proposal.end(), proposal.text(text),
				context.replace('\n', ' '), won, outcome,
				String.join("\n", explanations.getOrDefault(proposal, List.of())));
	}

	private static PredictedSpan predicted(Document document, EntityProposal proposal) {
		return new PredictedSpan(document.getId(), proposal.start(), proposal.end(), proposal.type(),
				proposal.rule().ruleName());
	}
}
