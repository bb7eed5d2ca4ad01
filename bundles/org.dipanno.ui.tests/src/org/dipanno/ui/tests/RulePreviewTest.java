package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.offsetOf;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dipanno.engine.corpus.ProposalPreview;
import org.dipanno.engine.rules.RuleSets;
import org.dipanno.model.Document;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The article editor previews a corpus rule file's proposals: drawn over the text (dotted boxes), named in the header
 * and the hover, with nothing changed in the document until Apply Previewed Proposals makes them one undoable change;
 * Esc dismisses the preview.
 */
class RulePreviewTest {

	private static final String ARTICLE = "000_bf9587ca5d7394a3";
	private static final String ANNOTATOR = "vy-" + Long.toString(System.nanoTime(), 36);

	private CorpusFixture corpus;
	private Path ruleFile;

	@BeforeAll
	static void annotateAsVy() {
		Workbench.annotateAs(ANNOTATOR);
	}

	/** The corpus gets one rule file of its own: its rule set is then that file alone. */
	@BeforeEach
	void writeARuleFile() throws Exception {
		corpus = CorpusFixture.keepTheCorpusFiles();
		Path rules = Files.createDirectories(WorkspaceCorpus.getDefault().folder().resolve(RuleSets.CORPUS_RULES_FOLDER));
		ruleFile = rules.resolve("preview.dar");
		Files.writeString(ruleFile, "import \"diplomatic\"\n\nrule Beijing:\n\tp:\"Bắc Kinh\" -> LOCATION(p)\n");
	}

	@AfterEach
	void removeTheRuleFile() throws Exception {
		Files.deleteIfExists(ruleFile);
		Files.deleteIfExists(ruleFile.getParent());
		corpus.putTheCorpusFilesBack();
	}

	@Test
	void thePreviewChangesNothingUntilAppliedAsOneUndoableChange() throws Exception {
		ArticleEditor editor = Articles.open(ARTICLE);
		Document document = editor.getDocument();
		Document before = EcoreUtil.copy(document);
		int beijing = offsetOf(editor, "Bắc Kinh");
		assertFalse(dotted(editor, beijing), "nothing previewed yet");

		press(editor, 'p', 'p', SWT.CTRL | SWT.SHIFT);
		waitUntil(() -> editor.getPreview() != null, "Ctrl+Shift+P previews the rules", 60_000);
		ProposalPreview preview = editor.getPreview().proposals();
		long occurrences = document.getText().split("Bắc Kinh", -1).length - 1;
		assertTrue(preview.items().size() >= 1 && preview.items().size() <= occurrences, preview.describe());
		assertTrue(preview.items().stream().allMatch(item -> item.type().equals("LOCATION")
				&& document.getText().substring(item.start(), item.end()).equals("Bắc Kinh")
				&& item.rule().ruleName().equals("Beijing") && item.standing() == ProposalPreview.Standing.NEW));
		assertTrue(dotted(editor, beijing), "the previewed span is drawn in a dotted box");
		String header = editor.getHeaderText();
		assertTrue(header.startsWith("Preview of the corpus's rules (rules/, 1 file), nothing applied \u2014 "
				+ preview.items().size() + " proposal"), header);
		assertTrue(header.contains(preview.items().size() + " new, 0 already proposed"), header);
		String hover = editor.hoverTextAt(beijing + 1);
		assertTrue(hover.contains("Preview (not applied): LOCATION \"Bắc Kinh\" \u2014 new"), hover);
		assertTrue(hover.contains("Rule: Beijing (preview.dar:3), stage 1 of 1"), hover);

		// Nothing in the document changed: no proposals, no unsaved change, nothing to undo.
		assertTrue(EcoreUtil.equals(before, EcoreUtil.copy(document)), "the preview leaves the document as it was");
		assertFalse(editor.isDirty());
		assertFalse(history().canUndo(editor.getUndoContext()), "no undo entry");

		press(editor, (char) SWT.ESC, SWT.ESC, 0);
		assertNull(editor.getPreview(), "Esc dismisses the preview");
		assertFalse(dotted(editor, beijing));
		assertTrue(editor.getHeaderText().startsWith("Showing: "), editor.getHeaderText());

		runCommand(CommandIds.PREVIEW_RULES, Map.of());
		waitUntil(() -> editor.getPreview() != null, "the command previews again", 60_000);
		int previewed = editor.getPreview().proposals().items().size();
		runCommand(CommandIds.APPLY_PREVIEWED, Map.of());
		assertNull(editor.getPreview(), "applied: the preview ends");
		assertEquals(previewed, CorpusFixture.pendingProposals(document), "the previewed proposals are applied");
		waitUntil(() -> editor.getTextWidget().getStyleRangeAtOffset(beijing) != null
				&& editor.getTextWidget().getStyleRangeAtOffset(beijing).borderStyle == SWT.BORDER_DASH,
				"the applied proposal is drawn as a proposal");
		assertTrue(editor.isDirty());
		assertEquals("Apply rules", history().getUndoOperation(editor.getUndoContext()).getLabel());

		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> !editor.isDirty(), "one undo takes the applied proposals back");
		assertEquals(0, CorpusFixture.pendingProposals(document));
		assertTrue(document.findAnnotationSet(DocumentOperations.RULES_SET_ID) == null
				|| document.findAnnotationSet(DocumentOperations.RULES_SET_ID).getEntityMentions().isEmpty());
	}

	@Test
	void aPreviewSetsTheRulesAgainstWhatTheDocumentHolds() throws Exception {
		ArticleEditor editor = Articles.open(ARTICLE);
		runCommand(CommandIds.APPLY_RULES, Map.of());
		runCommand(CommandIds.PREVIEW_RULES, Map.of());
		waitUntil(() -> editor.getPreview() != null, "the command previews the rules", 60_000);
		ProposalPreview preview = editor.getPreview().proposals();
		assertEquals(preview.items().size(), preview.count(ProposalPreview.Standing.PROPOSED), preview.describe());
		assertTrue(editor.getHeaderText().contains("0 new, " + preview.items().size() + " already proposed"),
				editor.getHeaderText());

		// Rejecting one in the document: the preview follows (it would not be proposed again).
		int beijing = offsetOf(editor, "Bắc Kinh");
		editor.getTextWidget().setCaretOffset(beijing + 1);
		runCommand(CommandIds.REJECT, Map.of());
		waitUntil(() -> editor.getPreview().proposals().count(ProposalPreview.Standing.DECIDED) == 1,
				"the preview counts the rejected proposal as decided");
		assertTrue(editor.hoverTextAt(beijing + 1).contains("decided before"), editor.hoverTextAt(beijing + 1));
	}

	private static boolean dotted(ArticleEditor editor, int offset) {
		StyleRange range = editor.getTextWidget().getStyleRangeAtOffset(offset);
		return range != null && range.borderStyle == SWT.BORDER_DOT;
	}

	private static IOperationHistory history() {
		return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
	}
}
