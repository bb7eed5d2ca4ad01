package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.views.CorpusNavigator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What a linguist does in article editors: open an article from the corpus view, select, type. */
final class Articles {

	private Articles() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Opens a seed article from the corpus view, activates it and gives its text the focus. */
	static ArticleEditor open(String documentId) throws Exception {
		CorpusNavigator navigator = (CorpusNavigator) page().showView(CorpusNavigator.ID);
		Document document = WorkspaceCorpus.getDefault().document(documentId);
		ArticleEditor opened = (ArticleEditor) navigator.open(document);
		assertNotNull(opened);
		activate(opened);
		return opened;
	}

	static void activate(ArticleEditor editor) {
		page().activate(editor);
		editor.setFocus();
		processEvents();
	}

	static AnnotationSet setOf(ArticleEditor editor, String annotator) {
		return editor.getDocument()
				.findAnnotationSet(DocumentOperations.annotationSetId(AnnotationSetKind.ANNOTATOR, annotator));
	}

	static int entityCount(ArticleEditor editor, String annotator) {
		AnnotationSet set = setOf(editor, annotator);
		return set == null ? 0 : set.getEntityMentions().size();
	}

	static int offsetOf(ArticleEditor editor, String text) {
		int offset = editor.getDocument().getText().indexOf(text);
		assertTrue(offset >= 0, "\"" + text + "\" is in the article");
		return offset;
	}

	static void select(ArticleEditor editor, int start, int end) {
		StyledText text = editor.getTextWidget();
		text.setFocus();
		text.setSelection(start, end);
		processEvents();
	}

	/** Selects the first occurrence of the text. */
	static void select(ArticleEditor editor, String text) {
		int start = offsetOf(editor, text);
		select(editor, start, start + text.length());
	}

	/** Posts a real key press to the display, as typing it would. */
	static void press(ArticleEditor editor, char key) {
		press(editor, key, key, 0);
	}

	/** Posts a key with modifiers (SWT.CTRL, SWT.SHIFT, SWT.ALT) held, pressed and released around it. */
	static void press(ArticleEditor editor, char character, int keyCode, int modifiers) {
		StyledText text = editor.getTextWidget();
		text.getShell().forceActive();
		text.setFocus();
		processEvents();
		Display display = text.getDisplay();
		int[] modifierKeys = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
		for (int modifier : modifierKeys) {
			if ((modifiers & modifier) != 0) {
				post(display, SWT.KeyDown, (char) 0, modifier);
			}
		}
		post(display, SWT.KeyDown, character, keyCode);
		post(display, SWT.KeyUp, character, keyCode);
		for (int i = modifierKeys.length - 1; i >= 0; i--) {
			if ((modifiers & modifierKeys[i]) != 0) {
				post(display, SWT.KeyUp, (char) 0, modifierKeys[i]);
			}
		}
		processEvents();
	}

	private static void post(Display display, int type, char character, int keyCode) {
		Event event = new Event();
		event.type = type;
		event.character = character;
		event.keyCode = keyCode;
		assertTrue(display.post(event), "the display accepts the key event");
	}

	static void hideAll(Menu menu) {
		for (MenuItem item : menu.getItems()) {
			if (item.getMenu() != null) {
				item.getMenu().notifyListeners(SWT.Hide, new Event());
			}
		}
	}

	/**
	 * Finds a menu item by the start of its text, showing (and so filling) the menu and its submenus as a user would.
	 * Hide the top menu afterwards with {@link #hideAll}.
	 */
	static MenuItem menuItem(Menu menu, String textStart) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").startsWith(textStart)) {
				return item;
			}
			if (item.getMenu() != null) {
				MenuItem found = menuItem(item.getMenu(), textStart);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
