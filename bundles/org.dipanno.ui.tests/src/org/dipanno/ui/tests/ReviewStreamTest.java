package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Articles.select;
import static org.dipanno.ui.tests.Articles.setOf;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.RuleProvenance;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.CommandIds;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The keyboard review: Ctrl+. and Ctrl+, from proposal to proposal, across articles; Enter, Backspace or a type key
 * decides and moves on; Alt+Down finds a sentence without annotations; in caret mode a type key labels the name or
 * word under the caret, or changes the type of the mention there.
 */
class ReviewStreamTest {

	private static final String ANNOTATOR = "review-" + Long.toString(System.nanoTime(), 36);

	@AfterEach
	void closeAll() throws Exception {
		Articles.page().closeAllEditors(false);
		WorkspaceCorpus.getDefault().revert(WorkspaceCorpus.getDefault().document("001_19fe77e609455608"));
		processEvents();
	}

	@Test
	void aTypeKeyAtTheCaretLabelsTheNameOrWordThereOrRetypesTheMention() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		int wang = Articles.offsetOf(editor, "Vương Văn Đào");
		select(editor, wang + 7, wang + 7); // in "Văn"
		press(editor, 'p');
		waitUntil(() -> Articles.entityCount(editor, ANNOTATOR) == 1, "the caret labels");
		EntityMention name = setOf(editor, ANNOTATOR).getEntityMentions().get(0);
		assertEquals("Vương Văn Đào", name.getText(), "the capitalized run, without the country before it");

		int capital = Articles.offsetOf(editor, "thủ đô");
		select(editor, capital + 1, capital + 1);
		press(editor, 'l');
		waitUntil(() -> Articles.entityCount(editor, ANNOTATOR) == 2, "the caret labels a word");
		assertEquals("thủ đô", setOf(editor, ANNOTATOR).getEntityMentions().get(1).getText(), "the dictionary word");

		select(editor, wang + 1, wang + 1);
		press(editor, 'o');
		processEvents();
		assertEquals(2, Articles.entityCount(editor, ANNOTATOR), "no new mention");
		assertEquals("ORGANIZATION", name.getType().getName(), "a type key in a mention changes its type");
	}

	@Test
	void proposalsAreReviewedOneKeyEachAcrossArticles() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		// The next article gets a proposal of its own, so that the stream has somewhere to go.
		Document next = WorkspaceCorpus.getDefault().document("001_19fe77e609455608");
		int diên = next.getText().indexOf("Nguyễn Hồng Diên");
		EntityMention waiting = propose(next, diên, diên + "Nguyễn Hồng Diên".length(), "PERSON");

		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		runCommand(CommandIds.APPLY_RULES, Map.of());
		waitUntil(() -> editor.pendingProposals().size() > 7, "proposals to review");
		// Those after the very start of the text, in text order (the caret starts at 0).
		List<Mention> pending = editor.pendingProposals().stream().filter(m -> m.getStart() > 0)
				.sorted(Comparator.comparingInt(Mention::getStart).thenComparingInt(Mention::getEnd)).toList();
		int total = editor.pendingProposals().size();
		select(editor, 0, 0);

		press(editor, '.', '.', SWT.CTRL);
		assertEquals(pending.get(0).getStart(), editor.getTextWidget().getCaretOffset(), "Ctrl+. goes to the first");
		assertTrue(editor.getLastStatus().startsWith(total + " proposals left here, "), editor.getLastStatus());
		press(editor, '\r', SWT.CR, 0);
		waitUntil(() -> pending.get(0).getStatus() == MentionStatus.ACCEPTED, "Enter accepts");
		waitUntil(() -> editor.getTextWidget().getCaretOffset() == pending.get(1).getStart(), "and goes on to the next");
		press(editor, '\b', SWT.BS, 0);
		waitUntil(() -> pending.get(1).getStatus() == MentionStatus.REJECTED, "Backspace rejects");
		waitUntil(() -> editor.getTextWidget().getCaretOffset() == pending.get(2).getStart(), "and goes on");
		Mention third = pending.get(2);
		if (third instanceof EntityMention) {
			press(editor, 'm');
			waitUntil(() -> third.getStatus() == MentionStatus.ACCEPTED, "a type key accepts");
			assertTrue(setOf(editor, ANNOTATOR).getEntityMentions().stream()
					.anyMatch(m -> m.getStart() == third.getStart() && m.getType().getName().equals("MISC")),
					"as that type");
			waitUntil(() -> editor.getTextWidget().getCaretOffset() == pending.get(3).getStart(), "and goes on");
		}
		int here = editor.getTextWidget().getCaretOffset();
		press(editor, '.', '.', SWT.CTRL);
		assertTrue(editor.getTextWidget().getCaretOffset() > here, "Ctrl+. goes on without deciding");
		press(editor, ',', ',', SWT.CTRL);
		assertEquals(here, editor.getTextWidget().getCaretOffset(), "Ctrl+, goes back to the proposal before");

		// Past the last proposal of the article: on to the next article with proposals.
		runCommand(CommandIds.DECIDE_ALL, Map.of(CommandIds.PARAM_DECISION, "reject"));
		processEvents();
		press(editor, '.', '.', SWT.CTRL);
		waitUntil(() -> Articles.page().getActiveEditor() instanceof ArticleEditor active
				&& active.getDocument() == next, "the next article with proposals opens");
		ArticleEditor nextEditor = (ArticleEditor) Articles.page().getActiveEditor();
		assertNotNull(nextEditor);
		assertEquals(waiting.getStart(), nextEditor.getTextWidget().getCaretOffset(), "on its proposal");
		assertSame(waiting, nextEditor.mentionAtCaret());
	}

	@Test
	void altDownFindsASentenceWithoutAnnotations() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("002_cb3ffdcf37eaec80");
		select(editor, 0, 0);
		press(editor, (char) 0, SWT.ARROW_DOWN, SWT.ALT);
		int caret = editor.getTextWidget().getCaretOffset();
		var sentence = editor.getDocument().getSentences().stream()
				.filter(s -> s.getStart() == caret).findFirst().orElse(null);
		assertNotNull(sentence, "the caret is at the start of a sentence: " + caret);
		assertTrue(editor.visibleMentions().stream()
				.noneMatch(m -> m.getStart() < sentence.getEnd() && sentence.getStart() < m.getEnd()));
		assertTrue(AnnotationActions.isAnnotatable(editor.getDocument(), sentence.getStart(), sentence.getEnd()));
	}

	private static EntityMention propose(Document document, int start, int end, String type) {
		var rules = document.getOrCreateAnnotationSet(AnnotationSetKind.RULES, null);
		EntityMention proposal = rules.addEntityMention(start, end,
				document.getCorpus().getSchema().findEntityType(type));
		RuleProvenance provenance = ModelFactory.eINSTANCE.createRuleProvenance();
		provenance.setRuleName("ReviewTest");
		proposal.setProvenance(provenance);
		proposal.setStatus(MentionStatus.PROPOSED);
		return proposal;
	}
}
