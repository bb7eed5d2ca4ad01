package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

/** The language's formatter (Xtext formatting2) applied to a parsed text. */
final class Formatting {

	private Formatting() {
	}

	/** The formatted text; the text itself when it does not parse (the formatter would guess). */
	static String format(XtextResource resource, String text) {
		if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
			return text;
		}
		FormatterRequest request = RuleLanguage.injector().getInstance(FormatterRequest.class);
		request.setAllowIdentityEdits(false);
		request.setTextRegionAccess(RuleLanguage.injector().getInstance(TextRegionAccessBuilder.class)
				.forNodeModel(resource).create());
		List<ITextReplacement> replacements = new ArrayList<>(
				RuleLanguage.injector().getInstance(IFormatter2.class).format(request));
		replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
		StringBuilder formatted = new StringBuilder(text);
		for (ITextReplacement replacement : replacements) {
			formatted.replace(replacement.getOffset(), replacement.getEndOffset(), replacement.getReplacementText());
		}
		return formatted.toString();
	}
}
