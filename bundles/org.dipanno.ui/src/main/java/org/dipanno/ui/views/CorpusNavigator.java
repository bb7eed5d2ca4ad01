package org.dipanno.ui.views;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.editing.DocumentProgress;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.Texts;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.curation.CurationColumns;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The documents of the workspace corpus with the linguist's progress on each: rule proposals still pending, the
 * linguist's own annotations, whether the linguist marked it done, the gold annotations. Double-click (or Enter) opens the article editor.
 */
public class CorpusNavigator extends ViewPart {

	public static final String ID = "org.dipanno.ui.views.corpus";

	private TableViewer viewer;
	private final Runnable corpusChanged = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	};

	/** The corpus whose changes the view follows; another one after File > Open Corpus Folder. */
	private WorkspaceCorpus listened;
	private final Runnable corpusSwitched = () -> {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (viewer.getControl().isDisposed()) {
					return;
				}
				listened.removeChangeListener(corpusChanged);
				listened = WorkspaceCorpus.getDefault();
				listened.addChangeListener(corpusChanged);
				refresh();
			});
		}
	};

	/** What the last corpus-wide run (rules, export, import) did, whole and wrapped; hidden when there is nothing. */
	private Label report;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout rootLayout = new GridLayout(1, false);
		rootLayout.marginWidth = 0;
		rootLayout.marginHeight = 0;
		root.setLayout(rootLayout);
		report = new Label(root, SWT.WRAP);
		GridData reportData = new GridData(SWT.FILL, SWT.TOP, true, false);
		reportData.widthHint = 100; // wraps at the view's width instead of asking for one line's width
		reportData.exclude = true;
		report.setLayoutData(reportData);
		report.setVisible(false);
		Composite container = new Composite(root, SWT.NONE);
		container.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout columns = new TableColumnLayout();
		container.setLayout(columns);
		viewer = new TableViewer(container, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, "Title", 10, Document::getTitle);
		column(columns, "Pending", 1, d -> Long.toString(pendingProposals(d)));
		column(columns, "Mine", 1, d -> Long.toString(mine(d)));
		column(columns, "Done", 1, d -> done(d) ? ArticleEditor.DONE_MARK : "");
		column(columns, "Gold", 1, d -> Long.toString(gold(d)));
		column(columns, "Document", 2, Document::getId);
		column(columns, "Annotators done", 2, CurationColumns::annotatorsDone);
		column(columns, "Agreement", 1, CurationColumns::agreement);
		column(columns, "Curation", 2, CurationColumns::status);
		column(columns, "Recovery", 2, d -> recoveryWaiting(d) ? "unsaved work" : "");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Document document) {
				open(document);
			}
		});
		getSite().setSelectionProvider(viewer);
		getViewSite().getActionBars().getToolBarManager().add(CurationColumns.filterAction(viewer, this::refresh));
		FollowActiveEditor.install(getSite().getPage(), viewer);
		MenuManager contextMenu = new MenuManager("#CorpusNavigatorContext", ID);
		contextMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(contextMenu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, contextMenu, viewer);
		listened = WorkspaceCorpus.getDefault();
		listened.addChangeListener(corpusChanged);
		WorkspaceCorpus.addSwitchListener(corpusSwitched);
		refresh();
	}

	/** Opens a document of the workspace corpus in the article editor. */
	public IEditorPart open(Document document) {
		try {
			return getSite().getPage().openEditor(new DocumentEditorInput(WorkspaceCorpus.getDefault().folder(),
					document.getId(), document.getTitle()), ArticleEditor.ID);
		} catch (PartInitException e) {
			DipannoUi.log("Cannot open " + document.getId(), e);
			setContentDescription("Cannot open " + document.getId() + ": " + e.getMessage());
			return null;
		}
	}

	public void refresh() {
		// Also called from the event queue: on exit the view can be gone by the time a queued refresh runs.
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		try {
			List<Document> documents = WorkspaceCorpus.getDefault().corpus().getDocuments();
			viewer.setInput(documents);
			long done = documents.stream().filter(CorpusNavigator::done).count();
			setContentDescription(Texts.count(documents.size(), "document") + ", " + done + " done by "
					+ DipannoUi.annotator() + ", in " + WorkspaceCorpus.getDefault().folder());
			showReport(WorkspaceCorpus.getDefault().lastReport());
		} catch (IOException e) {
			DipannoUi.log("The corpus cannot be loaded", e);
			viewer.setInput(List.of());
			setContentDescription("The corpus cannot be loaded: " + e.getMessage());
		}
	}

	private void showReport(String text) {
		boolean shown = text != null && !text.isBlank();
		report.setText(shown ? text : "");
		report.setToolTipText(shown ? text : null);
		report.setVisible(shown);
		((GridData) report.getLayoutData()).exclude = !shown;
		report.getParent().layout(true, true);
	}

	/**
	 * Whether unsaved work of the article waits in a recovery copy (left by a crash) to be offered back when it is
	 * opened; articles open in an editor are not counted, their copy is their editor's.
	 */
	private boolean recoveryWaiting(Document document) {
		WorkspaceCorpus corpus = WorkspaceCorpus.getDefault();
		try {
			return corpus.hasRecoveryCopy(document.getId())
					&& ArticleEditor.openOn(corpus.folder(), document.getId()).isEmpty();
		} catch (IOException e) {
			return false;
		}
	}

	static long pendingProposals(Document document) {
		AnnotationSet rules = document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
		if (rules == null) {
			return 0;
		}
		return rules.getEntityMentions().stream().filter(AnnotationActions::isPending).count()
				+ rules.getEventMentions().stream().filter(AnnotationActions::isPending).count();
	}

	static long mine(Document document) {
		AnnotationSet mine = document.findAnnotationSet(
				DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, DipannoUi.annotator()));
		return mine == null ? 0
				: mine.getEntityMentions().stream().filter(m -> m.getStatus() == MentionStatus.ACCEPTED).count()
						+ mine.getEventMentions().size();
	}

	/** Whether the linguist marked the document done for their own set. */
	static boolean done(Document document) {
		return DocumentProgress.isDone(document, AnnotationSetKind.ANNOTATOR, DipannoUi.annotator());
	}

	static long gold(Document document) {
		AnnotationSet gold = document.findAnnotationSet(DocumentOperations.GOLD_SET_ID);
		// Rejected gold mentions are curation decisions against a reading, not annotations.
		return gold == null ? 0
				: gold.getEntityMentions().stream().filter(m -> m.getStatus() != MentionStatus.REJECTED).count()
						+ gold.getEventMentions().stream().filter(m -> m.getStatus() != MentionStatus.REJECTED).count();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Document, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Document) element);
				return value == null ? "" : value;
			}
		});
		// The title is what the linguist reads the list by: it keeps room for a few words.
		int minimum = ColumnWidths.fitting(viewer.getTable(), title.equals("Title") ? "Trung Quốc và Mỹ thiết" : title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimum));
	}

	/** The report of the last corpus-wide run as shown above the table; empty when none is shown. */
	public String getReport() {
		return report.isVisible() ? report.getText() : "";
	}

	/** The table, for tests that check what the linguist sees. */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		listened.removeChangeListener(corpusChanged);
		WorkspaceCorpus.removeSwitchListener(corpusSwitched);
		super.dispose();
	}
}
