package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Articles.select;
import static org.dipanno.ui.tests.Articles.setOf;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.EventMention;
import org.dipanno.model.editing.DocumentProgress;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Marking an article done keeps it saved; an entity takes one role per event. */
class DoneAndArgumentsTest {

	private static final String ANNOTATOR = "done-" + Long.toString(System.nanoTime(), 36);

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void markingACleanArticleDoneLeavesItSaved() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("001_19fe77e609455608");
		assertFalse(editor.isDirty());
		press(editor, 'd', 'd', SWT.CTRL | SWT.SHIFT);
		waitUntil(editor::isDone, "Ctrl+Shift+D marks the article done");
		processEvents();
		assertFalse(editor.isDirty(), "marking done needs no second save");
		Document saved = new CorpusStore().load(WorkspaceCorpus.getDefault().folder()).findDocument(
				"001_19fe77e609455608");
		assertTrue(DocumentProgress.isDone(saved, AnnotationSetKind.ANNOTATOR, ANNOTATOR), "the done mark is saved");

		press(editor, 'd', 'd', SWT.CTRL | SWT.SHIFT);
		waitUntil(() -> !editor.isDone(), "Ctrl+Shift+D reopens it");
		processEvents();
		assertFalse(editor.isDirty());
	}

	@Test
	void anEntityTakesOneRolePerEvent() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		select(editor, "Gina Raimondo");
		press(editor, 'p');
		select(editor, "hội đàm");
		press(editor, '1');
		waitUntil(() -> setOf(editor, ANNOTATOR) != null && setOf(editor, ANNOTATOR).getEventMentions().size() == 1,
				"a MEET event");
		EventMention meeting = setOf(editor, ANNOTATOR).getEventMentions().get(0);
		String gina = setOf(editor, ANNOTATOR).getEntityMentions().get(0).getId();
		runCommand(CommandIds.ADD_ARGUMENT, Map.of(CommandIds.PARAM_EVENT, meeting.getId(), CommandIds.PARAM_ROLE,
				"participant", CommandIds.PARAM_MENTION, gina));
		runCommand(CommandIds.ADD_ARGUMENT, Map.of(CommandIds.PARAM_EVENT, meeting.getId(), CommandIds.PARAM_ROLE,
				"counterpart", CommandIds.PARAM_MENTION, gina));
		processEvents();
		assertEquals(1, meeting.getArguments().size(), "one role per entity and event");
		assertEquals("\"Gina Raimondo\" is already the participant of this MEET; change its role instead",
				editor.getLastMessage());
	}
}
