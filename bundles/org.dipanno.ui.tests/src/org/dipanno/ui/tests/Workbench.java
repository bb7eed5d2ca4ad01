package org.dipanno.ui.tests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.RecoveryPolicy;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** What the UI tests do to the workbench: run its commands, let it process events, wait for what the user sees. */
final class Workbench {

	private Workbench() {
	}

	/**
	 * Annotates as {@code annotator}, without autosave (a test saves when it means to) and with recovery copies
	 * restored without asking.
	 */
	static void annotateAs(String annotator) {
		DipannoUi.getDefault().getPreferenceStore().setValue(DipannoUi.PREF_ANNOTATOR, annotator);
		DipannoUi.getDefault().getPreferenceStore().setValue(DipannoUi.PREF_AUTOSAVE_SECONDS, 0);
		DipannoUi.getDefault().getPreferenceStore().setValue(RecoveryPolicy.PREFERENCE, RecoveryPolicy.RESTORE.name());
	}

	static void runCommand(String id, Map<String, String> parameters) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(id), parameters), null);
		processEvents();
	}

	interface Action {
		void run() throws Exception;
	}

	/** The jobs of a type scheduled while the action ran (a job may well be finished by the time it returns). */
	static <T extends Job> List<T> jobsScheduledBy(Class<T> type, Action action) throws Exception {
		List<T> scheduled = new CopyOnWriteArrayList<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				if (type.isInstance(event.getJob())) {
					scheduled.add(type.cast(event.getJob()));
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			action.run();
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
		return List.copyOf(scheduled);
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// keep dispatching until the queue is empty
			}
		}
	}

	/** What the active article editor last told the linguist, for a timeout's message. */
	private static String lastEditorMessage() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		var active = window == null || window.getActivePage() == null ? null : window.getActivePage().getActiveEditor();
		return active instanceof ArticleEditor article && article.getLastMessage() != null
				? " (the editor says: " + article.getLastMessage() + ")"
				: "";
	}

	static void waitUntil(BooleanSupplier condition, String what) {
		waitUntil(condition, what, 5000);
	}

	static void waitUntil(BooleanSupplier condition, String what, long millis) {
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting until " + what + lastEditorMessage());
			}
			processEvents();
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	/** The text of a table cell, the column found by its header as the user sees it. */
	static String cell(Table table, int row, String header) {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getText().equals(header)) {
				return table.getItem(row).getText(i);
			}
		}
		throw new AssertionError("No column " + header + " in the table");
	}

	/** The row whose cell under the header has this text. */
	static int row(Table table, String header, String text) {
		for (int row = 0; row < table.getItemCount(); row++) {
			if (cell(table, row, header).equals(text)) {
				return row;
			}
		}
		throw new AssertionError("No row with " + header + " " + text);
	}
}
