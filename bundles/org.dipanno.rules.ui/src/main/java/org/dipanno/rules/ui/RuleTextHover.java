package org.dipanno.rules.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dipanno.engine.scoring.RuleScore;
import org.dipanno.rules.ide.hover.RulesHoverText;
import org.dipanno.rules.lexicon.WordListFile;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.LexiconEntry;
import org.dipanno.rules.model.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The hover over a name: what the IDE service says (a type's guideline, a lexicon's source, a role's accepted types),
 * plus a lexicon's size and first entries, and a rule's stage, priority, confidence and score in the last run of the
 * Rule Results view.
 */
final class RuleTextHover implements ITextHover {

	private static final int FIRST_ENTRIES = 5;

	private final RuleFileEditor editor;
	private XtextResource stagedResource;
	private RuleStages staged;

	RuleTextHover(RuleFileEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		XtextResource resource = editor.currentState(viewer.getDocument().get()).resource();
		EObject element = new EObjectAtOffsetHelper().resolveElementAt(resource, region.getOffset());
		if (element == null || element.eIsProxy()) {
			return null;
		}
		Optional<String> described = RuleLanguage.injector().getInstance(RulesHoverText.class).describe(element);
		StringBuilder text = new StringBuilder(described.orElse(""));
		if (element instanceof Lexicon lexicon) {
			text.append('\n').append(entries(lexicon));
		} else if (element instanceof Rule rule) {
			text.append("rule ").append(rule.getName()).append(": ").append(stageOf(rule, resource))
					.append(", priority ").append(rule.getPriority()).append(", confidence ")
					.append(rule.getConfidence() == null ? "1.0" : rule.getConfidence());
			lastScore(rule.getName()).ifPresent(score -> text.append('\n').append(score));
		}
		return text.isEmpty() ? null : text.toString();
	}

	/**
	 * The rule's stage as the engine orders the file with its imports (numbered from 0, as explanations of conflicts
	 * number them): a rule runs after the stages that mark the types it refers to.
	 */
	private String stageOf(Rule rule, XtextResource resource) {
		RuleStages stages = stages(resource);
		if (stages.problem() != null) {
			return "stage not known (" + stages.problem() + ")";
		}
		Integer stage = stages.byRule().get(rule.getName());
		return stage == null ? "stage not known" : "stage " + stage + " of 0–" + (stages.count() - 1);
	}

	/** The stages of the file, compiled once per analysed text (a hover over each rule would compile it again). */
	private synchronized RuleStages stages(XtextResource resource) {
		if (stagedResource != resource) {
			stagedResource = resource;
			staged = RuleStages.of(resource);
		}
		return staged;
	}

	private static String entries(Lexicon lexicon) {
		List<String> texts;
		if (lexicon.getFile() != null) {
			try {
				texts = WordListFile.read(lexicon).entries().stream().map(WordListFile.Entry::text).toList();
			} catch (IOException e) {
				return "word list not readable: " + e.getMessage();
			}
		} else {
			texts = lexicon.getEntries().stream().map(LexiconEntry::getText).toList();
		}
		return texts.size() + " entries" + (texts.isEmpty() ? "" : ": " + String.join(", ",
				texts.subList(0, Math.min(FIRST_ENTRIES, texts.size()))) + (texts.size() > FIRST_ENTRIES ? ", …" : ""));
	}

	/** The rule's figures in the Rule Results view's last run, if it has run. */
	private static Optional<String> lastScore(String rule) {
		String[] score = new String[1];
		Display.getDefault().syncExec(() -> {
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null
					&& window.getActivePage().findView(RuleResultsView.ID) instanceof RuleResultsView results
					&& results.outcome() != null && results.outcome().result() != null) {
				RuleScore found = results.outcome().result().report().rules().stream()
						.filter(each -> each.rule().equals(rule)).findFirst().orElse(null);
				if (found != null) {
					score[0] = String.format(Locale.ROOT,
							"last run on %s: %d matches, P %.1f R %.1f F1 %.1f (exact, against %s)",
							results.outcome().scope(), found.mentions(), found.exact().precision() * 100,
							found.exact().recall() * 100, found.exact().f1() * 100, results.outcome().referenceSetId());
				}
			}
		});
		return Optional.ofNullable(score[0]);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
