package org.dipanno.engine.recommend;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;

/**
 * Which annotation sets the recommender learns from: the gold set, one annotator's set, or every set people made
 * (gold and all annotators). The rules set never teaches acceptance: what a linguist accepts from it is copied into
 * their own set and counted there.
 */
public record LearningSource(AnnotationSetKind kind, String annotator) {

	public static final LearningSource GOLD = new LearningSource(AnnotationSetKind.GOLD, null);

	/** Gold and every annotator's set. */
	public static final LearningSource ALL = new LearningSource(null, null);

	public static LearningSource annotator(String name) {
		return new LearningSource(AnnotationSetKind.ANNOTATOR, name);
	}

	/**
	 * Reads {@code gold}, {@code all} or {@code annotator:NAME}.
	 *
	 * @throws IllegalArgumentException for anything else, saying what is accepted
	 */
	public static LearningSource parse(String text) {
		if (text.equals("gold")) {
			return GOLD;
		}
		if (text.equals("all")) {
			return ALL;
		}
		if (text.startsWith("annotator:") && text.length() > "annotator:".length()) {
			return annotator(text.substring("annotator:".length()));
		}
		throw new IllegalArgumentException("a set to learn from is gold, all or annotator:NAME, not \"" + text + "\"");
	}

	/** Whether the set's mentions teach their surfaces. */
	public boolean teaches(AnnotationSet set) {
		if (set.getKind() == AnnotationSetKind.RULES) {
			return false;
		}
		if (kind == null) {
			return true;
		}
		return set.getKind() == kind && (annotator == null || annotator.equals(set.getAnnotator()));
	}

	/** The name used on the command line and in provenance: gold, all, annotator:NAME. */
	public String label() {
		if (kind == null) {
			return "all";
		}
		return kind == AnnotationSetKind.GOLD ? "gold" : "annotator:" + annotator;
	}
}
