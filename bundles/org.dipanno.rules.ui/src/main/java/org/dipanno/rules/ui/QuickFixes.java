package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.Element;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.LexiconEntry;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.scoping.RulesScopeProvider;
import org.dipanno.rules.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Repairs for diagnostics the validator reports by code, as text edits: an unknown type, lexicon or capture becomes
 * the closest declared name; an unused capture loses its label; a repeated lexicon entry is removed; a confidence
 * out of range becomes 1.0.
 */
public final class QuickFixes {

	/** One repair: replace {@code length} characters at {@code offset} by {@code text}. */
	public record Fix(String label, int offset, int length, String text) {
		public String applyTo(String source) {
			return source.substring(0, offset) + text + source.substring(offset + length);
		}
	}

	private QuickFixes() {
	}

	/** The repairs of an issue of a parsed file whose text is {@code source}; none when the code has none. */
	public static List<Fix> of(Issue issue, XtextResource resource, String source) {
		List<Fix> fixes = new ArrayList<>();
		if (issue.getCode() == null || issue.getOffset() == null || issue.getLength() == null) {
			return fixes;
		}
		int offset = issue.getOffset();
		int length = issue.getLength();
		if (offset + length > source.length()) {
			return fixes;
		}
		String written = source.substring(offset, offset + length);
		switch (issue.getCode()) {
		case IssueCodes.UNRESOLVED_ENTITY_TYPE -> closest(written, names(resource, EntityType.class))
				.forEach(name -> fixes.add(new Fix("Change to '" + name + "'", offset, length, name)));
		case IssueCodes.UNRESOLVED_EVENT_TYPE -> closest(written, names(resource, EventType.class))
				.forEach(name -> fixes.add(new Fix("Change to '" + name + "'", offset, length, name)));
		case IssueCodes.UNRESOLVED_LEXICON, IssueCodes.UNRESOLVED_PATTERN_REFERENCE -> {
			Set<String> candidates = new LinkedHashSet<>(names(resource, Lexicon.class));
			if (IssueCodes.UNRESOLVED_PATTERN_REFERENCE.equals(issue.getCode())) {
				candidates.addAll(names(resource, EntityType.class));
			}
			closest(written, candidates).forEach(name -> fixes.add(new Fix("Change to '" + name + "'", offset, length,
					name)));
		}
		case IssueCodes.UNRESOLVED_CAPTURE -> {
			EObject at = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
			Rule rule = at == null ? null : EcoreUtil2.getContainerOfType(at, Rule.class);
			if (rule != null) {
				closest(written, RulesScopeProvider.capturesOf(rule).stream().map(Capture::getName).toList())
						.forEach(name -> fixes.add(new Fix("Change to '" + name + "'", offset, length, name)));
			}
		}
		case IssueCodes.UNUSED_CAPTURE -> {
			int end = offset + length;
			while (end < source.length() && Character.isWhitespace(source.charAt(end))) {
				end++;
			}
			if (end < source.length() && source.charAt(end) == ':') {
				fixes.add(new Fix("Remove the capture label '" + written + ":'", offset, end + 1 - offset, ""));
			}
		}
		case IssueCodes.DUPLICATE_LEXICON_ENTRY -> {
			Fix fix = removeEntry(resource, source, offset);
			if (fix != null) {
				fixes.add(fix);
			}
		}
		case IssueCodes.INVALID_CONFIDENCE -> fixes.add(new Fix("Set the confidence to 1.0", offset, length, "1.0"));
		default -> {
			// no repair for this code
		}
		}
		return fixes;
	}

	/**
	 * Removes a lexicon entry (its text and value) with the comma before it, or after it when it is the first; a line
	 * left empty goes too.
	 */
	private static Fix removeEntry(XtextResource resource, String source, int offset) {
		EObject at = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
		LexiconEntry entry = at == null ? null : EcoreUtil2.getContainerOfType(at, LexiconEntry.class);
		INode node = entry == null ? null : NodeModelUtils.findActualNodeFor(entry);
		if (node == null) {
			return null;
		}
		int from = node.getOffset();
		int to = node.getEndOffset();
		int before = from - 1;
		while (before >= 0 && Character.isWhitespace(source.charAt(before))) {
			before--;
		}
		if (before >= 0 && source.charAt(before) == ',') {
			from = before;
		} else {
			int after = to;
			while (after < source.length() && Character.isWhitespace(source.charAt(after))) {
				after++;
			}
			if (after < source.length() && source.charAt(after) == ',') {
				to = after + 1;
			}
		}
		return new Fix("Remove the repeated entry", from, to - from, "");
	}

	private static <T extends Element> List<String> names(XtextResource resource, Class<T> type) {
		List<String> names = new ArrayList<>();
		for (Resource each : resource.getResourceSet().getResources()) {
			if (each.getContents().isEmpty()) {
				continue;
			}
			for (T element : EcoreUtil2.getAllContentsOfType(each.getContents().get(0), type)) {
				if (element.getName() != null && !names.contains(element.getName())) {
					names.add(element.getName());
				}
			}
		}
		return names;
	}

	/** Up to three names closest to what was written (edit distance, case ignored), near enough to be a typo. */
	static List<String> closest(String written, java.util.Collection<String> candidates) {
		String lower = written.toLowerCase(java.util.Locale.ROOT);
		return candidates.stream()
				.filter(name -> distance(lower, name.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2,
						Math.max(name.length(), written.length()) / 2)
						|| name.toLowerCase(java.util.Locale.ROOT).startsWith(lower)
						|| lower.startsWith(name.toLowerCase(java.util.Locale.ROOT)))
				.sorted(Comparator.comparingInt(
						(String name) -> distance(lower, name.toLowerCase(java.util.Locale.ROOT)))
						.thenComparing(Comparator.naturalOrder()))
				.limit(3).toList();
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
