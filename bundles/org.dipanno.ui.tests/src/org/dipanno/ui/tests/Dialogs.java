package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.dipanno.ui.dialogs.TitledFormDialog;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** What a linguist does in the workbench's modal dialogs: open one by its command, fill in its fields, click. */
final class Dialogs {

	private Dialogs() {
	}

	interface Steps<D extends Dialog> {
		void run(D dialog) throws Exception;
	}

	/**
	 * Runs the command that opens the dialog and, inside the modal dialog's own event loop, the steps; a failing step
	 * closes the dialog and fails the test.
	 */
	static <D extends Dialog> void inDialog(String commandId, Class<D> type, Steps<D> steps) throws Exception {
		Display display = Display.getCurrent();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean done = new AtomicBoolean();
		display.asyncExec(() -> {
			try {
				runCommand(commandId, Map.of());
			} catch (Throwable e) {
				failure.compareAndSet(null, e);
			} finally {
				done.set(true);
			}
		});
		display.asyncExec(() -> {
			D dialog = null;
			try {
				long deadline = System.currentTimeMillis() + 5000;
				while ((dialog = openDialog(display, type)) == null && System.currentTimeMillis() < deadline) {
					display.readAndDispatch();
				}
				assertNotNull(dialog, "the dialog opens");
				steps.run(dialog);
			} catch (Throwable e) {
				failure.compareAndSet(null, e);
				if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
					dialog.close();
				}
			}
		});
		waitUntil(done::get, "the dialog is closed", 30_000);
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() instanceof Exception exception) {
			throw exception;
		}
	}

	private static <D extends Dialog> D openDialog(Display display, Class<D> type) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && type.isInstance(shell.getData())) {
				return type.cast(shell.getData());
			}
		}
		return null;
	}

	/** The dialog's input named {@code name} (see {@link TitledFormDialog#FIELD}). */
	static <T extends Control> T field(Composite parent, String name) {
		T found = find(parent, name);
		assertNotNull(found, "the dialog has the field " + name);
		return found;
	}

	@SuppressWarnings("unchecked")
	private static <T extends Control> T find(Composite parent, String name) {
		for (Control child : parent.getChildren()) {
			if (name.equals(child.getData(TitledFormDialog.FIELD))) {
				return (T) child;
			}
			if (child instanceof Composite composite) {
				T found = find(composite, name);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The button with this text, or null. */
	static Button button(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Ticks or clears a check box as a click does (the selection, then the event). */
	static void check(Button box, boolean selected) {
		assertTrue(box.isEnabled(), box.getText() + " can be clicked");
		box.setSelection(selected);
		box.notifyListeners(SWT.Selection, new Event());
	}

	static void click(Button button) {
		assertNotNull(button, "the button is there");
		assertTrue(button.isEnabled(), button.getText() + " can be clicked");
		button.notifyListeners(SWT.Selection, new Event());
	}
}
