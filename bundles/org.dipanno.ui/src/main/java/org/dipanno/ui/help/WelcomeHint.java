package org.dipanno.ui.help;

import org.dipanno.ui.DipannoUi;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * Keeps the welcome page in the editor area while no article is open: shown at start and when the last article
 * closes, closed when an article opens.
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
		if (reference.getPart(false) instanceof ArticleEditor) {
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
		boolean articleOpen = false;
		IEditorReference welcome = null;
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getId().equals(ArticleEditor.ID)) {
				articleOpen = true;
			} else if (reference.getId().equals(WelcomeEditor.ID)) {
				welcome = reference;
			}
		}
		if (articleOpen && welcome != null) {
			page.closeEditors(new IEditorReference[] { welcome }, false);
		} else if (!articleOpen && welcome == null) {
			try {
				page.openEditor(WelcomeEditor.Input.INSTANCE, WelcomeEditor.ID, false);
			} catch (PartInitException e) {
				DipannoUi.log("The welcome page cannot be shown", e);
			}
		}
	}
}
