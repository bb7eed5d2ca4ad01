package org.dipanno.ui.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventMention;
import org.dipanno.model.EventType;
import org.dipanno.model.Mention;
import org.dipanno.model.Zone;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.text.ZoneKind;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.DipannoUi;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;

/**
 * The article editor: the article's stored text, read-only, with entity mentions as coloured backgrounds, rule
 * proposals in dashed boxes, event triggers boxed and underlined, and zones outside the body greyed. The linguist
 * labels by selecting (or just placing the caret) and pressing a type's key; every change is one undoable operation
 * in the workbench's history, so Edit > Undo/Redo, the dirty marker and Save behave as in any Eclipse editor.
 */
public class ArticleEditor extends DocumentEditorPart {

	public static final String ID = "org.dipanno.ui.editors.article";
	/** Key bindings of the article editor are active in this context. */
	public static final String CONTEXT_ID = "org.dipanno.ui.contexts.articleEditor";

	private final List<Consumer<ArticleEditor>> changeListeners = new CopyOnWriteArrayList<>();
	private DisplayedSet displayed;
	private SourceViewer viewer;
	private Legend legend;
	private final MentionSelectionProvider selectionProvider = new MentionSelectionProvider(this);
	private ArgumentArcs arcs;
	private EditorHeader header;
	private RulePreview preview;
	private UndoActionHandler undoAction;
	private RedoActionHandler redoAction;

	public ArticleEditor() {
		super("Article annotations");
	}

	@Override
	protected String kindOfEditor() {
		return "article editor";
	}

	@Override
	protected void documentOpened(IEditorSite site) throws PartInitException {
		org.dipanno.ui.AnnotatorName.askOnce(site.getShell());
		displayed = DisplayedSet.mine(DipannoUi.annotator());
		updatePartName();
		setTitleToolTip(getDocument().getId() + " — " + workspaceCorpus().folder());
		// The action bars are shared by all article editors: ArticleEditorActionContributor points Undo and Redo at
		// the active editor's own handlers.
		undoAction = new UndoActionHandler(site, getUndoContext());
		undoAction.setPruneHistory(true);
		redoAction = new RedoActionHandler(site, getUndoContext());
		redoAction.setPruneHistory(true);
		site.setSelectionProvider(selectionProvider);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite container = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		container.setLayout(layout);
		header = new EditorHeader(container);
		legend = new Legend(container, schema());
		legend.getControl().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		viewer = ArticleViewer.create(container, this);
		StyledText text = viewer.getTextWidget();
		arcs = ArgumentArcs.install(this, text);
		MenuManager contextMenu = new MenuManager("#ArticleEditorContext", ID + ".context");
		contextMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		text.setMenu(contextMenu.createContextMenu(text));
		getSite().registerContextMenu(ID + ".context", contextMenu, selectionProvider);
		text.addCaretListener(event -> selectionProvider.caretMoved());
		text.addSelectionListener(org.eclipse.swt.events.SelectionListener
				.widgetSelectedAdapter(event -> selectionProvider.caretMoved()));
		refreshPresentation();
		header.update(this);

		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		startRecoveryCopies();
	}

	// ---- what the editor shows -------------------------------------------------------------------------------

	public AnnotationSchema schema() {
		return getDocument().getCorpus().getSchema();
	}

	@Override
	public StyledText getTextWidget() {
		return viewer == null ? null : viewer.getTextWidget();
	}

	public DisplayedSet getDisplayedSet() {
		return displayed;
	}

	/** Edit > Undo while this editor is active: its own history only. */
	public UndoActionHandler getUndoAction() {
		return undoAction;
	}

	/** Edit > Redo while this editor is active. */
	public RedoActionHandler getRedoAction() {
		return redoAction;
	}

	/** Shows another annotation set (mine, rule proposals, gold, another annotator read-only). */
	public void showSet(DisplayedSet set) {
		displayed = set;
		refreshPresentation();
		updatePartName();
		fireChanged();
	}

