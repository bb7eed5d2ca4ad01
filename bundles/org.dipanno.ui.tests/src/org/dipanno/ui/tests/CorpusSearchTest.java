package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.dipanno.model.Document;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.search.CorpusSearch;
import org.dipanno.ui.search.LabelAllPreview;
import org.dipanno.ui.search.SearchView;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Search > Search Corpus: keyword-in-context hits over all articles, and "Label All" with a preview and one undo. */
class CorpusSearchTest {

	private static final String ANNOTATOR = "search-" + Long.toString(System.nanoTime(), 36);

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void aPhraseIsFoundInAllArticlesAndLabelledAllAtOnce() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor open = Articles.open("000_bf9587ca5d7394a3");
		runCommand("org.dipanno.ui.commands.searchCorpus", Map.of());
		SearchView view = (SearchView) Articles.page().findView(SearchView.ID);
		view.search("trung quốc", false); // case does not matter
		assertTrue(view.getHits().size() > 5, view.getSummary());
		long articles = view.getHits().stream().map(CorpusSearch.Hit::document).distinct().count();
		assertTrue(articles >= 3, "in several articles: " + view.getSummary());
		CorpusSearch.Hit first = view.getHits().get(0);
		assertEquals("Trung Quốc", first.match());
		assertTrue(first.left().length() + first.right().length() > 10, "with its context");
		assertEquals(view.getHits().size() + " occurrences in " + articles + " articles", view.getSummary());

		view.search("hoà bình", false);
		assertTrue(view.getHits().stream().anyMatch(h -> h.match().equals("hòa bình")),
				"tone placement does not matter");
		view.search("[0-9]{1,2}/[0-9]{1,2}", true);
		assertTrue(view.getHits().stream().anyMatch(h -> h.match().equals("28/8")), "a pattern");
		view.search("([", true);
		assertTrue(view.getSummary().startsWith("Not a regular expression"), view.getSummary());

		view.search("Trung Quốc", false);
		view.chooseType("COUNTRY");
		AtomicReference<String> previewTitle = new AtomicReference<>();
		Display display = Display.getCurrent();
		display.asyncExec(() -> {
			long deadline = System.currentTimeMillis() + 5000;
			while (System.currentTimeMillis() < deadline) {
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof LabelAllPreview preview) {
						previewTitle.set(preview.getShell().getText());
						find(shell, "Label All").notifyListeners(org.eclipse.swt.SWT.Selection,
								new org.eclipse.swt.widgets.Event());
						return;
					}
				}
				display.readAndDispatch();
			}
		});
		view.pressLabelAll();
		assertEquals(LabelAllPreview.TITLE, previewTitle.get(), "a preview comes first");
		waitUntil(() -> view.getSummary().startsWith("Label "), "labelled: " + view.getSummary());
		long labelled = view.getHits().stream().filter(h -> countryAt(h)).count();
		assertTrue(labelled >= articles, "every annotatable occurrence is a COUNTRY now: " + labelled);
		assertTrue(open.isDirty(), "the open article takes the change as unsaved work");
		Document closed = view.getHits().stream().filter(CorpusSearchTest::countryAt).map(CorpusSearch.Hit::document)
				.filter(d -> d != open.getDocument()).findFirst().orElseThrow();
		assertTrue(savedCountries(closed) > 0, "an article without an editor is saved with its labels");

		// One undo (here in the open article it touched) takes all of them back, there and in the saved ones.
		Articles.activate(open);
		runCommand("org.eclipse.ui.edit.undo", Map.of());
		processEvents();
		assertEquals(0, view.getHits().stream().filter(CorpusSearchTest::countryAt).count(), "all undone");
		assertEquals(0, savedCountries(closed), "and saved so");
	}

	private static boolean countryAt(CorpusSearch.Hit hit) {
		var set = hit.document().findAnnotationSet(org.dipanno.model.custom.DocumentOperations
				.annotationSetId(org.dipanno.model.AnnotationSetKind.ANNOTATOR, ANNOTATOR));
		return set != null && set.getEntityMentions().stream().anyMatch(m -> m.getStart() == hit.start()
				&& m.getEnd() == hit.end() && m.getType().getName().equals("COUNTRY"));
	}

	private static long savedCountries(Document document) throws Exception {
		Document saved = new CorpusStore().load(WorkspaceCorpus.getDefault().folder()).findDocument(document.getId());
		var set = saved.findAnnotationSet(org.dipanno.model.custom.DocumentOperations
				.annotationSetId(org.dipanno.model.AnnotationSetKind.ANNOTATOR, ANNOTATOR));
		return set == null ? 0 : set.getEntityMentions().stream().filter(m -> m.getType().getName().equals("COUNTRY")).count();
	}

	private static Button find(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = find(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		assertTrue(IDialogConstants.OK_ID >= 0);
		return null;
	}
}
