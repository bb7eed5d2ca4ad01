package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.rules.ide.symbols.RuleFileSymbol;
import org.dipanno.rules.ide.symbols.RuleFileSymbols;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * What the editor knows about one version of a rule file's text, computed off the UI thread: the parsed file, its
 * diagnostics, semantic highlighting, outline and which examples pass.
 */
public record RuleFileState(String text, XtextResource resource, List<Issue> issues, List<Highlight> highlights,
		List<RuleFileSymbol> symbols, List<PassedExample> passedExamples) {

	/** A range the semantic highlighting styles, with its style ids. */
	public record Highlight(int offset, int length, String[] styles) {
	}

	/** An example block the engine ran and whose expectations all held: the offset and length of its keyword line. */
	public record PassedExample(int offset, int length, String text) {
	}

	/** Parses, validates and analyses a text; stops early (returning null) when canceled. */
	public static RuleFileState compute(URI uri, String text, CancelIndicator cancel) {
		XtextResource resource = RuleLanguage.parse(uri, text);
		if (cancel.isCanceled()) {
			return null;
		}
		List<Issue> issues = RuleLanguage.validate(resource, cancel);
		if (cancel.isCanceled()) {
			return null;
		}
		List<Highlight> highlights = new ArrayList<>();
		RuleLanguage.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> highlights.add(new Highlight(offset, length, styles)), cancel);
		List<RuleFileSymbol> symbols = RuleLanguage.injector().getInstance(RuleFileSymbols.class).of(resource);
		return new RuleFileState(text, resource, List.copyOf(issues), highlights, symbols,
				passedExamples(resource, issues));
	}

	private static List<PassedExample> passedExamples(XtextResource resource, List<Issue> issues) {
		List<PassedExample> passed = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)) {
			return passed;
		}
		boolean engineRan = issues.stream().noneMatch(issue -> IssueCodes.EXAMPLE_NOT_RUN.equals(issue.getCode()));
		if (!engineRan) {
			return passed;
		}
		for (var element : file.getElements()) {
			if (element instanceof Example example) {
				INode node = NodeModelUtils.findActualNodeFor(example);
				if (node == null) {
					continue;
				}
				int start = node.getOffset();
				int end = node.getEndOffset();
				boolean failed = issues.stream().anyMatch(issue -> issue.getOffset() != null
						&& issue.getOffset() >= start && issue.getOffset() < end
						&& issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
				if (!failed) {
					passed.add(new PassedExample(start, Math.min(node.getLength(), "example".length()),
							example.getText()));
				}
			}
		}
		return passed;
	}

	/** The issues of this file itself (not of the files it imports). */
	public List<Issue> ownIssues() {
		URI own = resource.getURI();
		return issues.stream()
				.filter(issue -> issue.getUriToProblem() == null || own.equals(issue.getUriToProblem().trimFragment()))
				.toList();
	}
}
