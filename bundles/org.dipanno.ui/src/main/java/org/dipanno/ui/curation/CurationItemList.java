package org.dipanno.ui.curation;

import java.util.function.Function;

import org.dipanno.model.curation.CurationItem;
import org.dipanno.model.curation.DisagreementKind;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/** The curation editor's list of items: text, what the annotators differ in, their readings, the decision. */
final class CurationItemList {

	private CurationItemList() {
	}

	static TableViewer create(Composite parent, CurationEditor editor, CurationKeys keys) {
		Composite tableHolder = new Composite(parent, SWT.NONE);
		tableHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		TableViewer list = new TableViewer(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		list.getTable().setHeaderVisible(true);
		list.getTable().setLinesVisible(true);
		String text = editor.getDocument().getText();
		column(list, columns, "Text", 4, i -> text.substring(i.start(), i.end()).replace('\n', ' '));
		column(list, columns, "Differs in", 3, i -> i.isAgreement() ? "agreement"
				: String.join(", ", i.disagreements().stream().map(DisagreementKind::label).toList()));
		column(list, columns, "Readings", 6, editor::readings);
		column(list, columns, "Decision", 3, editor::decision);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof CurationItem item && item != editor.getCurrentItem()) {
				editor.select(item);
			}
		});
		list.getTable().addKeyListener(org.eclipse.swt.events.KeyListener.keyPressedAdapter(event -> {
			if (keys.handle(event)) {
				event.doit = false;
			}
		}));
		return list;
	}

	private static void column(TableViewer list, TableColumnLayout layout, String title, int weight,
			Function<CurationItem, String> label) {
		TableViewerColumn column = new TableViewerColumn(list, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label.apply((CurationItem) element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
	}
}
