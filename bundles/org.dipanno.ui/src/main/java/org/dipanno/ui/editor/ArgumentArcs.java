package org.dipanno.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Event arguments drawn as brat draws them: an arc over the text from the trigger to each argument, labelled with the
 * role, in the space the editor leaves above every line. A click on a label selects that argument (Delete removes it,
 * a double-click or Ctrl+Shift+L changes its role); without a clicked arc, the argument whose entity is under the
 * caret is the selected one.
 */
public final class ArgumentArcs implements PaintListener {

	/** Pixels above each line of text kept free for arcs and their labels (the editor's line spacing). */
	public static final int ARC_SPACE = 18;

	/** An arc as last painted: its argument and where its label is, in the text widget's coordinates. */
	public record DrawnArc(EventArgument argument, Rectangle label) {
	}

	private final ArticleEditor editor;
	private final StyledText text;
	private final Font labelFont;
	private final List<DrawnArc> drawn = new ArrayList<>();
	private EventArgument clicked;
	private Runnable onDoubleClick = () -> {
	};

	/** Keeps room above the lines of the editor's text and draws its arcs there. */
	static ArgumentArcs install(ArticleEditor editor, StyledText text) {
		text.setTopMargin(ARC_SPACE + 4);
		text.setLineSpacing(ARC_SPACE);
		ArgumentArcs arcs = new ArgumentArcs(editor, text);
		arcs.onDoubleClick = () -> EditorCommands.run(editor, org.dipanno.ui.CommandIds.CHANGE_ARGUMENT_ROLE);
		return arcs;
	}

	/** The events among the editor's visible mentions. */
	static List<EventMention> events(ArticleEditor editor) {
		List<EventMention> events = new ArrayList<>();
		for (Mention mention : editor.visibleMentions()) {
			if (mention instanceof EventMention event) {
				events.add(event);
			}
		}
		return events;
	}

	private ArgumentArcs(ArticleEditor editor, StyledText text) {
		this.editor = editor;
		this.text = text;
		FontData[] data = text.getFont().getFontData();
		for (FontData each : data) {
			each.setHeight(Math.max(7, each.getHeight() * 3 / 4));
		}
		labelFont = new Font(text.getDisplay(), data);
		text.addPaintListener(this);
		text.addMouseListener(new MouseAdapter() {
			@Override
			public void mouseDown(MouseEvent event) {
				if (event.button == 1) {
					DrawnArc hit = arcAt(event.x, event.y);
					select(hit == null ? null : hit.argument());
				}
			}

			@Override
			public void mouseDoubleClick(MouseEvent event) {
				DrawnArc hit = arcAt(event.x, event.y);
				if (event.button == 1 && hit != null) {
					select(hit.argument());
					onDoubleClick.run();
				}
			}
		});
		text.addKeyListener(org.eclipse.swt.events.KeyListener.keyPressedAdapter(event -> {
			// Moving the caret by keyboard points elsewhere than the clicked arc.
			if ((event.keyCode & SWT.KEYCODE_BIT) != 0 && event.keyCode != SWT.DEL) {
				select(null);
			}
		}));
		text.addDisposeListener(event -> labelFont.dispose());
	}

	/** The arcs drawn by the last paint, for hit tests and for tests that check what the linguist sees. */
	public List<DrawnArc> drawnArcs() {
		return List.copyOf(drawn);
	}

	/** Selects an argument (null: none), as a click on its label does. */
	public void select(EventArgument argument) {
		if (clicked != argument) {
			clicked = argument;
			text.redraw();
		}
	}

	/** The argument whose arc was clicked, while it still exists; null otherwise. */
	public EventArgument clickedArgument() {
		return clicked != null && clicked.eContainer() != null && clicked.getEntity() != null ? clicked : null;
	}

	/**
	 * The argument commands act on: the clicked one while it still exists, else the first argument of a visible event
	 * whose entity is under the caret; null when there is none.
	 */
	public EventArgument selectedArgument() {
		if (clickedArgument() != null) {
			return clicked;
		}
		Mention atCaret = editor.mentionAtCaret();
		if (atCaret instanceof EntityMention entity) {
			for (EventMention event : events(editor)) {
				for (EventArgument argument : event.getArguments()) {
					if (argument.getEntity() == entity) {
						return argument;
					}
				}
			}
		}
		return null;
	}