	/** The tab shows the title, and a check mark when the article is done for the displayed set. */
	private void updatePartName() {
		String title = getDocument().getTitle() == null ? getDocument().getId() : getDocument().getTitle();
		setPartName(isDone() ? DONE_MARK + " " + title : title);
	}

	/** Shown before the title of a done article (tab, navigator). */
	public static final String DONE_MARK = "\u2713";

	/** The displayed set, or null when it does not exist yet in this document. */
	public AnnotationSet displayedAnnotationSet() {
		return displayed.setIn(getDocument());
	}

	/**
	 * The set edits go into, created when missing; null when the displayed set is read-only. Call it inside
	 * {@link #change}, so that creating the set is part of the undoable change.
	 */
	public AnnotationSet editableSet() {
		if (!displayed.editable()) {
			return null;
		}
		return getDocument().getOrCreateAnnotationSet(displayed.kind(),
				displayed.kind() == AnnotationSetKind.ANNOTATOR ? displayed.annotator() : null);
	}

	/** Mentions of the displayed set, plus pending rule proposals where the displayed set takes decisions. */
	public List<Mention> visibleMentions() {
		return displayed.mentionsIn(getDocument());
	}

	/** Rule proposals still waiting for a decision. */
	public List<Mention> pendingProposals() {
		return DisplayedSet.pendingProposals(getDocument());
	}

	/** Visible mentions covering the offset, innermost (shortest) first. */
	public List<Mention> mentionsAt(int offset) {
		return visibleMentions().stream().filter(m -> m.getStart() <= offset && offset < m.getEnd())
				.sorted(Comparator.comparingInt((Mention m) -> m.getEnd() - m.getStart())).toList();
	}

	/** Whether the editor's controls exist (after {@link #createPartControl}). */
	boolean hasControls() {
		return viewer != null;
	}

	/** The mention under the caret (innermost), or null. */
	public Mention mentionAtCaret() {
		List<Mention> mentions = mentionsAt(getTextWidget().getCaretOffset());
		if (mentions.isEmpty() && getTextWidget().getCaretOffset() > 0) {
			mentions = mentionsAt(getTextWidget().getCaretOffset() - 1);
		}
		return mentions.isEmpty() ? null : mentions.get(0);
	}

	/** The current selection as a span snapped to syllables (or trimmed only, when snapping is off); null if none. */
	public int[] selectedSpan(boolean snap) {
		Point selection = getTextWidget().getSelection();
		if (snap && selection.x == selection.y) {
			return CaretSpans.at(getDocument(), selection.x); // the name or word under the caret
		}
		if (snap) {
			return SpanSnapping.snap(getDocument().getTokens(), selection.x, selection.y);
		}
		return SpanSnapping.trim(getDocument().getText(), selection.x, selection.y);
	}

	/** Selects and shows a mention in the text. */
	public void reveal(Mention mention) {
		viewer.setSelectedRange(mention.getStart(), mention.getEnd() - mention.getStart());
		viewer.revealRange(mention.getStart(), mention.getEnd() - mention.getStart());
		selectionProvider.caretMoved();
	}

	/** Recomputes all styles from the model (after any change; one pass over all mentions). */
	public void refreshPresentation() {
		if (viewer == null || getTextWidget().isDisposed()) {
			return;
		}
		getTextWidget().setStyleRanges(computeStyles());
		getTextWidget().redraw(); // the arcs
	}

	StyleRange[] computeStyles() {
		List<Highlight> highlights = EditorHighlights.of(getDocument(), visibleMentions());
		if (preview != null) {
			highlights.addAll(preview.highlights(schema()));
		}
		return StylePlanner.plan(highlights);
	}

	// ---- the preview of the rules' proposals -------------------------------------------------------------------

	/** The rule set's proposals drawn over the text before they are applied, or null when none is shown. */
	public RulePreview getPreview() {
		return preview;
	}

