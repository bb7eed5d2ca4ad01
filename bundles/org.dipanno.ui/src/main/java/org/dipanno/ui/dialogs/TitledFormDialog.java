package org.dipanno.ui.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * What the workbench's dialogs share: a resizable window titled by the dialog, the title area whose message says what
 * the dialog will do (kept for tests), an OK button named for what it does beside Cancel, a form of labelled and named
 * fields checked as they change ({@link #validate}, {@link #showProblem}), and tables of results.
 */
public abstract class TitledFormDialog extends TitleAreaDialog {

	/** Widget data key naming each input, for tests that fill in a dialog as a linguist would. */
	public static final String FIELD = "dipanno.field";

	private final String windowTitle;
	private final String okLabel;
	private String shownMessage;

	/**
	 * @param windowTitle the window's title
	 * @param okLabel     the label of the button that does what the dialog is for ("Export"), or null for a dialog
	 *                    that only shows something (one Close button)
	 */
	protected TitledFormDialog(Shell parent, String windowTitle, String okLabel) {
		super(parent);
		this.windowTitle = windowTitle;
		this.okLabel = okLabel;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(windowTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (okLabel == null) {
			createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
			return;
		}
		createButton(parent, IDialogConstants.OK_ID, okLabel, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** Checks the form after each change (and once the buttons exist); by default there is nothing to check. */
	protected void validate() {
	}

	/** Whether the form can be checked yet: the buttons exist (fields fire changes while they are made). */
	protected boolean canValidate() {
		return getButton(IDialogConstants.OK_ID) != null;
	}

	/** Shows the problem at the top and keeps the OK button disabled while there is one (null: all is well). */
	protected void showProblem(String problem) {
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	public void setMessage(String newMessage, int newType) {
		super.setMessage(newMessage, newType);
		shownMessage = newMessage;
	}

	/** The message shown under the title (what the dialog will do), for tests. */
	public String getShownMessage() {
		return shownMessage;
	}

	/** A form filling the dialog area, in a grid of the columns. */
	protected static Composite form(Composite area, int columns) {
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(columns, false));
		return form;
	}

	protected static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}

	/** Lays the control out over the columns of its grid, filling them horizontally. */
	protected static void span(Control control, int columns) {
		control.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1));
	}

	/** Names the control for tests ({@link #FIELD}). */
	protected static void name(Control control, String name) {
		control.setData(FIELD, name);
	}

	/** A text field for a folder with a Browse... button beside it (two columns of the form). */
	protected Text folderField(Composite form, String name, String chooserMessage) {
		Text folder = new Text(form, SWT.BORDER);
		folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name(folder, name);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("Browse...");
		browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(event -> {
			DirectoryDialog chooser = new DirectoryDialog(getShell());
			chooser.setMessage(chooserMessage);
			chooser.setFilterPath(folder.getText());
			String chosen = chooser.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		}));
		return folder;
	}

	/** A table with a header and lines, filling the area, at least of the size given. */
	protected static Table table(Composite area, int widthHint, int heightHint, String... headers) {
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = heightHint;
		data.widthHint = widthHint;
		table.setLayoutData(data);
		for (String header : headers) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		return table;
	}

	/** Sizes each column to its content. */
	protected static void packColumns(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}
}