	/**
	 * The caret was moved by a command (review, search): a clicked arc no longer is what the linguist points at. A
	 * click moves the caret too, but selects or clears the arc itself.
	 */
	void caretMoved() {
		select(null);
	}

	private DrawnArc arcAt(int x, int y) {
		for (DrawnArc arc : drawn) {
			if (arc.label().contains(x, y)) {
				return arc;
			}
		}
		return null;
	}

	@Override
	public void paintControl(PaintEvent event) {
		drawn.clear();
		List<EventMention> events = events(editor);
		if (events.isEmpty() || text.getCharCount() == 0) {
			return;
		}
		int first = text.getOffsetAtLine(text.getTopIndex());
		int bottomLine = text.getLineIndex(text.getClientArea().height);
		int last = bottomLine + 1 < text.getLineCount() ? text.getOffsetAtLine(bottomLine + 1) : text.getCharCount();
		GC gc = event.gc;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setFont(labelFont);
		Map<String, Color> colors = new HashMap<>();
		List<Color> made = new ArrayList<>();
		try {
			for (EventMention trigger : events) {
				for (EventArgument argument : trigger.getArguments()) {
					EntityMention entity = argument.getEntity();
					if (entity == null || !within(trigger, first, last) && !within(entity, first, last)) {
						continue;
					}
					String hex = trigger.getType() == null ? null : trigger.getType().getColor();
					Color color = colors.computeIfAbsent(hex == null ? "" : hex, h -> {
						Color c = new Color(darker(StylePlanner.parseColor(hex)));
						made.add(c);
						return c;
					});
					drawArc(gc, trigger, entity, argument, color);
				}
			}
		} finally {
			made.forEach(Color::dispose);
		}
	}

	private static boolean within(Mention mention, int first, int last) {
		return mention.getEnd() >= first && mention.getStart() <= last;
	}

	private void drawArc(GC gc, EventMention trigger, EntityMention entity, EventArgument argument, Color color) {
		Point from = anchor(trigger);
		Point to = anchor(entity);
		int peak = Math.min(from.y, to.y) - ARC_SPACE + 5;
		boolean selected = argument == selectedArgument();
		gc.setForeground(color);
		gc.setLineWidth(selected ? 3 : 1);
		Path path = new Path(gc.getDevice());
		try {
			path.moveTo(from.x, from.y);
			path.cubicTo(from.x, peak, to.x, peak, to.x, to.y);
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
		gc.setBackground(color);
		gc.fillPolygon(new int[] { to.x - 4, to.y - 6, to.x + 4, to.y - 6, to.x, to.y });

		String role = argument.getRole() == null ? "?" : argument.getRole();
		Point extent = gc.textExtent(role);
		int x = (from.x + to.x) / 2 - extent.x / 2 - 2;
		int y = peak - extent.y / 2 + 1;
		Rectangle label = new Rectangle(x, y, extent.x + 4, extent.y);
		for (DrawnArc earlier : drawn) {
			if (earlier.label().intersects(label)) {
				label.x = earlier.label().x + earlier.label().width + 4;
			}
		}
		gc.setBackground(selected ? color : text.getBackground());
		gc.fillRoundRectangle(label.x, label.y, label.width, label.height, 6, 6);
		gc.setLineWidth(1);
		gc.drawRoundRectangle(label.x, label.y, label.width, label.height, 6, 6);
		gc.setForeground(selected ? text.getBackground() : color);
		gc.drawText(role, label.x + 2, label.y, true);
		drawn.add(new DrawnArc(argument, label));
	}

	/** Where an arc meets a mention: the middle of its first line's top (a wrapped mention: its first syllable). */
	private Point anchor(Mention mention) {
		Rectangle start = text.getTextBounds(mention.getStart(), mention.getStart());
		Rectangle end = text.getTextBounds(mention.getEnd() - 1, mention.getEnd() - 1);
		int x = start.y == end.y ? (start.x + end.x + end.width) / 2 : start.x + Math.max(4, start.width / 2);
		return new Point(x, start.y);
	}

	private static RGB darker(RGB rgb) {
		return new RGB(rgb.red * 3 / 5, rgb.green * 3 / 5, rgb.blue * 3 / 5);
	}
}
