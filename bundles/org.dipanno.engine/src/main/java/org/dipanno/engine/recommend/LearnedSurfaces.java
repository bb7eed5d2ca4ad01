package org.dipanno.engine.recommend;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the recommender learned: per surface (the mention's syllables, each folded as the engine folds them, joined by
 * a space) and type, how many mentions people made or accepted and how many proposals they rejected, and the written
 * forms seen.
 */
public final class LearnedSurfaces {

	/** Counts of one surface with one type. */
	public static final class Counts {
		private int accepted;
		private int rejected;

		public int accepted() {
			return accepted;
		}

		public int rejected() {
			return rejected;
		}
	}

	/** One surface: its counts per type, its written forms and how many of them start with a capital. */
	public static final class Surface {
		private final String key;
		private final int length;
		private final Map<String, Counts> types = new TreeMap<>();
		private final Map<String, Integer> writtenForms = new TreeMap<>();
		private int capitalized;
		private int lowerCase;

		Surface(String key, int length) {
			this.key = key;
			this.length = length;
		}

		public String key() {
			return key;
		}

		/** Number of syllable tokens. */
		public int length() {
			return length;
		}

		public Map<String, Counts> types() {
			return types;
		}

		/** The form written most often (ties: the first in code point order). */
		public String writtenForm() {
			return writtenForms.entrySet().stream()
					.max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
							.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
					.map(Map.Entry::getKey).orElse(key);
		}

		/** Whether every accepted form starts with an upper-case letter (then a lower-case occurrence is not it). */
		public boolean alwaysCapitalized() {
			return capitalized > 0 && lowerCase == 0;
		}

		/**
		 * The type to propose: the one accepted most often (ties: type name order), its confidence accepted /
		 * (accepted of every type + rejected of this type). Empty when no type was accepted more often than rejected.
		 */
		public Optional<Judgement> judgement() {
			String best = null;
			int total = 0;
			for (Map.Entry<String, Counts> type : types.entrySet()) {
				total += type.getValue().accepted;
				if (best == null || type.getValue().accepted > types.get(best).accepted) {
					best = type.getKey();
				}
			}
			if (best == null) {
				return Optional.empty();
			}
			Counts counts = types.get(best);
			if (counts.accepted <= counts.rejected) {
				return Optional.empty();
			}
			return Optional.of(new Judgement(best, (double) counts.accepted / (total + counts.rejected),
					counts.accepted, counts.rejected));
		}
	}

	/** The recommender's view of a surface: type, confidence and the counts behind it. */
	public record Judgement(String type, double confidence, int accepted, int rejected) {
	}

	private final Map<String, Surface> surfaces = new HashMap<>();
	/** Longest learned surface (in tokens) starting with a given folded syllable. */
	private final Map<String, Integer> longestFrom = new HashMap<>();
	private int mentionsLearned;
	private int mentionsRejected;
	private int mentionsOffTokens;

	void accept(List<String> keys, String type, String written) {
		Surface surface = surface(keys);
		surface.types.computeIfAbsent(type, t -> new Counts()).accepted++;
		surface.writtenForms.merge(written, 1, Integer::sum);
		if (!written.isEmpty() && Character.isUpperCase(written.codePointAt(0))) {
			surface.capitalized++;
		} else {
			surface.lowerCase++;
		}
		mentionsLearned++;
	}

	void reject(List<String> keys, String type) {
		surface(keys).types.computeIfAbsent(type, t -> new Counts()).rejected++;
		mentionsRejected++;
	}

	void offTokens() {
		mentionsOffTokens++;
	}

	private Surface surface(List<String> keys) {
		String key = String.join(" ", keys);
		longestFrom.merge(keys.get(0), keys.size(), Math::max);
		return surfaces.computeIfAbsent(key, k -> new Surface(k, keys.size()));
	}

	/** The surface of folded syllables joined by a space, if learned. */
	public Optional<Surface> surface(String key) {
		return Optional.ofNullable(surfaces.get(key));
	}

	/** The longest learned surface starting with this folded syllable, 0 if none. */
	public int longestFrom(String firstKey) {
		return longestFrom.getOrDefault(firstKey, 0);
	}

	/** All surfaces, sorted by key. */
	public List<Surface> surfaces() {
		return surfaces.values().stream().sorted(Comparator.comparing(Surface::key)).toList();
	}

	/** Accepted or hand-made mentions learned from. */
	public int mentionsLearned() {
		return mentionsLearned;
	}

	/** Rejected proposals learned from. */
	public int mentionsRejected() {
		return mentionsRejected;
	}

	/** Mentions whose boundaries cut a syllable token, so that they have no surface of whole syllables. */
	public int mentionsOffTokens() {
		return mentionsOffTokens;
	}
}
