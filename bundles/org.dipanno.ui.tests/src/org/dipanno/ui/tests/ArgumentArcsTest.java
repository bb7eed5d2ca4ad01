package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Articles.open;
import static org.dipanno.ui.tests.Articles.press;
import static org.dipanno.ui.tests.Articles.select;
import static org.dipanno.ui.tests.Articles.setOf;
import static org.dipanno.ui.tests.Workbench.processEvents;
import static org.dipanno.ui.tests.Workbench.runCommand;
import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.ui.editor.ArgumentArcs;
import org.dipanno.ui.editor.ArticleEditor;
import org.dipanno.ui.CommandIds;
import org.dipanno.ui.properties.MentionPropertySource;
import org.dipanno.ui.views.AnnotationsView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Event arguments are arcs over the text, labelled with the role, added, changed and removed by keyboard and mouse. */
class ArgumentArcsTest {

	private static final String ANNOTATOR = "arcs-" + Long.toString(System.nanoTime(), 36);

	@AfterEach
	void closeAll() {
		Articles.page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void anArgumentIsAnArcThatIsClickedChangedAndRemoved() throws Exception {
		Workbench.annotateAs(ANNOTATOR);
		ArticleEditor editor = open("000_bf9587ca5d7394a3");
		AnnotationsView annotations = (AnnotationsView) Articles.page().showView(AnnotationsView.ID);
		Articles.activate(editor);
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
		waitUntil(() -> meeting.getArguments().size() == 1, "Gina Raimondo is the participant");
		EventArgument argument = meeting.getArguments().get(0);

		// The arc is drawn, with its label, in the room above the line.
		StyledText text = editor.getTextWidget();
		editor.reveal(meeting);
		text.redraw();
		waitUntil(() -> editor.getArcs().drawnArcs().size() == 1, "the arc is painted");
		ArgumentArcs.DrawnArc arc = editor.getArcs().drawnArcs().get(0);
		assertSame(argument, arc.argument());
		assertTrue(arc.label().width > 10 && arc.label().height > 5, arc.label().toString());
		int labelInk = inkPixels(text, arc.label());
		assertTrue(labelInk > 10, "the role is written in the label: " + labelInk + " pixels of ink");

		// The Annotations view lists the argument with the event; the Properties view too.
		waitUntil(() -> annotationsCell(annotations, "event MEET").equals("participant: Gina Raimondo"),
				"the annotations view lists the argument");
		MentionPropertySource properties = new MentionPropertySource(meeting);
		assertEquals("Gina Raimondo", properties.getPropertyValue(MentionPropertySource.ARGUMENT_PREFIX + "0"));
		assertEquals(List.of("participant"), List.of(properties.getPropertyDescriptors()).stream()
				.filter(d -> "Arguments".equals(d.getCategory())).map(d -> d.getDisplayName()).toList());

		// A click on the label selects the argument; Ctrl+Shift+L with a role changes it; undo takes it back.
		click(text, arc.label().x + arc.label().width / 2, arc.label().y + arc.label().height / 2);
		assertSame(argument, editor.getArcs().clickedArgument(), "the click at " + text.getDisplay().getCursorLocation()
				+ " selects the arc labelled at " + text.toDisplay(arc.label().x, arc.label().y) + " " + arc.label());
		runCommand(CommandIds.CHANGE_ARGUMENT_ROLE, Map.of(CommandIds.PARAM_ROLE, "counterpart"));
		waitUntil(() -> "counterpart".equals(argument.getRole()), "the role is changed");
		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> "participant".equals(argument.getRole()), "undo gives the old role back");
		runCommand(CommandIds.CHANGE_ARGUMENT_ROLE, Map.of(CommandIds.PARAM_ROLE, "time"));
		processEvents();
		assertEquals("participant", argument.getRole());
		assertEquals("The time of MEET cannot be a PERSON (\"Gina Raimondo\")", editor.getLastMessage());

		// Delete on a clicked arc removes the argument, not the entity.
		text.redraw();
		waitUntil(() -> editor.getArcs().drawnArcs().size() == 1, "the arc is painted again");
		arc = editor.getArcs().drawnArcs().get(0);
		click(text, arc.label().x + arc.label().width / 2, arc.label().y + arc.label().height / 2);
		press(editor, (char) SWT.DEL, SWT.DEL, 0);
		waitUntil(() -> meeting.getArguments().isEmpty(), "Delete removes the argument");
		assertEquals(1, setOf(editor, ANNOTATOR).getEntityMentions().size(), "the entity stays");
		text.redraw();
		processEvents();
		waitUntil(() -> editor.getArcs().drawnArcs().isEmpty(), "no arc is left");

		// By keyboard: the caret in the entity, Ctrl+Shift+Backspace removes its argument.
		runCommand("org.eclipse.ui.edit.undo", Map.of());
		waitUntil(() -> meeting.getArguments().size() == 1, "undo brings the argument back");
		int start = setOf(editor, ANNOTATOR).getEntityMentions().get(0).getStart();
		select(editor, start + 1, start + 1);
		press(editor, '\b', SWT.BS, SWT.CTRL | SWT.SHIFT);
		waitUntil(() -> meeting.getArguments().isEmpty(), "Ctrl+Shift+Backspace removes the argument under the caret");
	}

	private static String annotationsCell(AnnotationsView view, String type) {
		var table = view.getViewer().getTable();
		for (int row = 0; row < table.getItemCount(); row++) {
			if (Workbench.cell(table, row, "Type").equals(type)) {
				return Workbench.cell(table, row, "Arguments");
			}
		}
		return "";
	}

	/** A click of the first button at a point of the widget, through the widget's mouse listeners. */
	private static void click(StyledText text, int x, int y) {
		text.getShell().forceActive();
		text.setFocus();
		processEvents();
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event button = new Event();
			button.type = type;
			button.button = 1;
			button.x = x;
			button.y = y;
			button.count = 1;
			text.notifyListeners(type, button);
		}
		processEvents();
	}

	/** How many pixels of the rectangle differ from the text's background, as painted on the screen. */
	private static int inkPixels(StyledText text, Rectangle area) {
		Image image = new Image(text.getDisplay(), area.width, area.height);
		GC gc = new GC(text);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageData data = image.getImageData();
			RGB background = text.getBackground().getRGB();
			int ink = 0;
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					if (!data.palette.getRGB(data.getPixel(x, y)).equals(background)) {
						ink++;
					}
				}
			}
			assertNotEquals(0, data.width);
			return ink;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
