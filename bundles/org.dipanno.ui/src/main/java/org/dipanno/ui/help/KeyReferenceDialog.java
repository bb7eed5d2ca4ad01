package org.dipanno.ui.help;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Help > Key Reference: all keys of the workbench in a table (see {@link KeyReference}). */
public class KeyReferenceDialog extends Dialog {

	public static final String TITLE = "dipanno Key Reference";
	private Table table;

	public KeyReferenceDialog(Shell parent) {
		super(parent);
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
		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 520;
		data.widthHint = 860;
		table.setLayoutData(data);
		TableColumn keys = new TableColumn(table, SWT.LEFT);
		keys.setText("Key");
		TableColumn does = new TableColumn(table, SWT.LEFT);
		does.setText("Does");
		for (KeyReference.Entry entry : KeyReference.entries()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { entry.keys(), entry.does() });
		}
		keys.pack();
		keys.setWidth(keys.getWidth() + 16);
		does.pack();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** The table of keys, for tests. */
	public Table getTable() {
		return table;
	}
}
