package org.dipanno.rules.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dipanno.rules.model.AnchorPattern;
import org.dipanno.rules.model.Alternatives;
import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.GroupPattern;
import org.dipanno.rules.model.LexiconValue;
import org.dipanno.rules.model.ModelPackage;
import org.dipanno.rules.model.Pattern;
import org.dipanno.rules.model.ReferencePattern;
import org.dipanno.rules.model.RegexPattern;
import org.dipanno.rules.model.Repetition;
import org.dipanno.rules.model.Sequence;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Static facts about patterns: emptiness, boundedness and the entity type a pattern stands for. */
public final class PatternAnalysis {

	private PatternAnalysis() {
	}

	/** Whether the pattern can succeed without consuming a token (anchors are zero-width). */
	public static boolean canMatchEmpty(Pattern pattern) {
		if (pattern == null) {
			return false;
		}
		if (pattern instanceof AnchorPattern) {
			return true;
		}
		if (pattern instanceof GroupPattern group) {
			return canMatchEmpty(group.getPattern());
		}
		if (pattern instanceof Capture capture) {
			return canMatchEmpty(capture.getElement());
		}
		if (pattern instanceof Repetition repetition) {
			return repetition.isOptional() || repetition.isUnboundedFromZero()
					|| (!repetition.isUnboundedFromOne() && repetition.getMin() == 0)
					|| canMatchEmpty(repetition.getElement());
		}
		if (pattern instanceof Sequence sequence) {
			return sequence.getElements().stream().allMatch(PatternAnalysis::canMatchEmpty);
		}
		if (pattern instanceof Alternatives alternatives) {
			return alternatives.getChoices().stream().anyMatch(PatternAnalysis::canMatchEmpty);
		}
		// literals, lexicon and entity references, token classes and regular expressions consume tokens
		return false;
	}

	/** The largest repetition bound accepted ({n}, {n,m}); the engine allocates per repeated element. */
	public static final int MAX_REPETITION = 100;

	/** Whether a repetition's bounds exceed {@link #MAX_REPETITION}. */
	public static boolean exceedsRepetitionLimit(Repetition repetition) {
		return repetition.getMin() > MAX_REPETITION
				|| repetition.isRange() && repetition.getMax() > MAX_REPETITION;
	}

	/**
	 * Whether any repetition in the file is unbounded, has bounds the wrong way round or beyond the limit: such a
	 * file is not handed to the engine (its examples are not run).
	 */
	public static boolean hasRepetitionBeyondLimits(EObject file) {
		for (java.util.Iterator<EObject> contents = file.eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (next instanceof Repetition repetition && (exceedsRepetitionLimit(repetition)
					|| repetition.isRange() && hasExplicitMax(repetition)
							&& repetition.getMax() < Math.max(1, repetition.getMin()))) {
				return true;
			}
			if (next instanceof RegexPattern regex && regex.getRegex() != null
					&& largestRegexRepetition(regex.getRegex()) > MAX_REPETITION) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The largest bound of the quantifiers {n}, {n,} and {n,m} in a Java regular expression (0 when it has none);
	 * escapes, character classes and \Q...\E quotes are skipped. Java's matcher loops once per bound even where
	 * the repeated part matches nothing, so a huge bound can keep one token busy for minutes.
	 */
	public static long largestRegexRepetition(String regex) {
		long largest = 0;
		int classDepth = 0;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
					int end = regex.indexOf("\\E", i + 2);
					i = end < 0 ? regex.length() : end + 1;
				} else {
					i++;
				}
			} else if (c == '[') {
				classDepth++;
			} else if (c == ']' && classDepth > 0) {
				classDepth--;
			} else if (c == '{' && classDepth == 0) {
				int j = i + 1;
				while (j < regex.length() && (Character.isDigit(regex.charAt(j)) || regex.charAt(j) == ',')) {
					j++;
				}
				if (j < regex.length() && regex.charAt(j) == '}' && j > i + 1) {
					for (String bound : regex.substring(i + 1, j).split(",")) {
						if (!bound.isEmpty()) {
							largest = Math.max(largest, bound.length() > 18 ? Long.MAX_VALUE : Long.parseLong(bound));
						}
					}
					i = j;
				}
			}
		}
		return largest;
	}

	/** Whether a repetition has no upper bound ({@code *}, {@code +}, {@code {n,}}). */
	public static boolean isUnbounded(Repetition repetition) {
		return repetition.isUnboundedFromZero() || repetition.isUnboundedFromOne()
				|| (repetition.isRange() && repetition.getMax() == 0 && !hasExplicitMax(repetition));
	}

	public static boolean hasExplicitMax(Repetition repetition) {
		// an int attribute cannot tell "{2,0}" from "{2,}": the parsed text can
		return !NodeModelUtils.findNodesForFeature(repetition, ModelPackage.Literals.REPETITION__MAX).isEmpty();
	}

	/**
	 * The entity type a pattern matches a mention of, looking through groups,
	 * captures and single-element repetitions; null when it is not one entity reference.
	 */
	public static EntityType entityTypeOf(Pattern pattern) {
		if (pattern instanceof ReferencePattern reference && reference.getTarget() instanceof EntityType type
				&& !type.eIsProxy()) {
			return type;
		}
		if (pattern instanceof GroupPattern group) {
			return entityTypeOf(group.getPattern());
		}
		if (pattern instanceof Capture capture) {
			return entityTypeOf(capture.getElement());
		}
		return null;
	}

	/**
	 * A hash of an element's structure that is equal for elements {@link org.eclipse.emf.ecore.util.EcoreUtil#equals}
	 * finds equal: its class, attribute values and contained elements, and how many elements each reference names.
	 */
	public static int structuralHash(EObject element) {
		if (element == null) {
			return 0;
		}
		int hash = element.eClass().hashCode();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			Object value = element.eGet(feature, false);
			if (feature instanceof EAttribute) {
				hash = 31 * hash + Objects.hashCode(value);
			} else if (((EReference) feature).isContainment()) {
				if (value instanceof List<?> children) {
					for (Object child : children) {
						hash = 31 * hash + structuralHash((EObject) child);
					}
				} else {
					hash = 31 * hash + structuralHash((EObject) value);
				}
			} else if (value != null) {
				hash = 31 * hash + (value instanceof List<?> targets ? targets.size() : 1);
			}
		}
		return hash;
	}

	/** The elements the patterns and values under a root name as lexicons (with the entity types patterns name). */
	public static Set<EObject> namedLexicons(EObject root) {
		Set<EObject> named = new HashSet<>();
		root.eAllContents().forEachRemaining(element -> {
			if (element instanceof ReferencePattern reference) {
				named.add(reference.getTarget());
			} else if (element instanceof LexiconValue value) {
				named.add(value.getLexicon());
			}
		});
		return named;
	}

	/** Whether two rules have equal contexts before and after, plain and negated. */
	public static boolean sameContexts(org.dipanno.rules.model.Rule first, org.dipanno.rules.model.Rule second) {
		return org.eclipse.emf.ecore.util.EcoreUtil.equals(first.getBefore(), second.getBefore())
				&& org.eclipse.emf.ecore.util.EcoreUtil.equals(first.getAfter(), second.getAfter())
				&& org.eclipse.emf.ecore.util.EcoreUtil.equals(first.getNotBefore(), second.getNotBefore())
				&& org.eclipse.emf.ecore.util.EcoreUtil.equals(first.getNotAfter(), second.getNotAfter());
	}
}
