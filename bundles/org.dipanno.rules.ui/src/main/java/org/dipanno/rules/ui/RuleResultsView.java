package org.dipanno.rules.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.dipanno.engine.scoring.CorpusScoring;
import org.dipanno.engine.scoring.Counts;
import org.dipanno.engine.scoring.RuleScore;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * What the corpus's rule set does, rule by rule: matches, TP/FP/FN and precision, recall and F1 (exact span and
 * type, and overlap) against gold or an annotator's set, conflicts won and lost. Selecting a rule lists its matches
 * (article, span, text in its sentence, outcome); opening a match shows it in the article editor with its
 * explanation. Runs on the corpus, or on the open article to preview what the rules would propose there.
 */
public class RuleResultsView extends ViewPart {

	public static final String ID = "org.dipanno.rules.ui.views.ruleResults";

	private Label summary;
	private Combo reference;
	private TableViewer rules;
	private TableViewer matches;
	private Text explanation;
	private volatile RuleRun.Outcome outcome;
	private boolean lastRunOnCorpus;
	/** The latest run started: an earlier one that finishes later is not shown over it. */
	private RuleRun latestRun;
	private final List<Runnable> listeners = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		new Label(parent, SWT.NONE).setText("Against:");
		reference = new Combo(parent, SWT.READ_ONLY);
		fillReferenceSets();
		Button corpus = new Button(parent, SWT.PUSH);
		corpus.setText("Run on Corpus");
		corpus.addListener(SWT.Selection, event -> runOnCorpus());
		Button article = new Button(parent, SWT.PUSH);
		article.setText("Preview on Article");
		article.addListener(SWT.Selection, event -> runOnOpenArticle());
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
		summary.setText("Run the rules (Rules > Run Rules on the Corpus, or save a rule file) to see their results.");
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		rules = table(sash);
		column(rules, "Rule", 170, s -> ((RuleScore) s).rule());
		column(rules, "Matches", 60, s -> Integer.toString(((RuleScore) s).mentions()));
		column(rules, "TP", 40, s -> Integer.toString(((RuleScore) s).exact().truePositives()));
		column(rules, "FP", 40, s -> Integer.toString(((RuleScore) s).exact().falsePositives()));
		column(rules, "FN", 40, s -> Integer.toString(((RuleScore) s).exact().falseNegatives()));
		column(rules, "P", 50, s -> percent(((RuleScore) s).exact().precision()));
		column(rules, "R", 50, s -> percent(((RuleScore) s).exact().recall()));
		column(rules, "F1", 50, s -> percent(((RuleScore) s).exact().f1()));
		column(rules, "P overlap", 70, s -> percent(((RuleScore) s).overlap().precision()));
		column(rules, "R overlap", 70, s -> percent(((RuleScore) s).overlap().recall()));
		column(rules, "F1 overlap", 70, s -> percent(((RuleScore) s).overlap().f1()));
		column(rules, "Won", 45, s -> Integer.toString(conflicts((RuleScore) s).won()));
		column(rules, "Lost", 45, s -> Integer.toString(conflicts((RuleScore) s).lost()));
		rules.addSelectionChangedListener(event -> showMatchesOf(selectedRule()));
		Composite lower = new Composite(sash, SWT.NONE);
		lower.setLayout(new GridLayout(1, false));
		matches = table(lower);
		matches.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(matches, "Article", 150, m -> ((CorpusScoring.Match) m).documentId());
		column(matches, "Span", 80, m -> ((CorpusScoring.Match) m).start() + "-" + ((CorpusScoring.Match) m).end());
		column(matches, "Type", 90, m -> ((CorpusScoring.Match) m).type());
		column(matches, "Outcome", 70, m -> outcomeText((CorpusScoring.Match) m));
		column(matches, "Conflict", 50, m -> ((CorpusScoring.Match) m).won() ? "won" : "lost");
		column(matches, "In its sentence", 420, m -> ((CorpusScoring.Match) m).context());
		matches.addSelectionChangedListener(event -> {
			CorpusScoring.Match match = selectedMatch();
			explanation.setText(match == null ? "" : explain(match));
		});
		matches.addDoubleClickListener(event -> {
			if (selectedMatch() != null) {
				openMatch(selectedMatch());
			}
		});
		explanation = new Text(lower, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		GridData explanationLayout = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
		explanationLayout.heightHint = 48;
		explanation.setLayoutData(explanationLayout);
		sash.setWeights(55, 45);
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static void column(TableViewer viewer, String header, int width,
			java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f", value * 100);
	}

	private CorpusScoring.Conflicts conflicts(RuleScore score) {
		RuleRun.Outcome shown = outcome;
		return shown == null || shown.result() == null ? new CorpusScoring.Conflicts(0, 0)
				: shown.result().conflictsOf(score.rule());
	}

	private static String outcomeText(CorpusScoring.Match match) {
		return switch (match.outcome()) {
		case EXACT -> "TP";
		case OVERLAP -> "overlap";
		case FALSE -> "FP";
		};
	}

	private static String explain(CorpusScoring.Match match) {
		return match.rule() + " (" + match.sourceFile() + ":" + match.line() + ") marked \"" + match.text() + "\" as "
				+ match.type() + (match.won() ? "" : ", and lost a conflict") + "."
				+ (match.explanation().isEmpty() ? "" : "\n" + match.explanation());
	}

	private void fillReferenceSets() {
		TreeSet<String> ids = new TreeSet<>();
		try {
			for (Document document : WorkspaceCorpus.getDefault().corpus().getDocuments()) {
				for (AnnotationSet set : document.getAnnotationSets()) {
					if (!DocumentOperations.RULES_SET_ID.equals(set.getId())) {
						ids.add(set.getId());
					}
				}
			}
		} catch (IOException e) {
			RulesUi.log("The corpus's annotation sets could not be read", e);
		}
		ids.remove(DocumentOperations.GOLD_SET_ID);
		List<String> items = new ArrayList<>();
		items.add(DocumentOperations.GOLD_SET_ID);
		items.addAll(ids);
		reference.setItems(items.toArray(String[]::new));
		reference.select(0);
	}

	/** The reference set chosen (e.g. "gold" or an annotator's set id). */
	public String referenceSetId() {
		return reference.getItemCount() == 0 ? DocumentOperations.GOLD_SET_ID : reference.getText();
	}

	public void setReferenceSetId(String id) {
		if (reference.indexOf(id) < 0) {
			reference.add(id);
		}
		reference.select(reference.indexOf(id));
	}

	/**
	 * Runs again where the last run was (after a rule file is saved): on the corpus, or on the open article (the
	 * first time, when an article is open).
	 */
	public void runAgain() {
		if (lastRunOnCorpus || lastArticleEditor() == null) {
			runOnCorpus();
		} else {
			runOnOpenArticle();
		}
	}

	/** Runs the rule set on every document of the corpus, in the background. */
	public void runOnCorpus() {
		lastRunOnCorpus = true;
		try {
			List<Document> documents = List.copyOf(WorkspaceCorpus.getDefault().corpus().getDocuments());
			start(WorkspaceCorpus.getDefault().folder(), documents, "the corpus (" + documents.size() + " articles)");
		} catch (IOException e) {
			summary.setText("The corpus cannot be read: " + e.getMessage());
		}
	}

	/** Runs the rule set on the article of the active (or last active) article editor: a preview, nothing applied. */
	public void runOnOpenArticle() {
		lastRunOnCorpus = false;
		ArticleEditor editor = lastArticleEditor();
		if (editor == null) {
			summary.setText("Open an article to preview what the rules would propose in it.");
			return;
		}
		start(((DocumentEditorInput) editor.getEditorInput()).getCorpusFolder(), List.of(editor.getDocument()),
				"the article " + editor.getDocument().getId()
						+ " (preview: nothing is applied; Annotate > Apply Rules applies them)");
	}

	/** The active article editor, else the first one open; null when none is. */
	ArticleEditor lastArticleEditor() {
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active instanceof ArticleEditor article) {
			return article;
		}
		for (var reference : getSite().getPage().getEditorReferences()) {
			if (reference.getEditor(false) instanceof ArticleEditor article) {
				return article;
			}
		}
		return null;
	}

