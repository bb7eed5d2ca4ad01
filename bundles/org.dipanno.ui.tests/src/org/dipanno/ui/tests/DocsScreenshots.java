package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Articles.select;
import static org.dipanno.ui.tests.Articles.setOf;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.search.SearchView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * Takes the README's screenshots of the workbench (arcs, review stream, search, rule preview) into docs/, by doing in the real
 * workbench what a linguist does. Run on request with the ui-benchmark profile (-Dtest=DocsScreenshots); not a test.
 */
class DocsScreenshots {

	private static final String ANNOTATOR = "lan";

	@Test
	void takeTheReadmeScreenshots() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		Path docs = docsFolder();
		var searchView = Articles.page().findView(SearchView.ID);
		if (searchView != null) {
			Articles.page().hideView(searchView);
		}
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		editor.getSite().getShell().setBounds(0, 0, 1280, 1000);
		processEvents();
		labelCaret(editor, "Vương Văn Đào", 'p');
		labelCaret(editor, "Gina Raimondo", 'p');
		select(editor, "Ngày 28/8");
		press(editor, 'd');
		select(editor, "hội đàm");
		press(editor, '1');
		waitUntil(() -> setOf(editor, ANNOTATOR).getEventMentions().size() == 1, "a MEET event");
		EventMention meeting = setOf(editor, ANNOTATOR).getEventMentions().get(0);
		for (EntityMention entity : setOf(editor, ANNOTATOR).getEntityMentions()) {
			String role = switch (entity.getText()) {
			case "Vương Văn Đào" -> "participant";
			case "Gina Raimondo" -> "counterpart";
			default -> "time";
			};
			runCommand(CommandIds.ADD_ARGUMENT, Map.of(CommandIds.PARAM_EVENT, meeting.getId(), CommandIds.PARAM_ROLE,
					role, CommandIds.PARAM_MENTION, entity.getId()));
		}
		editor.getTextWidget().setTopIndex(0);
		select(editor, 0, 0);
		settle();
		shot(editor.getSite().getShell(), docs.resolve("arcs.png"));

		runCommand(CommandIds.APPLY_RULES, Map.of());
		waitUntil(() -> editor.pendingProposals().size() > 3, "proposals");
		press(editor, '.', '.', SWT.CTRL);
		press(editor, '\r', SWT.CR, 0);
		settle();
		shot(editor.getSite().getShell(), docs.resolve("review.png"));

		runCommand("org.dipanno.ui.commands.searchCorpus", Map.of());
		SearchView search = (SearchView) Articles.page().findView(SearchView.ID);
		search.search("Trung Quốc", false);
		search.chooseType("COUNTRY");
		settle();
		shot(editor.getSite().getShell(), docs.resolve("search.png"));
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	/** The preview of a corpus rule file's proposals (docs/preview.png); the rule file is removed afterwards. */
	@Test
	void takeThePreviewScreenshot() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		Path rules = Files.createDirectories(
				org.dipanno.ui.corpus.WorkspaceCorpus.getDefault().folder().resolve("rules"));
		Path ruleFile = rules.resolve("draft.dar");
		Files.writeString(ruleFile, "import \"diplomatic\"\n\nrule Beijing:\n\tp:\"Bắc Kinh\" -> LOCATION(p)\n\n"
				+ "rule China:\n\tc:\"Trung Quốc\" -> COUNTRY(c)\n\nrule Minister:\n\tt:\"Bộ trưởng\" -> TITLE(t)\n");
		try {
			var searchView = Articles.page().findView(SearchView.ID);
			if (searchView != null) {
				Articles.page().hideView(searchView);
			}
			ArticleEditor editor = open("000_bf9587ca5d7394a3");
			editor.getSite().getShell().setBounds(0, 0, 1280, 1000);
			processEvents();
			labelCaret(editor, "Vương Văn Đào", 'p');
			runCommand(CommandIds.PREVIEW_RULES, Map.of());
			waitUntil(() -> editor.getPreview() != null, "the preview", 60_000);
			editor.getTextWidget().setTopIndex(0);
			select(editor, 0, 0);
			settle();
			shot(editor.getSite().getShell(), docsFolder().resolve("preview.png"));
		} finally {
			Articles.page().closeAllEditors(false);
			processEvents();
			Files.deleteIfExists(ruleFile);
			Files.deleteIfExists(rules);
		}
	}

	private static void labelCaret(ArticleEditor editor, String text, char key) {
		int start = Articles.offsetOf(editor, text);
		select(editor, start + 1, start + 1);
		press(editor, key);
	}

	private static void settle() throws InterruptedException {
		for (int i = 0; i < 10; i++) {
			processEvents();
			Thread.sleep(50);
		}
	}

	private static void shot(Shell shell, Path file) throws Exception {
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			System.out.println("Saved " + file);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static Path docsFolder() {
		Path folder = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		while (folder != null && !(Files.isRegularFile(folder.resolve("README.md")) && Files.isDirectory(folder.resolve("docs")))) {
			folder = folder.getParent();
		}
		if (folder == null) {
			throw new IllegalStateException("No docs/ folder above " + System.getProperty("user.dir"));
		}
		return folder.resolve("docs");
	}
}
