package org.dipanno.rules.formatting2;

import org.dipanno.rules.model.Argument;
import org.dipanno.rules.model.ArgumentExpectation;
import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.Dataset;
import org.dipanno.rules.model.Element;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventAction;
import org.dipanno.rules.model.EventExpectation;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.Import;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.MarkAction;
import org.dipanno.rules.model.Repetition;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * Layout of rule files: one import per line, a blank line between
 * declarations, block contents indented one per line, a rule's pattern and
 * its actions on their own indented lines, an example's expectations on an
 * indented line, single spaces between tokens except where punctuation binds.
 */
public class RulesFormatter extends AbstractFormatter2 {

	private static final String[] LINE_STARTS = { "color", "key", "description", "cameo", "roles", "include",
			"zones", "format", "tags", "tokens", "to" };

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			resource.getContents().forEach(root -> format(root, document));
			return;
		}
		if (!(object instanceof RuleFile file)) {
			return;
		}
		EObject first = file.getImports().isEmpty() ? (file.getElements().isEmpty() ? null : file.getElements().get(0))
				: file.getImports().get(0);
		if (first != null) {
			document.prepend(first, f -> f.noSpace());
		}
		for (Import imported : file.getImports()) {
			formatTokens(imported, document);
			boolean lastBeforeElements = imported == file.getImports().get(file.getImports().size() - 1)
					&& !file.getElements().isEmpty();
			document.append(imported, f -> f.setNewLines(lastBeforeElements ? 2 : 1));
		}
		for (Element element : file.getElements()) {
			formatTokens(element, document);
			boolean last = element == file.getElements().get(file.getElements().size() - 1);
			document.append(element, f -> f.setNewLines(last ? 1 : 2));
			if (element instanceof Rule rule) {
				formatRule(rule, document);
			} else if (element instanceof EntityType || element instanceof EventType || element instanceof Dataset
					|| element instanceof Lexicon) {
				formatBlock(element, document);
			} else if (element instanceof Example example) {
				ISemanticRegion yields = textRegionExtensions.regionFor(example).keyword("yields");
				if (yields != null) {
					document.prepend(yields, f -> f.newLine());
					indentFrom(yields.getPreviousHiddenRegion(), example, document);
				}
			}
		}
	}

	/** One space between tokens unless punctuation binds them. */
	private void formatTokens(EObject element, IFormattableDocument document) {
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(element)) {
			document.prepend(region, f -> {
				f.oneSpace();
				f.lowPriority();
			});
			EObject owner = region.getSemanticElement();
			switch (region.getText()) {
				case ",", ";", "?", "*", "+", ")" -> document.prepend(region, f -> f.noSpace());
				case "(" -> {
					document.append(region, f -> f.noSpace());
					// an action's or expectation's argument list binds to its type: PERSON(name)
					if (owner instanceof MarkAction || owner instanceof EventAction
							|| owner instanceof EventExpectation) {
						document.prepend(region, f -> f.noSpace());
					}
				}
				case ":" -> {
					document.prepend(region, f -> f.noSpace());
					if (owner instanceof Capture) {
						document.append(region, f -> f.noSpace());
					}
				}
				case "=" -> {
					if (owner instanceof Argument || owner instanceof ArgumentExpectation
							|| owner instanceof EventAction) {
						document.surround(region, f -> f.noSpace());
					}
				}
				default -> {
				}
			}
			if (owner instanceof Repetition) {
				switch (region.getText()) {
					case "{" -> document.surround(region, f -> f.noSpace());
					case "}" -> document.prepend(region, f -> f.noSpace());
					case "," -> document.append(region, f -> f.noSpace());
					default -> {
					}
				}
			}
		}
	}

	private void formatRule(Rule rule, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(rule);
		ISemanticRegion colon = regions.keyword(":");
		if (colon != null) {
			document.append(colon, f -> f.newLine());
			indentFrom(colon.getNextHiddenRegion(), rule, document);
		}
		document.prepend(regions.keyword("->"), f -> f.newLine());
		// "not preceded by (...)", "not followed by (...)": one space inside the keyword pair
		for (ISemanticRegion not : regions.keywords("not")) {
			document.append(not, f -> f.oneSpace());
		}
	}

	private void formatBlock(EObject element, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		for (Pair<ISemanticRegion, ISemanticRegion> braces : regions.keywordPairs("{", "}")) {
			document.append(braces.getKey(), f -> f.newLine());
			document.prepend(braces.getValue(), f -> f.newLine());
			document.interior(braces, f -> f.indent());
		}
		for (ISemanticRegion keyword : regions.keywords(LINE_STARTS)) {
			document.prepend(keyword, f -> f.newLine());
		}
		if (element instanceof Dataset dataset && dataset.getSplit() != null) {
			document.prepend(dataset.getSplit(), f -> f.newLine());
		}
		if (element instanceof Lexicon || element instanceof EventType) {
			// one lexicon entry, one role per line
			for (ISemanticRegion comma : regions.keywords(",")) {
				document.append(comma, f -> f.newLine());
			}
		}
		for (ISemanticRegion semicolon : textRegionExtensions.allRegionsFor(element).keywords(";")) {
			document.append(semicolon, f -> f.newLine());
		}
	}

	private void indentFrom(org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion start, EObject element,
			IFormattableDocument document) {
		document.set(start, textRegionExtensions.regionForEObject(element).getNextHiddenRegion(), f -> f.indent());
	}
}
