package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.processEvents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dipanno.model.Document;
import org.dipanno.model.Token;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.text.TokenKind;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.editor.ArticleEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

/**
 * Label to repaint as the linguist sees it, measured through the X server: the type key goes in as an X event
 * (SWT's Display.post, which is XTest's fake key event on X11), and the time ends when a grab of the screen (read
 * back from the X server) shows the word's pixels changed. On the five seed articles, 12 words each; prints the
 * median and the maximum. A benchmark, run on request (profile ui-benchmark), not a test: it asserts nothing.
 */
class XServerLabelBenchmark {

	private static final int WORDS_PER_ARTICLE = 12;
	private static final long GIVE_UP_NANOS = 2_000_000_000L;

	@Test
	void labelToRepaintThroughTheXServer() throws Exception {
		Workbench.annotateAs("xbench-" + Long.toString(System.nanoTime(), 36));
		Display display = Display.getCurrent();
		List<Double> millis = new ArrayList<>();
		int missed = 0;
		for (Document document : WorkspaceCorpus.getDefault().corpus().getDocuments()) {
			ArticleEditor editor = Articles.open(document.getId());
			editor.getTextWidget().getShell().forceActive();
			processEvents();
			for (Token word : words(document)) {
				Double measured = labelOnce(display, editor, word);
				if (measured == null) {
					missed++;
				} else {
					millis.add(measured);
				}
			}
			Articles.page().closeAllEditors(false);
			processEvents();
		}
		double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"X server label to repaint (key via XTest, pixels via screen grab): %d labels on %d seed articles, "
						+ "median %.1f ms, max %.1f ms, 90th percentile %.1f ms%s%n",
				sorted.length, WorkspaceCorpus.getDefault().corpus().getDocuments().size(), median(sorted),
				sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
				sorted.length == 0 ? Double.NaN : sorted[(int) Math.floor(sorted.length * 0.9)],
				missed == 0 ? "" : "; " + missed + " not seen repainted within 2 s");
		System.out.println("all (ms): " + Arrays.toString(Arrays.stream(sorted).map(v -> Math.round(v * 10) / 10.0)
				.toArray()));
	}

	/** Capitalized words of the body that are visible once shown, spread over the article. */
	private static List<Token> words(Document document) {
		List<Token> candidates = document.getTokens().stream()
				.filter(t -> t.getKind() == TokenKind.WORD && t.getEnd() - t.getStart() >= 3
						&& Character.isUpperCase(document.getText().charAt(t.getStart()))
						&& AnnotationActions.isAnnotatable(document, t.getStart(), t.getEnd()))
				.toList();
		List<Token> chosen = new ArrayList<>();
		for (int i = 0; i < WORDS_PER_ARTICLE && !candidates.isEmpty(); i++) {
			chosen.add(candidates.get(i * candidates.size() / WORDS_PER_ARTICLE));
		}
		return chosen.stream().distinct().toList();
	}

	/** Milliseconds from the posted key to changed pixels on the screen, or null when no change was seen. */
	private static Double labelOnce(Display display, ArticleEditor editor, Token word) {
		StyledText text = editor.getTextWidget();
		// The caret at the word's start: the key labels the name or word there, as a linguist does it.
		text.setSelection(word.getStart());
		text.showSelection();
		processEvents();
		Rectangle bounds = text.getTextBounds(word.getStart(), word.getEnd() - 1);
		Point onScreen = text.toDisplay(bounds.x, bounds.y);
		// The caret blinks at the left edge: the grab starts to the right of it.
		int caretRoom = 4;
		Rectangle area = new Rectangle(onScreen.x + caretRoom, onScreen.y, Math.max(1, bounds.width - caretRoom),
				Math.max(1, bounds.height));
		waitForQuiet(display);
		ImageData before = grab(display, area);

		Event down = new Event();
		down.type = SWT.KeyDown;
		down.character = 'm';
		down.keyCode = 'm';
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.character = 'm';
		up.keyCode = 'm';
		long start = System.nanoTime();
		display.post(down);
		display.post(up);
		while (System.nanoTime() - start < GIVE_UP_NANOS) {
			while (display.readAndDispatch()) {
				// handle the key and the paint it causes
			}
			ImageData now = grab(display, area);
			if (!same(before, now)) {
				return (System.nanoTime() - start) / 1e6;
			}
		}
		return null;
	}

	private static void waitForQuiet(Display display) {
		for (int i = 0; i < 3; i++) {
			processEvents();
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The pixels of the screen area as the X server has them. */
	private static ImageData grab(Display display, Rectangle area) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static boolean same(ImageData a, ImageData b) {
		return Arrays.equals(a.data, b.data);
	}

	private static double median(double[] sorted) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}
}
