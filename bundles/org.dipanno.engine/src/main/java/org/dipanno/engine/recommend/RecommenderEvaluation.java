package org.dipanno.engine.recommend;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.MentionStatus;

/**
 * How well the recommender does on annotated documents it did not learn from: the documents are split by a hash of
 * their id into a part to learn from and a held-out part; it learns from the reference set of the first and proposes
 * on the second, whose reference mentions are the answers (exact span and type). Nothing is written into the
 * documents.
 */
public final class RecommenderEvaluation {

	/** Counts of one type (or all): proposals matching a reference mention exactly, proposals, reference mentions. */
	public record Score(int matched, int proposed, int reference) {

		public double precision() {
			return proposed == 0 ? Double.NaN : (double) matched / proposed;
		}

		public double recall() {
			return reference == 0 ? Double.NaN : (double) matched / reference;
		}

		public double f1() {
			return proposed + reference == 0 ? Double.NaN : 2.0 * matched / (proposed + reference);
		}

		Score plus(Score other) {
			return new Score(matched + other.matched, proposed + other.proposed, reference + other.reference);
		}
	}

	/** The scores per type (sorted) and over all types, with the sizes of the two parts. */
	public record Result(int learnedFrom, int heldOut, int mentionsLearned, Map<String, Score> perType, Score total) {
	}

	private RecommenderEvaluation() {
	}

	/**
	 * The part of a document: the first 8 hex digits of the SHA-256 of its id, modulo 100, below {@code learnPercent}
	 * is learned from (the development corpus scripts split by the same hash of the file name, which import makes
	 * the id).
	 */
	public static boolean inLearningPart(String documentId, int learnPercent) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(documentId.getBytes(StandardCharsets.UTF_8));
			long first = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
			return first % 100 < learnPercent;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	public static Result evaluate(List<Document> documents, LearningSource reference, AnnotationRecommender recommender,
			int learnPercent) {
		List<Document> learning = new ArrayList<>();
		List<Document> heldOut = new ArrayList<>();
		for (Document document : documents) {
			(inLearningPart(document.getId(), learnPercent) ? learning : heldOut).add(document);
		}
		LearnedSurfaces learned = recommender.learn(learning, reference);
		Map<String, Score> perType = new TreeMap<>();
		for (Document document : heldOut) {
			Set<String> answers = new HashSet<>();
			for (AnnotationSet set : document.getAnnotationSets()) {
				if (!reference.teaches(set)) {
					continue;
				}
				for (EntityMention mention : set.getEntityMentions()) {
					if (mention.getStatus() != MentionStatus.REJECTED && mention.getType() != null
							&& answers.add(key(mention.getStart(), mention.getEnd(), mention.getType().getName()))) {
						perType.merge(mention.getType().getName(), new Score(0, 0, 1), Score::plus);
					}
				}
			}
			for (AnnotationRecommender.Recommendation proposal : recommender.recommend(document, learned, List.of())) {
				boolean matched = answers.contains(key(proposal.start(), proposal.end(), proposal.type()));
				perType.merge(proposal.type(), new Score(matched ? 1 : 0, 1, 0), Score::plus);
			}
		}
		Score total = perType.values().stream().reduce(new Score(0, 0, 0), Score::plus);
		return new Result(learning.size(), heldOut.size(), learned.mentionsLearned(), perType, total);
	}

	private static String key(int start, int end, String type) {
		return start + ":" + end + ":" + type;
	}
}
