package org.dipanno.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.rules.ui.NewRuleFileHandler;
import org.dipanno.rules.ui.RuleAuthoringPerspective;
import org.dipanno.rules.ui.RuleFileEditor;
import org.dipanno.rules.ui.RuleMarkers;
import org.dipanno.rules.ui.RuleResultsView;
import org.dipanno.rules.ui.RulesView;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Rule Authoring perspective with a rule file that has a problem: its views (Problems, Outline, Rules, Rule
 * Results) show their icons without a word in the error log. The platform's own icons are SVG files, which SWT draws
 * only with its rasterizer fragment in the product.
 */
class RuleAuthoringPerspectiveTest {

	@AfterEach
	void cleanUp() throws IOException {
		Ui.page().closeAllEditors(false);
		Path folder = WorkspaceCorpus.getDefault().folder().resolve(RuleSets.CORPUS_RULES_FOLDER);
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@Test
	void itsViewsShowTheirIconsWithoutErrorsInTheLog() throws Exception {
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			var window = Ui.page().getWorkbenchWindow();
			window.getWorkbench().showPerspective(RuleAuthoringPerspective.ID, window);
			Ui.runCommand(NewRuleFileHandler.COMMAND, Map.of(NewRuleFileHandler.NAME_PARAMETER, "icons.dar"));
			RuleFileEditor editor = ruleEditor();
			editor.getDocumentProvider().getDocument(editor.getEditorInput())
					.set("import \"diplomatic\"\n\nrule Minister:\n\tt:\"Bộ trưởng\" -> TITL(t)\n");
			Ui.waitUntil(() -> {
				try {
					return editor.file().findMaxProblemSeverity(RuleMarkers.TYPE, false, IResource.DEPTH_ZERO)
							== org.eclipse.core.resources.IMarker.SEVERITY_ERROR;
				} catch (org.eclipse.core.runtime.CoreException e) {
					throw new AssertionError(e);
				}
			}, "the unknown type's error marker");
			for (String view : List.of(IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_OUTLINE)) {
				Ui.page().showView(view);
				Ui.processEvents();
			}
			// painted, so that every icon on screen (tabs, tool bars, tree items, rulers) has been made
			window.getShell().redraw();
			window.getShell().update();
			Ui.processEvents();
		} finally {
			Platform.removeLogListener(listener);
		}
		// SWT draws the platform's SVG icons with JSVG (woven by SPI Fly): one drawn here must come out
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">"
				+ "<rect width=\"16\" height=\"16\" fill=\"#800060\"/></svg>";
		assertEquals(16, new org.eclipse.swt.graphics.ImageLoader()
				.load(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))[0].width);
		List<String> aboutImages = new ArrayList<>();
		for (IStatus status : logged) {
			if (aboutImages(status)) {
				aboutImages.add(status.toString());
			}
		}
		assertEquals(List.of(), aboutImages);
		Path log = Platform.getLogFileLocation().toFile().toPath();
		String logText = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		assertTrue(!logText.contains("SVG rasterizer"), "the workbench log since its start: " + logText);
	}

	@Test
	void theRulesViewsToolBarsShowIconsWithToolTipsNotWords() throws Exception {
		var window = Ui.page().getWorkbenchWindow();
		window.getWorkbench().showPerspective(RuleAuthoringPerspective.ID, window);
		Ui.processEvents();
		List<String> tips = new ArrayList<>();
		for (String id : List.of(RulesView.ID, RuleResultsView.ID)) {
			var view = Ui.page().showView(id);
			Ui.processEvents();
			ToolBar toolBar = ((ToolBarManager) view.getViewSite().getActionBars().getToolBarManager()).getControl();
			for (ToolItem item : toolBar.getItems()) {
				assertNotNull(item.getImage(), "an icon for " + item.getToolTipText());
				assertEquals("", item.getText(), "no words beside the icon of " + item.getToolTipText());
				tips.add(item.getToolTipText());
			}
		}
		assertTrue(tips.containsAll(List.of("New: add a rule file to the corpus",
				"Copy Default: copy the default rule set into this corpus", "Run: run the rules on the corpus",
				"Run: run the rules on the corpus again")), tips.toString());
	}

	private static RuleFileEditor ruleEditor() {
		for (var reference : Ui.page().getEditorReferences()) {
			if (reference.getEditor(true) instanceof RuleFileEditor found) {
				return found;
			}
		}
		throw new AssertionError("no rule editor open");
	}

	private static boolean aboutImages(IStatus status) {
		String text = (status.getMessage() + " " + (status.getException() == null ? "" : status.getException()))
				.toLowerCase(Locale.ROOT);
		if (text.contains("svg") || text.contains("image") || text.contains("icon")) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (aboutImages(child)) {
				return true;
			}
		}
		return false;
	}
}