	/**
	 * Draws the rule set's would-be proposals over the text (in place of a preview shown before). It changes nothing
	 * in the document: no undo entry, no unsaved change.
	 */
	public void showPreview(RulePreview shown) {
		preview = shown;
		refreshPresentation();
		if (header != null) {
			header.update(this);
		}
		showStatus(shown.describe());
	}

	/** What the line above the legend says (the set shown, or the preview), as the linguist reads it. */
	public String getHeaderText() {
		return header == null ? null : header.text();
	}

	/** What hovering the offset shows (the mentions and previewed proposals there), or null. */
	public String hoverTextAt(int offset) {
		MentionHover hover = new MentionHover(this);
		org.eclipse.jface.text.IRegion region = hover.getHoverRegion(viewer, offset);
		return region == null ? null : hover.getHoverInfo(viewer, region);
	}

	/** Stops drawing the preview (Esc, or once the proposals are applied). */
	public void dismissPreview() {
		if (preview == null) {
			return;
		}
		preview = null;
		refreshPresentation();
		if (header != null) {
			header.update(this);
		}
	}

	// ---- changes ---------------------------------------------------------------------------------------------

	/** Runs a change as one undoable operation (see {@link DocumentEditorPart#change}); clears the status line. */
	@Override
	public boolean change(String label, Runnable change) {
		showStatus(null);
		return super.change(label, change);
	}

	/** Labels the selection (or the syllable at the caret) with the entity type. */
	public EntityMention label(EntityType type, boolean snap) {
		if (!checkEditable()) {
			return null;
		}
		EntityMention existing = Relabel.target(this);
		if (existing != null) {
			return Relabel.apply(this, existing, type);
		}
		int[] span = selectedSpan(snap);
		if (span == null) {
			showMessage("Select the text to label (or place the caret in a word)");
			return null;
		}
		if (!AnnotationActions.isAnnotatable(getDocument(), span[0], span[1])) {
			showMessage("This text is boilerplate, which is excluded from annotation");
			return null;
		}
		String problem = SpanChecks.problem(getDocument(), span[0], span[1]);
		if (problem != null) {
			showMessage(problem);
			return null;
		}
		EntityMention[] labelled = new EntityMention[1];
		boolean done = change("Label " + type.getName(), () -> labelled[0] = AnnotationActions.label(editableSet(),
				span[0], span[1], type, annotatorName(), Instant.now()));
		return done ? labelled[0] : null;
	}

	/** Creates an event whose trigger is the selection. */
	public EventMention createEvent(EventType type, boolean snap) {
		if (!checkEditable()) {
			return null;
		}
		int[] span = selectedSpan(snap);
		if (span == null) {
			showMessage("Select the trigger of the event (or place the caret in it)");
			return null;
		}
		String problem = SpanChecks.problem(getDocument(), span[0], span[1]);
		if (problem != null) {
			showMessage(problem);
			return null;
		}
		EventMention[] created = new EventMention[1];
		boolean done = change("Create " + type.getName() + " event", () -> created[0] = AnnotationActions
				.createEvent(editableSet(), span[0], span[1], type, annotatorName(), Instant.now()));
		return done ? created[0] : null;
	}

	/** Whether the article is done for the displayed set (its annotator finished it). */
	public boolean isDone() {
		AnnotationSet set = displayedAnnotationSet();
		return set != null && set.isDone();
	}

	/**
	 * Marks the article done for the displayed set, or reopens it when it is done: one undoable change (see
	 * {@link DoneMark}). Returns whether the change was made.
	 */
	public boolean toggleDone() {
		return DoneMark.toggle(this);
	}

	/** The arcs of event arguments over the text, and which argument is selected. */
	public ArgumentArcs getArcs() {
		return arcs;
	}

	/** Whether the displayed set takes edits; tells the linguist why not otherwise. */
	public boolean checkEditable() {
		if (!displayed.editable()) {
			showMessage(displayed.label() + " is read-only; switch to your own set to annotate");
			return false;
		}
		return true;
	}

