package org.dipanno.rules.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.dipanno.engine.corpus.ProposalPreview;
import org.dipanno.engine.rules.RuleSets;
import org.dipanno.model.Document;
import org.dipanno.rules.ui.NewRuleFileHandler;
import org.dipanno.rules.ui.RuleFileEditor;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.editor.DocumentEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules > Preview Rules on the Article draws the rule set's proposals in the article editor, and saving a rule file
 * while the preview is shown previews the rules as saved: the preview follows what the rule author writes.
 */
class ArticlePreviewTest {

	private static final String HEADER = "import \"diplomatic\"\n\n";

	@BeforeEach
	void startClean() throws Exception {
		org.dipanno.ui.DipannoUi.getDefault().getPreferenceStore().setValue(org.dipanno.ui.DipannoUi.PREF_ANNOTATOR,
				"rule-author");
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

	@Test
	void savingARuleFilePreviewsItsNewProposalsInTheArticle() throws Exception {
		Document document = WorkspaceCorpus.getDefault().corpus().getDocuments().get(0);
		ArticleEditor article = (ArticleEditor) Ui.page().openEditor(new DocumentEditorInput(
				WorkspaceCorpus.getDefault().folder(), document.getId(), document.getTitle()), ArticleEditor.ID);
		Ui.runCommand(NewRuleFileHandler.COMMAND, Map.of(NewRuleFileHandler.NAME_PARAMETER, "preview.dar"));
		Ui.processEvents();
		RuleFileEditor rules = ruleEditorOn("preview.dar");
		var text = rules.getDocumentProvider().getDocument(rules.getEditorInput());
		text.set(HEADER + "rule Beijing:\n\tp:\"Bắc Kinh\" -> LOCATION(p)\n");
		rules.doSave(null);

		Ui.page().activate(article);
		Ui.runCommand("org.dipanno.rules.ui.commands.previewRules", Map.of());
		Ui.waitUntil(() -> article.getPreview() != null, "Rules > Preview Rules on the Article previews in the editor");
		assertTrue(types(article.getPreview().proposals()).equals(java.util.Set.of("LOCATION")),
				article.getPreview().describe());

		// The rule author adds a rule and saves: the article shows the new rule's proposals too, still not applied.
		Ui.page().activate(rules);
		text.set(text.get() + "\nrule China:\n\tc:\"Trung Quốc\" -> COUNTRY(c)\n");
		rules.doSave(null);
		Ui.waitUntil(() -> types(article.getPreview().proposals()).contains("COUNTRY"),
				"saving the rule file previews the saved rules again");
		assertTrue(article.getHeaderText().startsWith("Preview of the corpus's rules"), article.getHeaderText());
		assertEquals(null, document.findAnnotationSet("rules"), "a preview applies nothing");
		assertFalse(article.isDirty());
	}

	private static java.util.Set<String> types(ProposalPreview preview) {
		return preview.items().stream().map(ProposalPreview.Item::type).collect(java.util.stream.Collectors.toSet());
	}

	private static RuleFileEditor ruleEditorOn(String fileName) {
		for (var reference : Ui.page().getEditorReferences()) {
			if (reference.getEditor(true) instanceof RuleFileEditor found
					&& found.getEditorInput().getName().equals(fileName)) {
				return found;
			}
		}
		throw new AssertionError("no rule editor on " + fileName);
	}
}
