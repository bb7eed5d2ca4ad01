package org.dipanno.ui.search;

import java.io.IOException;
import java.util.List;

import org.dipanno.model.EntityType;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.Texts;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.eclipse.ui.part.ViewPart;

/**
 * Search > Search Corpus: a word, phrase or pattern over all articles of the corpus, one keyword-in-context line per
 * hit (double-click opens the article on it), and "Label All..." to label every hit as a type after a preview, as one
 * change that one Undo takes back.
 */
public class SearchView extends ViewPart {

	public static final String ID = "org.dipanno.ui.views.search";

	private Text query;
	private Combo mode;
	private Combo type;
	private Button labelAll;
	private Label summary;
	private TableViewer viewer;
	private List<CorpusSearch.Hit> hits = List.of();
	private UndoActionHandler undo;
	private RedoActionHandler redo;

	@Override
	public void init(IViewSite site) throws PartInitException {
		super.init(site);
		// Edit > Undo in this view takes back its last "label all".
		undo = new UndoActionHandler(site, LabelAllOperation.CONTEXT);
		redo = new RedoActionHandler(site, LabelAllOperation.CONTEXT);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		row.setLayout(new GridLayout(3, false));
		query = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH);
		query.setMessage("Word, phrase or pattern, e.g. hội đàm");
		query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		query.addSelectionListener(SelectionListener.widgetDefaultSelectedAdapter(event -> search()));
		mode = new Combo(row, SWT.READ_ONLY);
		mode.setItems("Word or phrase", "Pattern (regular expression)");
		mode.select(0);
		Button go = new Button(row, SWT.PUSH);
		go.setText("Search");
		go.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> search()));
		Composite labelRow = new Composite(parent, SWT.NONE);
		labelRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		labelRow.setLayout(new GridLayout(4, false));
		summary = new Label(labelRow, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setText("Searches all articles of the corpus; case and tone placement do not matter");
		new Label(labelRow, SWT.NONE).setText("Label all as");
		type = new Combo(labelRow, SWT.READ_ONLY);
		type.setItems(entityTypes());
		if (type.getItemCount() > 0) {
			type.select(0);
		}
		labelAll = new Button(labelRow, SWT.PUSH);
		labelAll.setText("Label All...");
		labelAll.setEnabled(false);
		labelAll.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> labelAll()));

		Composite tableArea = new Composite(parent, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, "Article", SWT.LEFT, 2, hit -> hit.document().getTitle());
		column(columns, "Before", SWT.RIGHT, 4, CorpusSearch.Hit::left);
		column(columns, "Match", SWT.CENTER, 2, CorpusSearch.Hit::match);
		column(columns, "After", SWT.LEFT, 4, CorpusSearch.Hit::right);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addOpenListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof CorpusSearch.Hit hit) {
				show(hit);
			}
		});
	}

	private String[] entityTypes() {
		try {
			return WorkspaceCorpus.getDefault().corpus().getSchema().getEntityTypes().stream().map(EntityType::getName)
					.toArray(String[]::new);
		} catch (IOException e) {
			DipannoUi.log("The corpus cannot be loaded", e);
			return new String[0];
		}
	}

	private void column(TableColumnLayout layout, String title, int style, int weight,
			java.util.function.Function<CorpusSearch.Hit, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CorpusSearch.Hit) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	/** Runs the query typed (as the Search button does). */
	public void search(String text, boolean pattern) {
		query.setText(text);
		mode.select(pattern ? 1 : 0);
		search();
	}

	private void search() {
		try {
			hits = CorpusSearch.find(WorkspaceCorpus.getDefault().corpus().getDocuments(), query.getText(),
					mode.getSelectionIndex() == 1);
			long articles = hits.stream().map(CorpusSearch.Hit::document).distinct().count();
			summary.setText(Texts.count(hits.size(), "occurrence") + " in " + Texts.count(articles, "article"));
		} catch (IllegalArgumentException | IOException e) {
			hits = List.of();
			summary.setText(e.getMessage());
		}
		viewer.setInput(hits);
		labelAll.setEnabled(!hits.isEmpty() && type.getSelectionIndex() >= 0);
	}

	/** Opens the hit's article with the hit selected. */
	private void show(CorpusSearch.Hit hit) {
		try {
			ArticleEditor editor = (ArticleEditor) getSite().getPage().openEditor(new DocumentEditorInput(
					WorkspaceCorpus.getDefault().folder(), hit.document().getId(), hit.document().getTitle()),
					ArticleEditor.ID);
			editor.getTextWidget().setSelection(hit.end(), hit.start());
			editor.getTextWidget().showSelection();
			org.dipanno.ui.editor.ReviewStream.caretMovedByProgram(editor);
		} catch (PartInitException e) {
			DipannoUi.log("Cannot open " + hit.document().getId(), e);
			summary.setText("Cannot open " + hit.document().getId() + ": " + e.getMessage());
		}
	}

	private void labelAll() {
		String annotator = DipannoUi.annotator();
		List<LabelAllOperation.Planned> plan = LabelAllOperation.plan(hits, annotator);
		EntityType chosen;
		try {
			chosen = WorkspaceCorpus.getDefault().corpus().getSchema().findEntityType(type.getText());
		} catch (IOException e) {
			summary.setText(e.getMessage());
			return;
		}
		LabelAllPreview preview = new LabelAllPreview(getSite().getShell(), plan, chosen.getName(), annotator);
		if (preview.open() != Window.OK) {
			return;
		}
		if (plan.stream().noneMatch(p -> p.skipped() == null)) {
			summary.setText("Nothing to label: every occurrence is annotated already or cannot be");
			return;
		}
		LabelAllOperation operation = new LabelAllOperation(WorkspaceCorpus.getDefault(), plan, chosen, annotator);
		try {
			PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(operation, null, null);
			summary.setText(operation.getLabel() + "; Edit > Undo (here or in an article) takes them back");
			undo.update();
			redo.update();
		} catch (ExecutionException e) {
			summary.setText(e.getMessage());
		}
	}

	/** The hits shown, for tests. */
	public List<CorpusSearch.Hit> getHits() {
		return hits;
	}

	/** The line under the query (counts, problems, what was labelled), for tests. */
	public String getSummary() {
		return summary.getText();
	}

	/** Chooses the type for "Label All" (as the combo does). */
	public void chooseType(String typeName) {
		type.select(type.indexOf(typeName));
	}

	/** Presses "Label All..." (the preview opens). */
	public void pressLabelAll() {
		labelAll();
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}

	@Override
	public void dispose() {
		undo.dispose();
		redo.dispose();
		super.dispose();
	}
}