	/** Who edits count for: the displayed annotator's name, or the preference for the gold set. */
	public String annotatorName() {
		return displayed.annotator() == null ? DipannoUi.annotator() : displayed.annotator();
	}

	/** Tells the linguist something that went wrong in the status line; null clears it. */
	@Override
	public void showMessage(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		lastMessage = message;
	}

	private String lastMessage;

	private String lastStatus;

	/** Tells the linguist how things stand in the status line (done, undone, proposals left); null clears it. */
	public void showStatus(String message) {
		lastStatus = message;
		if (getEditorSite() != null) {
			getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
		}
	}

	/** The last note this editor put in the status line (done, reopened, undone, redone), for tests. */
	public String getLastStatus() {
		return lastStatus;
	}

	/** The last message shown to the linguist in the status line (null when the last change succeeded). */
	public String getLastMessage() {
		return lastMessage;
	}

	@Override
	protected void historyStepped(int eventType, String operationLabel) {
		refreshLater();
		// What the change said in the status line ("Done for ...", proposal counts) no longer holds.
		if (eventType == OperationHistoryEvent.UNDONE) {
			showStatus("Undone: " + operationLabel);
		} else if (eventType == OperationHistoryEvent.REDONE) {
			showStatus("Redone: " + operationLabel);
		}
	}

	private void refreshLater() {
		if (viewer == null || getTextWidget() == null || getTextWidget().isDisposed()) {
			return;
		}
		getTextWidget().getDisplay().asyncExec(() -> {
			if (getTextWidget() == null || getTextWidget().isDisposed()) {
				return;
			}
			if (preview != null) {
				preview.recompute(getDocument()); // what is new or decided changes with the document
			}
			refreshPresentation();
			updatePartName();
			firePropertyChange(PROP_DIRTY);
			fireChanged();
			selectionProvider.caretMoved();
		});
	}

	/** Listeners told after every change of the document or of what is displayed (views follow the editor). */
	public void addChangeListener(Consumer<ArticleEditor> listener) {
		changeListeners.add(listener);
	}

	public void removeChangeListener(Consumer<ArticleEditor> listener) {
		changeListeners.remove(listener);
	}

	private void fireChanged() {
		if (header != null) {
			header.update(this);
		}
		changeListeners.forEach(listener -> listener.accept(this));
		// Menus show whether the article is done.
		ICommandService commands = getSite().getService(ICommandService.class);
		if (commands != null) {
			commands.refreshElements(CommandIds.MARK_DONE, null);
			commands.refreshElements(CommandIds.SHOW_SET, null);
		}
		// The navigator's progress counts follow unsaved work too.
		workspaceCorpus().fireChanged();
	}

	@Override
	public void setFocus() {
		viewer.getTextWidget().setFocus();
	}

	@Override
	public void dispose() {
		if (undoAction != null) {
			undoAction.dispose();
			redoAction.dispose();
		}
		if (legend != null) {
			legend.dispose();
		}
		super.dispose();
	}

	/** The article editors open on this document of the corpus folder, in all windows (UI thread). */
	public static List<ArticleEditor> openOn(java.nio.file.Path corpusFolder, String documentId) {
		List<ArticleEditor> editors = new ArrayList<>();
		for (var window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (var page : window.getPages()) {
				for (var reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof ArticleEditor editor
							&& editor.getEditorInput() instanceof DocumentEditorInput input
							&& input.getCorpusFolder().equals(corpusFolder) && input.getDocumentId().equals(documentId)) {
						editors.add(editor);
					}
				}
			}
		}
		return editors;
	}

	/** Zone of an offset, for messages and hovers. */
	public ZoneKind zoneKindAt(int offset) {
		Zone zone = getDocument().zoneAt(offset);
		return zone == null ? null : zone.getKind();
	}
}
