package org.dipanno.ui.help;

import org.dipanno.ui.dialogs.TitledFormDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Help > Key Reference: all keys of the workbench in a table (see {@link KeyReference}). */
public class KeyReferenceDialog extends TitledFormDialog {

	public static final String TITLE = "dipanno Key Reference";
	private Table table;

	public KeyReferenceDialog(Shell parent) {
		super(parent, TITLE, null);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Key Reference");
		setMessage("Every key bound in the workbench, read from its key bindings, and what it does.");
		table = table(area, 860, 520, "Key", "Does");
		TableColumn keys = table.getColumn(0);
		TableColumn does = table.getColumn(1);
		for (KeyReference.Entry entry : KeyReference.entries()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { entry.keys(), entry.does() });
		}
		keys.pack();
		keys.setWidth(keys.getWidth() + 16);
		does.pack();
		return area;
	}

	/** The table of keys, for tests. */
	public Table getTable() {
		return table;
	}
}
