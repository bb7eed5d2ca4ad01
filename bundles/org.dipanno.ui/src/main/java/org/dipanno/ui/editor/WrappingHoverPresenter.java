package org.dipanno.ui.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;

/**
 * Shows a plain-text hover wrapped at word boundaries to the width the hover may take, so that a long guideline stays
 * inside the window instead of running off the screen on one line. (JFace's own wrapping presenter reads HTML.)
 */
final class WrappingHoverPresenter
		implements DefaultInformationControl.IInformationPresenter, DefaultInformationControl.IInformationPresenterExtension {

	@Override
	public String updatePresentation(Display display, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		return updatePresentation((Drawable) display, hoverInfo, presentation, maxWidth, maxHeight);
	}

	@Override
	public String updatePresentation(Drawable drawable, String hoverInfo, TextPresentation presentation, int maxWidth,
			int maxHeight) {
		if (hoverInfo == null || maxWidth <= 0) {
			return hoverInfo;
		}
		GC gc = new GC(drawable);
		try {
			return wrap(hoverInfo, maxWidth, text -> gc.textExtent(text).x);
		} finally {
			gc.dispose();
		}
	}

	/** Breaks each line before the word that would make it wider than the width; indentation is kept. */
	static String wrap(String text, int maxWidth, java.util.function.ToIntFunction<String> width) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (String line : text.split("\n", -1)) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			StringBuilder current = new StringBuilder(indent);
			for (String word : line.stripLeading().split(" ")) {
				String candidate = current.length() == indent.length() ? current + word : current + " " + word;
				if (current.length() > indent.length() && width.applyAsInt(candidate) > maxWidth) {
					out.append(current).append('\n');
					current = new StringBuilder(indent).append("    ").append(word);
				} else {
					current = new StringBuilder(candidate);
				}
			}
			out.append(current);
		}
		return out.toString();
	}
}
