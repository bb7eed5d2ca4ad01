package org.dipanno.app;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dipanno.seeds.SeedCorpus;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Lists the documents of the open corpus. The seed corpus is the corpus opened
 * on first start.
 */
public class CorpusView extends ViewPart {

	public static final String ID = "org.dipanno.app.views.corpus";

	/** One row of the view: a document and the title line of its text. */
	public record CorpusEntry(String documentId, String title, int characters) {

		static CorpusEntry ofSeed(String fileName) {
			String text = new String(SeedCorpus.read(fileName), StandardCharsets.UTF_8);
			int lineEnd = text.indexOf('\n');
			String title = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
			return new CorpusEntry(SeedCorpus.documentId(fileName), title, text.length());
		}
	}

	private TableViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		Composite container = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		container.setLayout(columns);
		viewer = new TableViewer(container, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		addColumn(columns, "Title", 5, entry -> entry.title());
		addColumn(columns, "Document", 2, entry -> entry.documentId());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(seedEntries());
		getSite().setSelectionProvider(viewer);
	}

	private void addColumn(TableColumnLayout layout, String name, int weight,
			java.util.function.Function<CorpusEntry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(name);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CorpusEntry) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	static List<CorpusEntry> seedEntries() {
		return SeedCorpus.FILE_NAMES.stream().map(CorpusEntry::ofSeed).toList();
	}

	/** The viewer, for tests that check what the linguist sees. */
	public TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