	private void start(java.nio.file.Path corpusFolder, List<Document> documents, String scope) {
		RuleRun[] run = new RuleRun[1];
		run[0] = new RuleRun(corpusFolder, documents, scope, referenceSetId(), finished -> show(run[0], finished));
		latestRun = run[0];
		summary.setText("Running the rules on " + scope + "…");
		run[0].schedule();
	}

	private void show(RuleRun run, RuleRun.Outcome finished) {
		if (summary.isDisposed()) {
			return;
		}
		summary.getDisplay().asyncExec(() -> {
			if (summary.isDisposed() || run != latestRun) {
				return;
			}
			outcome = finished;
			if (finished.result() == null) {
				summary.setText(finished.problem());
				rules.setInput(List.of());
				matches.setInput(List.of());
			} else {
				Counts exact = finished.result().report().allExact();
				Counts overlap = finished.result().report().allOverlap();
				summary.setText(String.format(Locale.ROOT,
						"%s on %s against %s (%d mentions): %d matches; all rules P/R/F1 %s/%s/%s exact, %s/%s/%s"
								+ " overlap%s",
						finished.ruleSet(), finished.scope(), finished.referenceSetId(),
						finished.result().referenceMentions(), finished.result().matches().size(),
						percent(exact.precision()), percent(exact.recall()), percent(exact.f1()),
						percent(overlap.precision()), percent(overlap.recall()), percent(overlap.f1()),
						finished.result().canceled() ? " (canceled)" : ""));
				rules.setInput(finished.result().report().rules());
				matches.setInput(List.of());
			}
			summary.getParent().layout();
			List.copyOf(listeners).forEach(Runnable::run);
		});
	}

