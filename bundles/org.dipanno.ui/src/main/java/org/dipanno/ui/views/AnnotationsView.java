package org.dipanno.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.Sentence;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.Texts;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.MentionDescriptions;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The annotations of the active article as a table (type, text, status, source, sentence), filtered by what the
 * linguist types; double-click shows the annotation in the article.
 */
public class AnnotationsView extends ViewPart {

	public static final String ID = "org.dipanno.ui.views.annotations";

	private TableViewer viewer;
	private Text filter;
	private ArticleEditor editor;
	private final Consumer<ArticleEditor> editorChanged = changed -> refresh();
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof ArticleEditor articleEditor) {
				follow(articleEditor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by type, text, status or source");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite tableArea = new Composite(parent, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(columns, "Type", 2, MentionDescriptions::typeName, typeNames());
		column(columns, "Text", 4, Mention::getText);
		column(columns, "Status", 2, m -> m.getStatus().getLiteral().toLowerCase(Locale.ROOT));
		column(columns, "Source", 3, m -> MentionDescriptions.source(m.getProvenance()));
		column(columns, "Arguments", 4, MentionDescriptions::arguments);
		column(columns, "Sentence", 5, this::sentenceOf);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches((Mention) element, filter.getText());
			}
		});
		filter.addModifyListener(event -> viewer.refresh());
		viewer.addDoubleClickListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof Mention mention && editor != null) {
				getSite().getPage().activate(editor);
				editor.reveal(mention);
			}
		});
		getSite().setSelectionProvider(viewer);
		getSite().getPage().addPartListener(partListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		follow(active instanceof ArticleEditor articleEditor ? articleEditor : null);
	}

	/** Whether a mention matches the filter text (case-insensitive, on type, text, status and source). */
	static boolean matches(Mention mention, String filterText) {
		if (filterText == null || filterText.isBlank()) {
			return true;
		}
		String needle = filterText.strip().toLowerCase(Locale.ROOT);
		return String.join("\u0000", MentionDescriptions.typeName(mention), mention.getText(),
				mention.getStatus().getLiteral(), MentionDescriptions.source(mention.getProvenance()))
				.toLowerCase(Locale.ROOT).contains(needle);
	}

	/** The schema's type names, which the Type column shows whole. */
	private static List<String> typeNames() {
		List<String> names = new java.util.ArrayList<>();
		try {
			var schema = org.dipanno.ui.corpus.WorkspaceCorpus.getDefault().corpus().getSchema();
			schema.getEntityTypes().forEach(t -> names.add(t.getName()));
			schema.getEventTypes().forEach(t -> names.add(t.getName()));
		} catch (java.io.IOException e) {
			DipannoUi.log("The corpus cannot be loaded", e);
		}
		return names;
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Mention, String> text) {
		column(layout, title, weight, text, List.of());
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<Mention, String> text,
			List<String> shownWhole) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Mention) element);
				return value == null ? "" : value;
			}
		});
		List<String> texts = new java.util.ArrayList<>(shownWhole);
		texts.add(title);
		layout.setColumnData(column.getColumn(),
				new ColumnWeightData(weight, ColumnWidths.fitting(viewer.getTable(), texts.toArray(String[]::new))));
	}

	private String sentenceOf(Mention mention) {
		if (editor == null) {
			return "";
		}
		List<Sentence> sentences = editor.getDocument().getSentences();
		for (int i = 0; i < sentences.size(); i++) {
			Sentence sentence = sentences.get(i);
			if (sentence.getStart() <= mention.getStart() && mention.getStart() < sentence.getEnd()) {
				String text = sentence.getText();
				return (i + 1) + ": " + (text.length() > 60 ? text.substring(0, 60) + "…" : text);
			}
		}
		return "";
	}

	private void follow(ArticleEditor next) {
		if (editor == next) {
			refresh();
			return;
		}
		if (editor != null) {
			editor.removeChangeListener(editorChanged);
		}
		editor = next;
		if (editor != null) {
			editor.addChangeListener(editorChanged);
		}
		refresh();
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Mention> mentions = editor == null ? List.of()
				: editor.visibleMentions().stream()
						.sorted((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
								: Integer.compare(b.getEnd(), a.getEnd()))
						.toList();
		viewer.setInput(mentions);
		long pending = mentions.stream().filter(AnnotationActions::isPending).count();
		List<Mention> own = mentions.stream().filter(m -> !AnnotationActions.isPending(m)).toList();
		setContentDescription(editor == null ? "No article open"
				: editor.getDisplayedSet().label() + ": " + entities(count(own, EntityMention.class)) + ", "
						+ Texts.count(count(own, EventMention.class), "event") + "; "
						+ Texts.count(pending, "rule proposal") + " pending");
	}

	private static String entities(long count) {
		return count + (count == 1 ? " entity" : " entities");
	}

	private static long count(List<Mention> mentions, Class<?> kind) {
		return mentions.stream().filter(kind::isInstance).count();
	}

	/** The table, for tests that check what the linguist sees. */
	public TableViewer getViewer() {
		return viewer;
	}

	/** The filter field, for tests. */
	public Text getFilter() {
		return filter;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (editor != null) {
			editor.removeChangeListener(editorChanged);
		}
		super.dispose();
	}
}
