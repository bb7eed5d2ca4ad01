package org.dipanno.ui.search;

import java.util.List;

import org.dipanno.ui.Texts;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** What "Label All" will do, before it does it: every occurrence, labelled or skipped and why. */
public class LabelAllPreview extends TitleAreaDialog {

	public static final String TITLE = "Label All Occurrences";

	private final List<LabelAllOperation.Planned> plan;
	private final String type;
	private final String annotator;

	public LabelAllPreview(Shell parent, List<LabelAllOperation.Planned> plan, String type, String annotator) {
		super(parent);
		this.plan = plan;
		this.type = type;
		this.annotator = annotator;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		long labelled = plan.stream().filter(p -> p.skipped() == null).count();
		long articles = plan.stream().filter(p -> p.skipped() == null).map(p -> p.hit().document()).distinct().count();
		setTitle("Label " + Texts.count(labelled, "occurrence") + " as " + type);
		setMessage("In " + Texts.count(articles, "article") + ", in the annotations of " + annotator + "; "
				+ (plan.size() - labelled) + " skipped. One Undo takes them all back.");
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 320;
		data.widthHint = 760;
		table.setLayoutData(data);
		for (String title : new String[] { "", "Article", "Occurrence in context" }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		for (LabelAllOperation.Planned planned : plan) {
			TableItem item = new TableItem(table, SWT.NONE);
			CorpusSearch.Hit hit = planned.hit();
			item.setText(new String[] { planned.skipped() == null ? "label" : "skip: " + planned.skipped(),
					hit.document().getTitle(), hit.left() + "[" + hit.match() + "]" + hit.right() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Label All", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