	private RuleScore selectedRule() {
		return ((IStructuredSelection) rules.getSelection()).getFirstElement() instanceof RuleScore score ? score
				: null;
	}

	private CorpusScoring.Match selectedMatch() {
		return ((IStructuredSelection) matches.getSelection()).getFirstElement() instanceof CorpusScoring.Match m ? m
				: null;
	}

	private void showMatchesOf(RuleScore rule) {
		RuleRun.Outcome shown = outcome;
		matches.setInput(rule == null || shown == null || shown.result() == null ? List.of()
				: shown.result().matchesOf(rule.rule()));
		explanation.setText("");
	}

	/** Selects a rule's row (and so lists its matches). */
	public void selectRule(String name) {
		for (Object row : (List<?>) rules.getInput()) {
			if (((RuleScore) row).rule().equals(name)) {
				rules.setSelection(new StructuredSelection(row), true);
				return;
			}
		}
		throw new IllegalArgumentException("no rule " + name + " in the results");
	}

	/** Opens the article of a match in the article editor, selects its span and says how it came about. */
	public ArticleEditor openMatch(CorpusScoring.Match match) {
		try {
			Document document = WorkspaceCorpus.getDefault().document(match.documentId());
			IEditorPart part = getSite().getPage().openEditor(new DocumentEditorInput(
					WorkspaceCorpus.getDefault().folder(), document.getId(), document.getTitle()), ArticleEditor.ID);
			if (part instanceof ArticleEditor editor) {
				editor.getTextWidget().setSelection(match.start(), match.end());
				editor.getTextWidget().showSelection();
				editor.showMessage(explain(match).replace('\n', ' '));
				return editor;
			}
		} catch (IOException | PartInitException e) {
			summary.setText("The article cannot be opened: " + e.getMessage());
		}
		return null;
	}

	/** The last outcome shown, or null. */
	public RuleRun.Outcome outcome() {
		return outcome;
	}

	public Table rulesTable() {
		return rules.getTable();
	}

	public Table matchesTable() {
		return matches.getTable();
	}

	public String summaryText() {
		return summary.getText();
	}

	/** Runs (on the UI thread) after each outcome is shown. */
	public void addResultListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeResultListener(Runnable listener) {
		listeners.remove(listener);
	}

	@Override
	public void setFocus() {
		rules.getControl().setFocus();
	}
}
