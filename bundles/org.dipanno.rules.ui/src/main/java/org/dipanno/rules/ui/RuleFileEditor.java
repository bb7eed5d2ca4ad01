package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.rules.ide.symbols.RuleFileSymbol;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ChainedPreferenceStore;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.validation.Issue;

/**
 * The rule file editor: a platform text editor (file buffers, save, dirty state, undo/redo, the workbench's
 * recovery of unsaved files) driven by the rule language's Xtext runtime and IDE services. Analysis runs off the UI
 * thread after a pause in typing; its diagnostics become problem markers (rulers, Problems view), passing examples
 * get a mark on their line, and semantic highlighting and the outline follow.
 */
public class RuleFileEditor extends TextEditor {

	public static final String ID = "org.dipanno.rules.ui.editor";
	/** Key binding context of the editor (F3, Ctrl+Shift+F, Ctrl+/ on top of the text editor's keys). */
	public static final String CONTEXT = "org.dipanno.rules.ui.editorContext";
	/** Annotation type of an example block that passed. */
	public static final String EXAMPLE_PASSED = "org.dipanno.rules.ui.examplePassed";

	private static final String MATCHING_BRACKETS = "org.dipanno.rules.ui.matchingBrackets";
	private static final String MATCHING_BRACKETS_COLOR = "org.dipanno.rules.ui.matchingBracketsColor";

