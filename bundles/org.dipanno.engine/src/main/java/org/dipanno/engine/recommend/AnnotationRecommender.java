package org.dipanno.engine.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.RecommenderProvenance;
import org.dipanno.model.Sentence;
import org.dipanno.model.Token;
import org.dipanno.model.Word;
import org.dipanno.model.Zone;
import org.dipanno.text.ZoneKind;

/**
 * A recommender that learns from annotations (like INCEpTION's string matcher): every accepted or hand-made entity
 * mention teaches its surface and type; the same surface elsewhere is proposed with a confidence from how often it
 * was accepted or rejected. A surface is proposed only when its type was accepted more often than rejected, never
 * where that span and type were already decided, and never over a mention of the sets it learned from.
 *
 * <p>Surfaces are sequences of syllable tokens folded with the engine's matching keys (case and tone placement do not
 * count). A surface every accepted form of which starts with a capital is not proposed where the text starts in lower
 * case ("Nga" the country, not "nga" in "nguy nga"). A proposal neither cuts a segmented word ("Trung" in "Trung
 * ương") nor lies inside a longer run of capitalized words ("Ngọc" in "Vũ Ngọc Nhạ"). At each token the longest
 * learned surface that can be proposed wins; proposals stay inside a sentence and out of boilerplate.
 */
public final class AnnotationRecommender {

	/** What {@link #propose} did to one document. */
	public record DocumentReport(String documentId, int proposed, int skippedAsDecided) {
	}

	/** A surface found in a document, with the type and confidence to propose. */
	public record Recommendation(int start, int end, String type, double confidence, int accepted, int rejected) {
	}

	private final MatchingKeys keys;
	private final double minConfidence;

	/** A recommender with the text layer's matching keys, as the rules and corpus search use. */
	public AnnotationRecommender(double minConfidence) {
		this(VietnameseKeys.INSTANCE, minConfidence);
	}

	public AnnotationRecommender(MatchingKeys keys, double minConfidence) {
		if (!(minConfidence >= 0 && minConfidence <= 1)) {
			throw new IllegalArgumentException("the minimum confidence lies between 0 and 1, not " + minConfidence);
		}
		this.keys = keys;
		this.minConfidence = minConfidence;
	}

	public double minConfidence() {
		return minConfidence;
	}

	/**
	 * Learns from the documents: mentions of the sets the source names teach acceptance (unless rejected); rejected
	 * mentions of any set (rule and recommender proposals a linguist rejected) teach rejection.
	 */
	public LearnedSurfaces learn(Iterable<Document> documents, LearningSource source) {
		LearnedSurfaces learned = new LearnedSurfaces();
		for (Document document : documents) {
			learn(document, source, learned);
		}
		return learned;
	}

	private void learn(Document document, LearningSource source, LearnedSurfaces learned) {
		List<Token> tokens = document.getTokens();
		for (AnnotationSet set : document.getAnnotationSets()) {
			boolean teaches = source.teaches(set);
			for (EntityMention mention : set.getEntityMentions()) {
				if (mention.getType() == null) {
					continue;
				}
				boolean rejected = mention.getStatus() == MentionStatus.REJECTED;
				if (!rejected && !teaches) {
					continue;
				}
				List<String> surface = surfaceKeys(document, tokens, mention.getStart(), mention.getEnd());
				if (surface == null) {
					learned.offTokens();
				} else if (rejected) {
					learned.reject(surface, mention.getType().getName());
				} else {
					learned.accept(surface, mention.getType().getName(), mention.getText());
				}
			}
		}
	}

	/** The folded keys of the tokens that exactly cover [start, end), or null when a boundary cuts a token. */
	private List<String> surfaceKeys(Document document, List<Token> tokens, int start, int end) {
		int first = firstTokenAtOrAfter(tokens, start);
		if (first >= tokens.size() || tokens.get(first).getStart() != start) {
			return null;
		}
		List<String> surface = new ArrayList<>();
		String text = document.getText();
		for (int i = first; i < tokens.size() && tokens.get(i).getEnd() <= end; i++) {
			surface.add(keys.fold(text.substring(tokens.get(i).getStart(), tokens.get(i).getEnd())));
			if (tokens.get(i).getEnd() == end) {
				return surface;
			}
		}
		return null;
	}

