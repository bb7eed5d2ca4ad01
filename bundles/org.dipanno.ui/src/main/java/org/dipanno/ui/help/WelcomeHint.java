package org.dipanno.ui.help;

import org.dipanno.ui.DipannoUi;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * Keeps the welcome page in the editor area while it is empty: shown at start and when the last editor closes,
 * closed when any other editor (an article, a rule file, a curation) opens.
 */
public final class WelcomeHint implements IPartListener2 {

	private final IWorkbenchWindow window;

	private WelcomeHint(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Shows the page now if no article is open, and from now on whenever none is. */
	public static void install(IWorkbenchWindow window) {
		WelcomeHint hint = new WelcomeHint(window);
		window.getPartService().addPartListener(hint);
		hint.update();
	}

	@Override
	public void partOpened(IWorkbenchPartReference reference) {
		if (reference instanceof IEditorReference && !reference.getId().equals(WelcomeEditor.ID)) {
			updateLater();
		}
	}

	@Override
	public void partClosed(IWorkbenchPartReference reference) {
		if (reference instanceof IEditorReference) {
			updateLater();
		}
	}

	private void updateLater() {
		Display display = window.getShell() == null ? null : window.getShell().getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(this::update);
		}
	}

	private void update() {
		IWorkbenchPage page = window.getActivePage();
		if (page == null || window.getWorkbench().isClosing()) {
			return;
		}
		boolean otherEditorOpen = false;
		IEditorReference welcome = null;
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getId().equals(WelcomeEditor.ID)) {
				welcome = reference;
			} else {
				otherEditorOpen = true;
			}
		}
		if (otherEditorOpen && welcome != null) {
			page.closeEditors(new IEditorReference[] { welcome }, false);
		} else if (!otherEditorOpen && welcome == null) {
			try {
				page.openEditor(WelcomeEditor.Input.INSTANCE, WelcomeEditor.ID, false);
			} catch (PartInitException e) {
				DipannoUi.log("The welcome page cannot be shown", e);
			}
		}
	}
}
