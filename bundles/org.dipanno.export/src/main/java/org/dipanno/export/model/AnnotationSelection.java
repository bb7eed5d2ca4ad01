package org.dipanno.export.model;

import java.util.Objects;

import org.dipanno.model.AnnotationSetKind;

/**
 * Which annotations of a document an export takes: the gold set (default), a
 * named annotator's set or the rule proposals; rejected mentions never, and
 * with {@code acceptedOnly} only mentions with status ACCEPTED.
 *
 * @param annotator the annotator name for {@link AnnotationSetKind#ANNOTATOR}, otherwise null
 */
public record AnnotationSelection(AnnotationSetKind kind, String annotator, boolean acceptedOnly) {

	/** Annotator names become folder names (datasets/annotator-NAME): no separators, no "..", no leading dot. */
	private static final java.util.regex.Pattern VALID_ANNOTATOR_NAME = java.util.regex.Pattern
			.compile("[\\p{L}\\p{Nd}_][\\p{L}\\p{Nd}_. -]{0,99}");

	public AnnotationSelection {
		Objects.requireNonNull(kind, "kind");
		if (kind == AnnotationSetKind.ANNOTATOR && (annotator == null || annotator.isBlank())) {
			throw new IllegalArgumentException("An annotator selection needs the annotator's name");
		}
		if (kind == AnnotationSetKind.ANNOTATOR && !VALID_ANNOTATOR_NAME.matcher(annotator).matches()) {
			throw new IllegalArgumentException("\"" + annotator + "\" is not an annotator name: use letters, digits,"
					+ " spaces, '_', '-' and '.', starting with a letter, digit or '_' (the name names the dataset folder)");
		}
		if (kind != AnnotationSetKind.ANNOTATOR) {
			annotator = null;
		}
	}

	public static AnnotationSelection gold() {
		return new AnnotationSelection(AnnotationSetKind.GOLD, null, false);
	}

	public static AnnotationSelection annotator(String name) {
		return new AnnotationSelection(AnnotationSetKind.ANNOTATOR, name, false);
	}

	public static AnnotationSelection ruleProposals() {
		return new AnnotationSelection(AnnotationSetKind.RULES, null, false);
	}

	public AnnotationSelection acceptedOnlyOnes() {
		return new AnnotationSelection(kind, annotator, true);
	}

	/** How the dataset card names the selection, e.g. "gold", "annotator lan, accepted only". */
	public String describe() {
		String name = switch (kind) {
		case GOLD -> "gold";
		case RULES -> "rule proposals";
		case ANNOTATOR -> "annotator " + annotator;
		};
		return acceptedOnly ? name + ", accepted only" : name + " (all but rejected)";
	}
}
