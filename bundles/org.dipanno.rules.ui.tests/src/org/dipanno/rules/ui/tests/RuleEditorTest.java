package org.dipanno.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.rules.ui.CopyDefaultRulesHandler;
import org.dipanno.rules.ui.NewRuleFileHandler;
import org.dipanno.rules.ui.QuickFixes;
import org.dipanno.rules.ui.RuleFileEditor;
import org.dipanno.rules.ui.RuleMarkers;
import org.dipanno.rules.ui.RuleResultsView;
import org.dipanno.rules.ui.RulesView;
import org.dipanno.text.ZoneKind;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.dipanno.ui.help.WelcomeEditor;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rule editor in the real workbench: rule files of the corpus, analysis as you type, assist, fixes, results. */
class RuleEditorTest {

	private static final String HEADER = "import \"diplomatic\"\n\n";

	private final AtomicInteger analyses = new AtomicInteger();
	private RuleFileEditor editor;

	@BeforeEach
	void startClean() throws Exception {
		// the annotator is known (test-preferences.ini): opening an article does not ask for a name (a modal dialog)
		assertEquals("rule-author", org.dipanno.ui.DipannoUi.getDefault().getPreferenceStore()
				.getDefaultString(org.dipanno.ui.DipannoUi.PREF_ANNOTATOR), "the annotator preset by -pluginCustomization");
		Ui.page().closeAllEditors(false);
		deleteRuleFolder();
	}

	@AfterEach
	void cleanUp() throws Exception {
		Ui.page().closeAllEditors(false);
		deleteRuleFolder();
		for (Document document : WorkspaceCorpus.getDefault().corpus().getDocuments()) {
			WorkspaceCorpus.getDefault().revert(document);
		}
	}

