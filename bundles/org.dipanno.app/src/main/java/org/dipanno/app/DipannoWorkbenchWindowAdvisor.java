package org.dipanno.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: titled with the product name, sized for side-by-side text and views. */
public class DipannoWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	/** The window title, which is the product name. */
	public static final String WINDOW_TITLE = "dipanno";
	private static final String ARTICLE_EDITOR = "org.dipanno.ui.editors.article";

	public DipannoWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new DipannoActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1200, 800));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(WINDOW_TITLE);
	}

	/** The title names the active article: "dipanno — title". */
	@Override
	public void postWindowOpen() {
		IWorkbenchWindow window = getWindowConfigurer().getWindow();
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference reference) {
				updateTitleLater(window);
			}

			@Override
			public void partBroughtToTop(IWorkbenchPartReference reference) {
				updateTitleLater(window);
			}

			@Override
			public void partClosed(IWorkbenchPartReference reference) {
				updateTitleLater(window);
			}

			@Override
			public void partInputChanged(IWorkbenchPartReference reference) {
				updateTitleLater(window);
			}
		});
		updateTitle(window);
		org.dipanno.ui.help.WelcomeHint.install(window);
	}

	/** After the part events: while an editor closes, the page still names it as the active one. */
	private void updateTitleLater(IWorkbenchWindow window) {
		Display display = window.getShell() == null ? null : window.getShell().getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> updateTitle(window));
		}
	}

	private void updateTitle(IWorkbenchWindow window) {
		Shell shell = window.getShell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		boolean article = editor != null && ARTICLE_EDITOR.equals(editor.getSite().getId());
		String title = article ? WINDOW_TITLE + " \u2014 " + editor.getEditorInput().getName() : WINDOW_TITLE;
		getWindowConfigurer().setTitle(title);
		if (!title.equals(shell.getText())) {
			shell.setText(title);
		}
	}
}
