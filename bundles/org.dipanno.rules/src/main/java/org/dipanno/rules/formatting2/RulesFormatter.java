package org.dipanno.rules.formatting2;

import org.dipanno.rules.model.Dataset;
import org.dipanno.rules.model.Element;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.Import;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * Layout of rule files: one import per line, a blank line between
 * declarations, block contents indented, a rule's pattern and actions on
 * their own indented lines, single spaces between pattern elements.
 */
public class RulesFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof RuleFile file) {
			formatFile(file, document);
		} else if (object instanceof EObject element) {
			formatTokens(element, document);
		}
	}

	private void formatFile(RuleFile file, IFormattableDocument document) {
		for (Import imported : file.getImports()) {
			document.append(imported, f -> f.setNewLines(1));
			formatTokens(imported, document);
		}
		if (!file.getImports().isEmpty() && !file.getElements().isEmpty()) {
			document.append(file.getImports().get(file.getImports().size() - 1), f -> f.setNewLines(2));
		}
		for (Element element : file.getElements()) {
			document.append(element, f -> f.setNewLines(2));
			formatTokens(element, document);
			if (element instanceof Rule rule) {
				formatRule(rule, document);
			} else if (element instanceof EntityType || element instanceof EventType || element instanceof Dataset) {
				formatBlock(element, document);
			} else if (element instanceof Lexicon lexicon && !lexicon.getEntries().isEmpty()) {
				formatBlock(lexicon, document);
			} else if (element instanceof Example example) {
				ISemanticRegion yields = textRegionExtensions.regionFor(example).keyword("yields");
				document.prepend(yields, f -> f.newLine());
				document.surround(yields, f -> f.indent());
			}
		}
	}

	/** One space between tokens by default; none before , ) ? * + and inside ( ), around ':' of captures. */
	private void formatTokens(EObject element, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(element)) {
			document.prepend(region, f -> {
				f.oneSpace();
				f.lowPriority();
			});
			switch (region.getText()) {
				case ",", ";", "?", "*", "+", ")" -> document.prepend(region, f -> f.noSpace());
				case "(" -> document.append(region, f -> f.noSpace());
				default -> {
				}
			}
		}
		for (ISemanticRegion colon : regions.keywords(":")) {
			if (!(element instanceof Rule) && !(element instanceof EventType)) {
				document.surround(colon, f -> f.noSpace());
			}
		}
	}

	private void formatRule(Rule rule, IFormattableDocument document) {
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(rule);
		ISemanticRegion colon = regions.keyword(":");
		document.prepend(colon, f -> f.noSpace());
		document.append(colon, f -> f.newLine());
		ISemanticRegion arrow = regions.keyword("->");
		document.prepend(arrow, f -> f.newLine());
		for (ISemanticRegion capturesColon : textRegionExtensions.allRegionsFor(rule).keywords(":")) {
			if (capturesColon != colon) {
				document.surround(capturesColon, f -> f.noSpace());
			}
		}
		for (ISemanticRegion brace : textRegionExtensions.allRegionsFor(rule).keywords("{", "}")) {
			document.surround(brace, f -> f.noSpace());
		}
		for (ISemanticRegion comma : textRegionExtensions.allRegionsFor(rule).keywords(",")) {
			if (comma.getPreviousSemanticRegion() != null && comma.getNextSemanticRegion() != null
					&& comma.getNextSemanticRegion().getText().matches("[0-9]+")) {
				document.append(comma, f -> f.noSpace());
			}
		}
		if (colon != null) {
			document.set(colon.getNextHiddenRegion(), textRegionExtensions.regionForEObject(rule).getNextHiddenRegion(),
					f -> f.indent());
		}
	}

	private void formatBlock(EObject element, IFormattableDocument document) {
		for (Pair<ISemanticRegion, ISemanticRegion> braces : textRegionExtensions.regionFor(element).keywordPairs("{", "}")) {
			document.append(braces.getKey(), f -> f.newLine());
			document.prepend(braces.getValue(), f -> f.newLine());
			document.interior(braces, f -> f.indent());
		}
		ISemanticRegionsFinder regions = textRegionExtensions.regionFor(element);
		for (ISemanticRegion keyword : regions.keywords(LINE_STARTS)) {
			document.prepend(keyword, f -> f.newLine());
		}
		if (element instanceof Dataset dataset && dataset.getSplit() != null) {
			document.prepend(dataset.getSplit(), f -> f.newLine());
		}
		// one lexicon entry, one role per line
		if (element instanceof Lexicon || element instanceof EventType) {
			for (ISemanticRegion comma : regions.keywords(",")) {
				document.append(comma, f -> f.newLine());
			}
		}
		for (ISemanticRegion semicolon : textRegionExtensions.allRegionsFor(element).keywords(";")) {
			document.append(semicolon, f -> f.newLine());
		}
	}

	private static final String[] LINE_STARTS = { "color", "key", "description", "cameo", "roles", "include",
			"zones", "format", "tags", "tokens", "to" };
}