	private static void deleteRuleFolder() throws IOException {
		Path folder = WorkspaceCorpus.getDefault().folder().resolve(RuleSets.CORPUS_RULES_FOLDER);
		if (Files.exists(folder)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	/** The rule editor open on a file of this name (the workbench's welcome page may be the active editor). */
	private static RuleFileEditor ruleEditorOn(String fileName) {
		for (var reference : Ui.page().getEditorReferences()) {
			if (reference.getEditor(true) instanceof RuleFileEditor found
					&& found.getEditorInput().getName().equals(fileName)) {
				return found;
			}
		}
		throw new AssertionError("no rule editor on " + fileName);
	}

	/** Makes a rule file with File > New > Rule File and types the text into its editor. */
	private RuleFileEditor newRuleFile(String name, String text) throws Exception {
		Ui.runCommand(NewRuleFileHandler.COMMAND, Map.of(NewRuleFileHandler.NAME_PARAMETER, name));
		Ui.processEvents();
		editor = ruleEditorOn(name);
		// the workbench's welcome page opens when no article is open, and may come over the new editor
		Ui.page().activate(editor);
		editor.addAnalysisListener(analyses::incrementAndGet);
		type(text);
		return editor;
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** Replaces the text as typing would, and waits until the editor has analysed it (markers included). */
	private void type(String text) {
		change(() -> document().set(text));
	}

	private void replace(String what, String with) {
		String text = document().get();
		int at = text.indexOf(what);
		assertTrue(at >= 0, what + " in " + text);
		change(() -> {
			try {
				document().replace(at, what.length(), with);
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new AssertionError(e);
			}
		});
	}

	private List<IMarker> errorMarkers() throws CoreException {
		return Arrays.stream(editor.file().findMarkers(RuleMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
	}

	private List<MarkerAnnotation> rulerAnnotations() {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<MarkerAnnotation> annotations = new java.util.ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (annotation instanceof MarkerAnnotation marker && !marker.isMarkedDeleted()) {
				annotations.add(marker);
			}
		});
		return annotations;
	}

	/** The markers the Problems view lists (it has no public accessor; read as its own code reads them). */
	private static List<IMarker> shownIn(org.eclipse.ui.IViewPart problems) {
		try {
			Class<?> type = problems.getClass();
			while (type != null) {
				for (var method : type.getDeclaredMethods()) {
					if (method.getName().equals("getAllMarkers") && method.getParameterCount() == 0) {
						method.setAccessible(true);
						return Arrays.asList((IMarker[]) method.invoke(problems));
					}
				}
				type = type.getSuperclass();
			}
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
		throw new AssertionError("the Problems view has no getAllMarkers");
	}

	@Test
	void aNewRuleFileIsACorpusFileListedInTheRulesView() throws Exception {
		RulesView view = (RulesView) Ui.page().showView(RulesView.ID);
		newRuleFile("mine.dar", HEADER);
		Ui.waitUntil(() -> Arrays.stream(Ui.page().getEditorReferences())
				.noneMatch(reference -> reference.getId().equals(WelcomeEditor.ID)),
				"the rule file takes the welcome page's place in the editor area");
		assertTrue(Files.isRegularFile(WorkspaceCorpus.getDefault().folder().resolve("rules/mine.dar")));
		Ui.waitUntil(() -> view.listed().size() == 1, "the Rules view lists the new file");
		assertEquals("mine.dar", editor.getEditorInput().getName());
	}

	@Test
	void aSyntaxErrorGetsAMarkerInTheRulerAndTheProblemsViewAndLosesItWhenFixed() throws Exception {
		var problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		newRuleFile("typing.dar", HEADER + "rule Minister:\n\tt:\"Bộ trưởng\" -> TITLE(t)\n");
		assertEquals(List.of(), errorMarkers());
		replace("-> TITLE(t)", "-> TITLE(t");
		List<IMarker> errors = errorMarkers();
		assertFalse(errors.isEmpty(), "a syntax error");
		int line = errors.get(0).getAttribute(IMarker.LINE_NUMBER, -1);
		assertTrue(line == 4 || line == 5, "at the unclosed parenthesis or the end after it: line " + line);
		Ui.waitUntil(() -> rulerAnnotations().stream().anyMatch(a -> a.getMarker().equals(errors.get(0))),
				"the ruler shows the error");
		Ui.waitUntil(() -> shownIn(problems).contains(errors.get(0)), "the Problems view lists the error");
		replace("-> TITLE(t", "-> TITLE(t)");
		assertEquals(List.of(), errorMarkers());
		Ui.waitUntil(() -> rulerAnnotations().stream().noneMatch(a -> a.getMarker().equals(errors.get(0))),
				"the error left the ruler");
		Ui.waitUntil(() -> !shownIn(problems).contains(errors.get(0)), "the error left the Problems view");
	}

	@Test
	void contentAssistOffersTheFilesLexiconsAndTheSchemasTypes() throws Exception {
		newRuleFile("assist.dar", HEADER + "lexicon Capital { \"Hà Nội\", \"Bắc Kinh\" }\n\nrule Place:\n\tp:C -> LOCATION(p)\n");
		int afterColon = document().get().indexOf("p:C") + 2;
		List<String> atPattern = editor.completionsAt(afterColon + 1);
		assertTrue(atPattern.stream().anyMatch(label -> label.startsWith("Capital")), atPattern.toString());
		int atType = document().get().indexOf("LOCATION");
		List<String> atAction = editor.completionsAt(atType);
		assertTrue(atAction.stream().anyMatch(label -> label.startsWith("PERSON")), atAction.toString());
		assertTrue(atAction.stream().anyMatch(label -> label.startsWith("COUNTRY")), atAction.toString());
	}

	@Test
	void f3OpensTheDeclarationInTheImportedSchema() throws Exception {
		newRuleFile("navigate.dar", HEADER + "rule Minister:\n\tt:\"Bộ trưởng\" -> PERSON(t)\n");
		editor.selectAndReveal(document().get().indexOf("PERSON") + 2, 0);
		Ui.runCommand("org.dipanno.rules.ui.commands.openDeclaration", Map.of());
		RuleFileEditor schema = ruleEditorOn("diplomatic-schema.dar");
		assertTrue(schema.getEditorInput().getName().equals("diplomatic-schema.dar"), schema.getTitle());
		ITextSelection selection = (ITextSelection) schema.getSelectionProvider().getSelection();
		assertEquals("PERSON", selection.getText());

		Ui.page().activate(editor);
		editor.selectAndReveal(document().get().lastIndexOf("(t)") + 1, 0);
		Ui.runCommand("org.dipanno.rules.ui.commands.openDeclaration", Map.of());
		assertEquals(editor, ruleEditorOn("navigate.dar"), "a capture is declared in the same file");
		assertEquals(document().get().indexOf("\tt:") + 1,
				((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
	}

	@Test
	void quickFixesRepairAnUnknownTypeAndAnUnusedCapture() throws Exception {
		newRuleFile("fix.dar", HEADER + "rule Minister:\n\tt:\"Bộ trưởng\" n:\"Nga\" -> PERSN(t)\n");
		assertEquals(1, errorMarkers().size(), "PERSN is unknown");
		int line = document().get().indexOf("PERSN");
		List<QuickFixes.Fix> fixes = editor.quickFixesAt(line);
		QuickFixes.Fix person = fixes.stream().filter(fix -> fix.label().equals("Change to 'PERSON'")).findFirst()
				.orElseThrow(() -> new AssertionError(fixes.toString()));
		change(() -> editor.apply(person));
		assertTrue(document().get().contains("-> PERSON(t)"), document().get());
		// markers are written by a job after each analysis
		Ui.waitUntil(() -> {
			try {
				return errorMarkers().isEmpty();
			} catch (CoreException e) {
				throw new AssertionError(e);
			}
		}, "the repaired file has no error marker");

		QuickFixes.Fix unusedCapture = editor.quickFixesAt(line).stream()
				.filter(fix -> fix.label().startsWith("Remove the capture label 'n:'")).findFirst()
				.orElseThrow(() -> new AssertionError(editor.quickFixesAt(line).toString()));
		change(() -> editor.apply(unusedCapture));
		assertTrue(document().get().contains("t:\"Bộ trưởng\" \"Nga\" -> PERSON(t)"), document().get());
	}

	/** The Outline's top-level item labelled with a declaration's name, or null. */
	private static org.eclipse.swt.widgets.TreeItem outlineItem(org.eclipse.swt.widgets.Tree tree, String name) {
		for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
			if (item.getText().startsWith(name + "  ")) {
				return item;
			}
		}
		return null;
	}

	@Test
	void anEditChangesOnlyWhatItChangedInTheOutlineAndTheProblems() throws Exception {
		var outlineView = (org.eclipse.ui.part.PageBookView) Ui.page().showView(IPageLayout.ID_OUTLINE);
		newRuleFile("incremental.dar", HEADER + "rule First:\n\tt:\"Bộ trưởng\" -> TITLE(t)\n"
				+ "rule Second:\n\tt:\"Thứ trưởng\" n:\"Nga\" -> TITLE(t)\n" + "rule Third:\n\tp:\"Hà Nội\" -> LOCATION(p)\n");
		Ui.page().activate(editor);
		Ui.processEvents();
		var tree = (org.eclipse.swt.widgets.Tree) outlineView.getCurrentPage().getControl();
		var second = outlineItem(tree, "Second");
		assertNotNull(second, "the Outline lists Second");
		IMarker[] before = editor.file().findMarkers(RuleMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, before.length, "the unused capture n: is a warning");

		replace("rule First:", "rule Firsts:");
		assertNotNull(outlineItem(tree, "Firsts"), "the renamed rule");
		assertEquals(null, outlineItem(tree, "First"));
		assertTrue(second == outlineItem(tree, "Second") && !second.isDisposed(), "Second's item is the same");
		assertEquals(List.of(before[0].getId()),
				Arrays.stream(editor.file().findMarkers(RuleMarkers.TYPE, false, IResource.DEPTH_ZERO))
						.map(IMarker::getId).toList(),
				"the warning on another line keeps its marker");

		replace("rule Third:", "rule Between:\n\tq:\"Bắc Kinh\" -> LOCATION(q)\nrule Third:");
		List<String> labels = Arrays.stream(tree.getItems()).map(org.eclipse.swt.widgets.TreeItem::getText).toList();
		assertEquals(List.of("diplomatic  import", "Firsts  rule", "Second  rule", "Between  rule", "Third  rule"),
				labels);
		assertTrue(second == outlineItem(tree, "Second"), "Second's item is still the same");
		for (String rule : List.of("Between", "Third")) {
			editor.selectAndReveal(document().get().indexOf("rule " + rule) + 6, 0);
			Ui.waitUntil(() -> tree.getSelection().length == 1 && tree.getSelection()[0].getText().equals(rule + "  rule"),
					"the Outline follows the caret into " + rule + " (where the text has moved it)");
		}
	}

	/** Makes a change and waits until the editor has analysed the changed text (markers included). */
	private void change(Runnable edit) {
		int before = analyses.get();
		edit.run();
		Ui.waitUntil(() -> analyses.get() > before && editor.lastState().text().equals(document().get()),
				"the editor analysed the change");
	}

	@Test
	void formatToggleCommentUndoAndTheOutline() throws Exception {
		newRuleFile("format.dar", HEADER + "rule   Minister :\n t:\"Bộ trưởng\"    ->   TITLE( t )\n");
		String messy = document().get();
		Ui.runCommand("org.dipanno.rules.ui.commands.format", Map.of());
		String formatted = document().get();
		assertFalse(formatted.equals(messy), "formatting changed the text");
		assertTrue(formatted.contains("rule Minister:"), formatted);
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(messy, document().get(), "one Undo takes the formatting back");

		editor.selectAndReveal(0, 0);
		Ui.runCommand("org.dipanno.rules.ui.commands.toggleComment", Map.of());
		assertTrue(document().get().startsWith("//import"), document().get());
		change(() -> {
			try {
				Ui.runCommand("org.dipanno.rules.ui.commands.toggleComment", Map.of());
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertEquals(messy, document().get());
		assertTrue(editor.outlineSymbols().stream().anyMatch(symbol -> symbol.name().equals("Minister")),
				editor.outlineSymbols().toString());
		assertTrue(editor.semanticHighlightCount() > 0, "TITLE and the capture are highlighted");
	}

	/** The first document with two gold COUNTRY mentions of "Trung Quốc" in its body (in memory only). */
	private Document goldFixture() throws IOException {
		Document document = WorkspaceCorpus.getDefault().corpus().getDocuments().get(0);
		AnnotationSet gold = document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null);
		int labelled = 0;
		int at = document.getText().indexOf("Trung Quốc");
		while (at >= 0 && labelled < 2) {
			if (document.zoneAt(at).getKind() == ZoneKind.BODY) {
				AnnotationActions.label(gold, at, at + "Trung Quốc".length(),
						document.getCorpus().getSchema().findEntityType("COUNTRY"), "gold", Instant.now());
				labelled++;
			}
			at = document.getText().indexOf("Trung Quốc", at + 1);
		}
		assertEquals(2, labelled);
		return document;
	}

	@Test
	void savingARuleFileShowsItsResultsAgainstGold() throws Exception {
		Document fixture = goldFixture();
		RuleResultsView results = (RuleResultsView) Ui.page().showView(RuleResultsView.ID);
		var before = results.outcome();
		results.runOnCorpus();
		Ui.waitUntil(() -> results.outcome() != before, "a first run");
		newRuleFile("china.dar", HEADER + "rule China:\n\tc:\"Trung Quốc\" -> COUNTRY(c)\n");
		AtomicInteger shown = new AtomicInteger();
		results.addResultListener(shown::incrementAndGet);
		editor.doSave(null);
		Ui.waitUntil(() -> shown.get() > 0, "the results after the save");
		assertTrue(results.summaryText().contains("the corpus's rules"), results.summaryText());
		var table = results.rulesTable();
		assertEquals(1, table.getItemCount(), "one rule");
		assertEquals("China", table.getItem(0).getText(0));
		assertEquals("2", cell(table, 0, "TP"));
		assertEquals("0", cell(table, 0, "FN"));
		int matches = Integer.parseInt(cell(table, 0, "Matches"));
		assertEquals(Integer.toString(matches - 2), cell(table, 0, "FP"));
		assertEquals(String.format(java.util.Locale.ROOT, "%.1f", 200.0 / matches), cell(table, 0, "P"));
		assertEquals("100.0", cell(table, 0, "R"));

		results.selectRule("China");
		Ui.processEvents();
		assertEquals(matches, results.matchesTable().getItemCount());
		assertTrue(results.matchesTable().getItem(0).getText(5).contains("[Trung Quốc]"));
		var match = results.outcome().result().matchesOf("China").stream()
				.filter(m -> m.documentId().equals(fixture.getId())).findFirst().orElseThrow();
		ArticleEditor article = results.openMatch(match);
		assertNotNull(article);
		assertEquals("Trung Quốc", article.getTextWidget().getSelectionText());
		assertTrue(article.getLastMessage().contains("China (") && article.getLastMessage().contains("china.dar:3"),
				article.getLastMessage());

		Ui.page().activate(editor);
		String hover = editor.hoverAt(document().get().indexOf("China") + 1);
		assertTrue(hover.contains("rule China: stage 0 of 0–0, priority 0"), hover);
		assertTrue(hover.contains("last run on the corpus (") && hover.contains(String.format(java.util.Locale.ROOT,
				": %d matches, P %.1f R 100.0", matches, 200.0 / matches)), hover);
	}

	@Test
	void theHoverOverARuleShowsItsStageAndPriority() throws Exception {
		newRuleFile("stages.dar", HEADER + "rule Minister priority 3:\n\tt:\"Bộ trưởng\" -> TITLE(t)\n"
				+ "rule Titled:\n\tTITLE p:Capitalized{2,3} -> PERSON(p)\n");
		String minister = editor.hoverAt(document().get().indexOf("Minister") + 1);
		assertTrue(minister.contains("rule Minister: stage 0 of 0–1, priority 3, confidence 1.0"), minister);
		assertFalse(minister.contains("last run"), "no run of the Rule Results view has scored it: " + minister);
		String titled = editor.hoverAt(document().get().indexOf("Titled") + 1);
		assertTrue(titled.contains("rule Titled: stage 1 of 0–1, priority 0"), "it uses the TITLE mentions: " + titled);

		replace("-> TITLE(t)", "-> TITLE(t");
		String broken = editor.hoverAt(document().get().indexOf("Titled") + 1);
		assertTrue(broken.contains("stage not known (the file has syntax or link errors)"), broken);
	}

	@Test
	void theArticleEditorPreviewsANewRulesProposalsWithoutApplyingThem() throws Exception {
		Document document = WorkspaceCorpus.getDefault().corpus().getDocuments().get(0);
		ArticleEditor article = (ArticleEditor) Ui.page().openEditor(new DocumentEditorInput(
				WorkspaceCorpus.getDefault().folder(), document.getId(), document.getTitle()), ArticleEditor.ID);
		int rulesBefore = document.findAnnotationSet("rules") == null ? 0
				: document.findAnnotationSet("rules").getEntityMentions().size();
		newRuleFile("preview.dar", HEADER + "rule Beijing:\n\tp:\"Bắc Kinh\" -> LOCATION(p)\n");
		editor.doSave(null);
		Ui.page().activate(article);
		Ui.runCommand("org.dipanno.rules.ui.commands.previewRules", Map.of());
		RuleResultsView results = (RuleResultsView) Ui.page().findView(RuleResultsView.ID);
		Ui.waitUntil(() -> results.outcome() != null && results.outcome().scope().contains(document.getId()),
				"the preview on the article");
		var matches = results.outcome().result().matchesOf("Beijing");
		assertFalse(matches.isEmpty(), results.summaryText());
		assertTrue(matches.stream().allMatch(m -> m.documentId().equals(document.getId()) && m.text().equals("Bắc Kinh")));
		results.openMatch(matches.get(0));
		assertEquals("Bắc Kinh", article.getTextWidget().getSelectionText());
		int rulesAfter = document.findAnnotationSet("rules") == null ? 0
				: document.findAnnotationSet("rules").getEntityMentions().size();
		assertEquals(rulesBefore, rulesAfter, "a preview applies nothing");
		assertFalse(article.isDirty());
	}

	@Test
	void theDefaultRuleSetCopiedIntoTheCorpusOpensWithoutErrors() throws Exception {
		Ui.runCommand(CopyDefaultRulesHandler.COMMAND, Map.of());
		editor = ruleEditorOn("diplomatic-rules.dar");
		editor.addAnalysisListener(analyses::incrementAndGet);
		Ui.waitUntil(() -> editor.lastState() != null, "the copied set analysed");
		assertEquals(List.of(), editor.lastState().ownIssues().stream()
				.filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList());
		assertFalse(editor.lastState().passedExamples().isEmpty(), "its examples pass and are marked");
	}

	@Test
	void unsavedTextLeftByACrashIsOfferedBack() throws Exception {
		var preferences = org.dipanno.ui.DipannoUi.getDefault().getPreferenceStore();
		String policy = preferences.getString(org.dipanno.ui.editor.RecoveryPolicy.PREFERENCE);
		preferences.setValue(org.dipanno.ui.editor.RecoveryPolicy.PREFERENCE,
				org.dipanno.ui.editor.RecoveryPolicy.RESTORE.name());
		try {
			newRuleFile("crash.dar", HEADER);
			editor.doSave(null);
			var file = editor.file();
			Ui.page().closeEditor(editor, false);
			Path copy = WorkspaceCorpus.getDefault().folder().resolve(".recovery/rules/crash.dar");
			Files.createDirectories(copy.getParent());
			String unsaved = HEADER + "rule Lost:\n\tt:\"Bộ trưởng\" -> TITLE(t)\n";
			Files.writeString(copy, unsaved);
			editor = (RuleFileEditor) org.eclipse.ui.ide.IDE.openEditor(Ui.page(),
					new org.eclipse.ui.part.FileEditorInput(file), RuleFileEditor.ID);
			assertEquals(unsaved, document().get());
			assertTrue(editor.isDirty(), "restored, not saved");
			assertFalse(Files.exists(copy), "the copy is used once");
		} finally {
			preferences.setValue(org.dipanno.ui.editor.RecoveryPolicy.PREFERENCE, policy);
		}
	}

	private static String cell(org.eclipse.swt.widgets.Table table, int row, String header) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(header)) {
				return table.getItem(row).getText(i);
			}
		}
		throw new AssertionError("no column " + header);
	}
}