	private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
		int low = 0;
		int high = tokens.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (tokens.get(middle).getStart() < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * The learned surfaces found in the document, leftmost and longest first, not overlapping each other nor any
	 * mention (not rejected) of the given sets.
	 */
	public List<Recommendation> recommend(Document document, LearnedSurfaces learned,
			Collection<AnnotationSet> annotated) {
		List<Token> tokens = document.getTokens();
		String text = document.getText();
		int n = tokens.size();
		String[] folded = new String[n];
		for (int i = 0; i < n; i++) {
			folded[i] = keys.fold(text.substring(tokens.get(i).getStart(), tokens.get(i).getEnd()));
		}
		int[] sentenceOf = sentenceOfTokens(document, tokens);
		boolean[] insideWord = new boolean[text.length() + 1];
		for (Word word : document.getWords()) {
			for (int c = word.getStart() + 1; c < word.getEnd() && c <= text.length(); c++) {
				insideWord[c] = true;
			}
		}
		boolean[] taken = new boolean[text.length() + 1];
		for (AnnotationSet set : annotated) {
			for (EntityMention mention : set.getEntityMentions()) {
				if (mention.getStatus() != MentionStatus.REJECTED) {
					for (int c = Math.max(0, mention.getStart()); c < Math.min(text.length(), mention.getEnd()); c++) {
						taken[c] = true;
					}
				}
			}
		}
		List<Recommendation> recommendations = new ArrayList<>();
		int i = 0;
		while (i < n) {
			Recommendation found = null;
			int longest = Math.min(learned.longestFrom(folded[i]), n - i);
			if (longest > 0 && !inBoilerplate(document, tokens.get(i).getStart())) {
				for (int length = longest; length >= 1 && found == null; length--) {
					if (sentenceOf[i + length - 1] != sentenceOf[i]) {
						continue;
					}
					String key = length == 1 ? folded[i] : String.join(" ", List.of(folded).subList(i, i + length));
					if (insideWord[tokens.get(i).getStart()] || insideWord[tokens.get(i + length - 1).getEnd()]
							|| insideCapitalizedRun(tokens, sentenceOf, text, i, i + length - 1)) {
						continue;
					}
					found = proposable(learned.surface(key), tokens.get(i).getStart(),
							tokens.get(i + length - 1).getEnd(), text, taken).orElse(null);
					if (found != null) {
						i += length;
					}
				}
			}
			if (found != null) {
				recommendations.add(found);
			} else {
				i++;
			}
		}
		return recommendations;
	}

	private Optional<Recommendation> proposable(Optional<LearnedSurfaces.Surface> surface, int start, int end,
			String text, boolean[] taken) {
		if (surface.isEmpty()) {
			return Optional.empty();
		}
		if (surface.get().alwaysCapitalized() && !Character.isUpperCase(text.codePointAt(start))) {
			return Optional.empty();
		}
		for (int c = start; c < end; c++) {
			if (taken[c]) {
				return Optional.empty();
			}
		}
		return surface.get().judgement().filter(j -> j.confidence() >= minConfidence)
				.map(j -> new Recommendation(start, end, j.type(), j.confidence(), j.accepted(), j.rejected()));
	}

	/**
	 * Whether the tokens are part of a longer run of capitalized words (a name): the word right before or after them,
	 * in the same sentence with only white space between, starts with a capital too (the one before not being the
	 * sentence's first). "Ngọc" in "Vũ Ngọc Nhạ" or
	 * "Hồ Chí Minh" in "TP Hồ Chí Minh" is not proposed.
	 */
	private static boolean insideCapitalizedRun(List<Token> tokens, int[] sentenceOf, String text, int first, int last) {
		if (!Character.isUpperCase(text.codePointAt(tokens.get(first).getStart()))) {
			return false;
		}
		// A sentence's first word is capitalized anyway: it does not make a name longer ("Tỉnh Hòa Bình").
		return first > 1 && sentenceOf[first - 1] == sentenceOf[first] && sentenceOf[first - 2] == sentenceOf[first]
				&& capitalizedNeighbour(text, tokens.get(first - 1), tokens.get(first).getStart())
				|| last + 1 < tokens.size() && sentenceOf[last + 1] == sentenceOf[last]
						&& capitalizedNeighbour(text, tokens.get(last + 1), tokens.get(last).getEnd());
	}

	private static boolean capitalizedNeighbour(String text, Token neighbour, int edge) {
		int from = Math.min(edge, neighbour.getStart() >= edge ? edge : neighbour.getEnd());
		int to = Math.max(edge, neighbour.getStart() >= edge ? neighbour.getStart() : edge);
		return text.substring(from, to).isBlank() && Character.isUpperCase(text.codePointAt(neighbour.getStart()));
	}

	private static boolean inBoilerplate(Document document, int offset) {
		Zone zone = document.zoneAt(offset);
		return zone != null && zone.getKind() == ZoneKind.BOILERPLATE;
	}

	/** A sentence number per token; a token outside every sentence is a sentence of its own. */
	private static int[] sentenceOfTokens(Document document, List<Token> tokens) {
		List<Sentence> sentences = document.getSentences();
		int[] sentenceOf = new int[tokens.size()];
		int sentence = 0;
		for (int i = 0; i < tokens.size(); i++) {
			int start = tokens.get(i).getStart();
			while (sentence < sentences.size() && sentences.get(sentence).getEnd() <= start) {
				sentence++;
			}
			boolean inside = sentence < sentences.size() && sentences.get(sentence).getStart() <= start;
			sentenceOf[i] = inside ? sentence : -1 - i;
		}
		return sentenceOf;
	}

	/**
	 * Writes the recommendations for the document into its rules set as proposals with {@link RecommenderProvenance}:
	 * the recommender's earlier proposals still waiting for a decision are replaced; a span and type the rules set
	 * already holds (a rule proposal, or anything decided) is not proposed again. The sets the source names count as
	 * already annotated.
	 */
	public DocumentReport propose(Document document, LearnedSurfaces learned, LearningSource source) {
		List<AnnotationSet> annotated = document.getAnnotationSets().stream().filter(source::teaches).toList();
		AnnotationSet rules = document.getOrCreateAnnotationSet(AnnotationSetKind.RULES, null);
		rules.getEntityMentions().removeIf(mention -> mention.getStatus() == MentionStatus.PROPOSED
				&& mention.getProvenance() instanceof RecommenderProvenance
				&& rules.getEventMentions().stream().noneMatch(event -> event.getArguments().stream()
						.anyMatch(argument -> argument.getEntity() == mention)));
		Set<String> present = new HashSet<>();
		for (EntityMention mention : rules.getEntityMentions()) {
			if (mention.getType() != null) {
				present.add(mention.getStart() + ":" + mention.getEnd() + ":" + mention.getType().getName());
			}
		}
		int proposed = 0;
		int skipped = 0;
		for (Recommendation recommendation : recommend(document, learned, annotated)) {
			EntityType type = document.getCorpus().getSchema().findEntityType(recommendation.type());
			if (type == null) {
				continue;
			}
			if (!present.add(recommendation.start() + ":" + recommendation.end() + ":" + recommendation.type())) {
				skipped++;
				continue;
			}
			EntityMention mention = rules.addEntityMention(recommendation.start(), recommendation.end(), type);
			RecommenderProvenance provenance = ModelFactory.eINSTANCE.createRecommenderProvenance();
			provenance.setLearnedFrom(source.label());
			provenance.setConfidence(recommendation.confidence());
			provenance.setAccepted(recommendation.accepted());
			provenance.setRejected(recommendation.rejected());
			mention.setProvenance(provenance);
			proposed++;
		}
		return new DocumentReport(document.getId(), proposed, skipped);
	}
}
