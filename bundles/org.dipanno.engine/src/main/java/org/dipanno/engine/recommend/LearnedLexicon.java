package org.dipanno.engine.recommend;

import java.util.Locale;
import java.util.Set;

/**
 * Writes what the recommender learned as a word-list file a rule file can import
 * ({@code lexicon Learned from "learned.txt"}): one surface per line in its most frequent written form. With one type
 * asked for, a line is the plain text; otherwise {@code text => TYPE}, so that a rule can tell the types apart by the
 * entry's value. Surfaces are listed when the recommender would propose them with the asked types.
 */
public final class LearnedLexicon {

	private LearnedLexicon() {
	}

	/** What was written: the file's text and how many entries it has. */
	public record Result(String text, int entries) {
	}

	/**
	 * @param types       the types to list (empty: all types, each line with {@code => TYPE})
	 * @param description the header's account of where the entries come from (corpus, set)
	 */
	public static Result write(LearnedSurfaces learned, Set<String> types, double minConfidence, String description) {
		StringBuilder text = new StringBuilder();
		text.append("# Learned by dipanno's recommender from ").append(description).append('\n');
		text.append("# ").append(learned.mentionsLearned()).append(" accepted or hand-made mentions, ")
				.append(learned.mentionsRejected()).append(" rejected proposals");
		text.append(types.isEmpty() ? "; all types (value: the type)" : "; types " + String.join(", ", types));
		text.append(String.format(Locale.ROOT, "; confidence >= %.2f%n", minConfidence));
		text.append("# Licence: as the annotations it was learned from.\n");
		int entries = 0;
		for (LearnedSurfaces.Surface surface : learned.surfaces()) {
			var judgement = surface.judgement().filter(j -> j.confidence() >= minConfidence
					&& (types.isEmpty() || types.contains(j.type())));
			String form = surface.writtenForm().replaceAll("\\s+", " ").strip();
			// A word-list line starting with '#' is a comment and "=>" separates the value: such forms cannot be entries.
			if (judgement.isEmpty() || form.isEmpty() || form.startsWith("#") || form.contains("=>")) {
				continue;
			}
			text.append(form);
			if (types.isEmpty()) {
				text.append(" => ").append(judgement.get().type());
			}
			text.append('\n');
			entries++;
		}
		return new Result(text.toString(), entries);
	}
}
