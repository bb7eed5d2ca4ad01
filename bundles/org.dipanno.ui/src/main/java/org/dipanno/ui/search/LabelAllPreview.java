package org.dipanno.ui.search;

import java.util.List;

import org.dipanno.ui.Texts;
import org.dipanno.ui.dialogs.TitledFormDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** What "Label All" will do, before it does it: every occurrence, labelled or skipped and why. */
public class LabelAllPreview extends TitledFormDialog {

	public static final String TITLE = "Label All Occurrences";

	private final List<LabelAllOperation.Planned> plan;
	private final String type;
	private final String annotator;

	public LabelAllPreview(Shell parent, List<LabelAllOperation.Planned> plan, String type, String annotator) {
		super(parent, TITLE, "Label All");
		this.plan = plan;
		this.type = type;
		this.annotator = annotator;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		long labelled = plan.stream().filter(p -> p.skipped() == null).count();
		long articles = plan.stream().filter(p -> p.skipped() == null).map(p -> p.hit().document()).distinct().count();
		setTitle("Label " + Texts.count(labelled, "occurrence") + " as " + type);
		setMessage("In " + Texts.count(articles, "article") + ", in the annotations of " + annotator + "; "
				+ (plan.size() - labelled) + " skipped. One Undo takes them all back.");
		Table table = table(area, 760, 320, "", "Article", "Occurrence in context");
		for (LabelAllOperation.Planned planned : plan) {
			TableItem item = new TableItem(table, SWT.NONE);
			CorpusSearch.Hit hit = planned.hit();
			item.setText(new String[] { planned.skipped() == null ? "label" : "skip: " + planned.skipped(),
					hit.document().getTitle(), hit.left() + "[" + hit.match() + "]" + hit.right() });
		}
		packColumns(table);
		return area;
	}
}
