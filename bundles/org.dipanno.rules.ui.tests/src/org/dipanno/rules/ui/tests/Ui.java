package org.dipanno.rules.ui.tests;

import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** What the rule editor's UI tests do to the workbench: run commands, let it process events, wait for results. */
final class Ui {

	private Ui() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static void runCommand(String id, Map<String, String> parameters) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(id), parameters), null);
		processEvents();
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// keep dispatching until the queue is empty
			}
		}
	}

	static void waitUntil(BooleanSupplier condition, String what) {
		long deadline = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
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
}