	private final List<Runnable> analysisListeners = new ArrayList<>();
	private volatile RuleFileState state;
	private SemanticHighlighter semanticHighlighter;
	private RuleOutlinePage outline;
	private final List<Annotation> exampleAnnotations = new ArrayList<>();

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		IPreferenceStore own = RulesUi.getDefault().getPreferenceStore();
		own.setDefault(MATCHING_BRACKETS, true);
		PreferenceConverter.setDefault(own, MATCHING_BRACKETS_COLOR, new RGB(150, 150, 150));
		IPreferenceStore preferences = new ChainedPreferenceStore(
				new IPreferenceStore[] { own, EditorsUI.getPreferenceStore() });
		setPreferenceStore(preferences);
		setSourceViewerConfiguration(new RuleSourceViewerConfiguration(this, preferences));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '(', ')', '{', '}', '[', ']' }));
		support.setMatchingCharacterPainterPreferenceKeys(MATCHING_BRACKETS, MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		ISourceViewer viewer = super.createSourceViewer(parent, ruler, styles);
		semanticHighlighter = new SemanticHighlighter(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		IFile file = file();
		if (file != null && isCorpusRuleFile(file)) {
			IDocument document = getDocumentProvider().getDocument(getEditorInput());
			try {
				String recovered = RuleRecovery.offer(getSite().getShell(), file.getName(), document.get());
				if (recovered != null) {
					document.set(recovered);
				}
			} catch (java.io.IOException e) {
				RulesUi.log("The recovery copy of " + file.getName() + " could not be read", e);
			}
			scheduleRecoveryCopies(file);
		}
	}

	private static boolean isCorpusRuleFile(IFile file) {
		return file.getProject().getName().equals(CorpusRuleFolder.PROJECT) && file.getParent() instanceof IFolder;
	}

	/** Every few seconds (the workbench's recovery interval), the unsaved text goes to the recovery copy. */
	private void scheduleRecoveryCopies(IFile file) {
		int seconds = org.dipanno.ui.DipannoUi.getDefault().getPreferenceStore()
				.getInt(org.dipanno.ui.DipannoUi.PREF_AUTOSAVE_SECONDS);
		if (seconds <= 0) {
			return;
		}
		Display display = getSite().getShell().getDisplay();
		Runnable[] tick = new Runnable[1];
		tick[0] = () -> {
			ISourceViewer viewer = getSourceViewer();
			if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
				return;
			}
			if (isDirty()) {
				try {
					RuleRecovery.write(file.getName(), viewer.getDocument().get());
				} catch (java.io.IOException e) {
					RulesUi.log("The recovery copy of " + file.getName() + " could not be written", e);
				}
			}
			display.timerExec(seconds * 1000, tick[0]);
		};
		display.timerExec(seconds * 1000, tick[0]);
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new ContentAssistAction(RuleEditorMessages.BUNDLE, "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
		markAsStateDependentAction("ContentAssistProposal", true);
	}

	/** The URI the text is parsed under: the file's location, so that imports and word lists resolve beside it. */
	public URI resourceUri() {
		IEditorInput input = getEditorInput();
		if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
			return URI.createFileURI(fileInput.getFile().getLocation().toOSString());
		}
		if (input instanceof IURIEditorInput uriInput) {
			return URI.createURI(uriInput.getURI().toString());
		}
		return URI.createFileURI("/" + input.getName());
	}

	/** The workspace file being edited, or null for a file outside the workspace. */
	public IFile file() {
		return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	/** The analysis of the current text (made now, on the calling thread, when the last one is out of date). */
	public RuleFileState currentState(String text) {
		RuleFileState last = state;
		if (last != null && last.text().equals(text)) {
			return last;
		}
		return RuleFileState.compute(resourceUri(), text, () -> false);
	}

	/** The last finished analysis, or null before the first. */
	public RuleFileState lastState() {
		return state;
	}

	/**
	 * Called on the reconciler's thread with a finished analysis (of the document's text at that modification stamp).
	 * On the UI thread, if the text is still the analysed one, each view of it takes what changed: highlighting,
	 * example marks, outline; the problem markers are written by a job. An analysis of text typed over since is dropped
	 * (a newer one follows).
	 */
	void analysed(IDocument document, RuleFileState analysis, long stamp) {
		state = analysis;
		IFile file = file();
		Display.getDefault().asyncExec(() -> {
			ISourceViewer viewer = getSourceViewer();
			if (viewer == null || viewer.getDocument() != document || !stillAnalysed(document, analysis, stamp)) {
				return;
			}
			semanticHighlighter.update(document, analysis.highlights());
			showPassedExamples(analysis);
			if (outline != null) {
				outline.setSymbols(analysis.symbols());
			}
			if (file != null) {
				updateMarkers(file, analysis);
			} else if (state == analysis) {
				fireAnalysed();
			}
		});
	}

	/** Whether the document's text is the analysed one (by its modification stamp: copying 10,000 lines takes a while). */
	private static boolean stillAnalysed(IDocument document, RuleFileState analysis, long stamp) {
		if (stamp != org.eclipse.jface.text.IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			return RuleAnalysis.stamp(document) == stamp;
		}
		return document.get().equals(analysis.text());
	}

	private void updateMarkers(IFile file, RuleFileState analysis) {
		Job markers = Job.create("Updating the rule file's problems", monitor -> {
			// A newer analysis writes its own markers; this one is out of date.
			if (state != analysis) {
				return;
			}
			try {
				RuleMarkers.update(file, analysis.ownIssues());
			} catch (CoreException e) {
				RulesUi.log("The problems of " + file.getName() + " could not be updated", e);
			}
			Display.getDefault().asyncExec(() -> {
				if (state == analysis) {
					fireAnalysed();
				}
			});
		});
		markers.setSystem(true);
		markers.setRule(file);
		markers.schedule();
	}

	/** Marks the examples that pass, changing the annotation model only where the marks differ (in one event). */
	private void showPassedExamples(RuleFileState analysis) {
		IAnnotationModel model = getDocumentProvider().getAnnotationModel(getEditorInput());
		List<RuleFileState.PassedExample> passed = analysis.passedExamples();
		if (model == null || marked(model, passed)) {
			return;
		}
		Map<Annotation, Position> added = new HashMap<>();
		List<Annotation> marks = new ArrayList<>();
		for (RuleFileState.PassedExample example : passed) {
			Annotation annotation = new Annotation(EXAMPLE_PASSED, false, passedText(example));
			added.put(annotation, new Position(example.offset(), example.length()));
			marks.add(annotation);
		}
		Annotation[] removed = exampleAnnotations.toArray(Annotation[]::new);
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(removed, added);
		} else {
			Arrays.stream(removed).forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
		exampleAnnotations.clear();
		exampleAnnotations.addAll(marks);
	}

	private static String passedText(RuleFileState.PassedExample example) {
		return "Example passes: \"" + example.text() + "\"";
	}

	/** Whether the marks shown are those of the passing examples (where the text moved them). */
	private boolean marked(IAnnotationModel model, List<RuleFileState.PassedExample> passed) {
		if (passed.size() != exampleAnnotations.size()) {
			return false;
		}
		for (int i = 0; i < passed.size(); i++) {
			Annotation annotation = exampleAnnotations.get(i);
			Position position = model.getPosition(annotation);
			RuleFileState.PassedExample example = passed.get(i);
			if (position == null || position.isDeleted() || position.getOffset() != example.offset()
					|| position.getLength() != example.length() || !passedText(example).equals(annotation.getText())) {
				return false;
			}
		}
		return true;
	}

	/** Runs (on the UI thread) after each analysis has been shown, markers included. */
	public void addAnalysisListener(Runnable listener) {
		analysisListeners.add(listener);
	}

	public void removeAnalysisListener(Runnable listener) {
		analysisListeners.remove(listener);
	}

	private void fireAnalysed() {
		List.copyOf(analysisListeners).forEach(Runnable::run);
	}

	/** The issues of the last analysis (this file's own). */
	public List<Issue> issues() {
		RuleFileState last = state;
		return last == null ? List.of() : last.ownIssues();
	}

	/** The completion proposals content assist lists at an offset of the current text (their display strings). */
	public List<String> completionsAt(int offset) {
		return java.util.Arrays.stream(new RuleContentAssistProcessor(this)
				.computeCompletionProposals(getSourceViewer(), offset))
				.map(org.eclipse.jface.text.contentassist.ICompletionProposal::getDisplayString).toList();
	}

	/** What the hover over an offset shows (the editor's own hover, as the mouse resting there asks it). */
	public String hoverAt(int offset) {
		ISourceViewer viewer = getSourceViewer();
		return getSourceViewerConfiguration().getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE)
				.getHoverInfo(viewer, new org.eclipse.jface.text.Region(offset, 0));
	}

	/** The quick fixes Ctrl+1 offers on the line of an offset. */
	public List<QuickFixes.Fix> quickFixesAt(int offset) {
		return new RuleQuickAssistProcessor(this).fixesAt(getSourceViewer().getDocument(), offset);
	}

	/** Applies a quick fix to the text (as choosing it in the Ctrl+1 list does). */
	public void apply(QuickFixes.Fix fix) {
		new RuleQuickAssistProcessor.FixProposal(fix).apply(getSourceViewer().getDocument());
	}

	/** The symbols the Outline shows (empty before the first analysis). */
	public List<RuleFileSymbol> outlineSymbols() {
		RuleFileState last = state;
		return last == null ? List.of() : last.symbols();
	}

	SemanticHighlighter semanticHighlighter() {
		return semanticHighlighter;
	}

	/** How many ranges semantic highlighting styles now. */
	public int semanticHighlightCount() {
		return semanticHighlighter.rangeCount();
	}

	/** Selects a symbol's name (from the outline). */
	void reveal(RuleFileSymbol symbol) {
		selectAndReveal(symbol.nameOffset(), symbol.nameLength());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new RuleOutlinePage(this);
				if (state != null) {
					outline.setSymbols(state.symbols());
				}
			}
			return adapter.cast(outline);
		}
		return super.getAdapter(adapter);
	}

	void outlineClosed() {
		outline = null;
	}

	/** The source viewer, for the editor's commands. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/**
	 * After a save, the rule set runs again where the Rule Results view last ran it (if the view is open), and article
	 * editors that preview the rules' proposals preview them again.
	 */
	@Override
	protected void editorSaved() {
		super.editorSaved();
		discardRecoveryCopy();
		org.dipanno.ui.rules.RulePreviews.refreshShown();
		if (getSite().getPage().findView(RuleResultsView.ID) instanceof RuleResultsView results) {
			results.runAgain();
		}
	}

	private void discardRecoveryCopy() {
		IFile file = file();
		if (file != null && isCorpusRuleFile(file)) {
			try {
				RuleRecovery.discard(file.getName());
			} catch (java.io.IOException e) {
				RulesUi.log("The recovery copy of " + file.getName() + " could not be removed", e);
			}
		}
	}

	@Override
	public void dispose() {
		// Closed (saved, or its changes thrown away on purpose): no unsaved work to offer back.
		discardRecoveryCopy();
		if (semanticHighlighter != null) {
			semanticHighlighter.dispose();
		}
		super.dispose();
	}
}
