package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.entityCount;
import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Articles.select;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dipanno.model.Sentence;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.editor.ArticleEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A type key makes an entity only of words within one sentence; anything else is refused with the reason shown. */
class LabelSpanTest {

	private static final String ANNOTATOR = "span-" + Long.toString(System.nanoTime(), 36);
	private ArticleEditor editor;

	@BeforeAll
	static void annotate() {
		Workbench.annotateAs(ANNOTATOR);
	}

	@BeforeEach
	void openArticle() throws Exception {
		editor = open("000_bf9587ca5d7394a3");
	}

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void theCaretAfterAClosingQuoteLabelsNoQuote() throws Exception {
		Articles.page().closeAllEditors(false);
		editor = open("004_4e00300c40552043");
		String text = editor.getDocument().getText();
		int quote = text.indexOf("\u201D ");
		while (quote >= 0 && !AnnotationActions.isAnnotatable(editor.getDocument(), quote, quote + 1)) {
			quote = text.indexOf("\u201D ", quote + 1);
		}
		assertTrue(quote >= 0, "a closing quote in the body");
		select(editor, quote + 1, quote + 1);
		press(editor, 'p');
		assertEquals(0, entityCount(editor, ANNOTATOR), "no entity of punctuation");
		assertEquals("Punctuation alone is not an entity; select a word", editor.getLastMessage());
	}

	@Test
	void aSelectionPastTheLineEndLabelsNoFullStop() throws Exception {
		String text = editor.getDocument().getText();
		Sentence sentence = editor.getDocument().getSentences().stream()
				.filter(s -> text.charAt(s.getEnd() - 1) == '.' && s.getEnd() < text.length()
						&& text.charAt(s.getEnd()) == '\n')
				.findFirst().orElseThrow();
		select(editor, sentence.getEnd() - 1, sentence.getEnd() + 1);
		press(editor, 'p');
		assertEquals(0, entityCount(editor, ANNOTATOR), "no entity of a full stop");
		assertEquals("Punctuation alone is not an entity; select a word", editor.getLastMessage());
	}

	@Test
	void aSelectionAcrossTwoSentencesIsRefused() throws Exception {
		String text = editor.getDocument().getText();
		var sentences = editor.getDocument().getSentences();
		Sentence first = null;
		for (int i = 0; i + 1 < sentences.size() && first == null; i++) {
			if (sentences.get(i + 1).getStart() - sentences.get(i).getEnd() <= 1
					&& Character.isLetter(text.charAt(sentences.get(i + 1).getStart()))) {
				first = sentences.get(i);
			}
		}
		assertNotNull(first, "two sentences in a row");
		int end = first.getEnd();
		// The last word of one sentence and the first of the next.
		int start = text.lastIndexOf(' ', end - 3) + 1;
		select(editor, start, end + 4);
		press(editor, 'o');
		assertEquals(0, entityCount(editor, ANNOTATOR), "no entity across sentences");
		assertEquals("An annotation cannot cross a sentence boundary; select within one sentence",
				editor.getLastMessage());
	}
}
