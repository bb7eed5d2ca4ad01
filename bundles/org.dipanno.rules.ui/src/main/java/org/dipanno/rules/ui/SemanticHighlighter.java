package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.rules.ide.highlighting.RulesHighlightingStyles;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Semantic highlighting (entity and event types, roles, lexicons, captures, token classes, rules) from the language's
 * calculator. The lexical scanner asks it for the style of each token (one binary search), so both kinds of colour
 * come from one pass over the damaged lines; a new analysis repaints only the range where the highlighting changed.
 * The ranges move with the text until the next analysis replaces them.
 */
final class SemanticHighlighter {

	private static final String CATEGORY = "org.dipanno.rules.ui.semanticHighlighting";
	/** Above this many ranges to swap, all are placed anew (appending in order is cheaper than many inserts). */
	private static final int MOST_SWAPPED = 2000;
	private static final int LINES_PER_REPAINT = 400;
	private static final Map<String, IToken> STYLES = new HashMap<>();

	static {
		STYLES.put(RulesHighlightingStyles.ENTITY_TYPE, token(new Color(0, 90, 160), SWT.BOLD));
		STYLES.put(RulesHighlightingStyles.EVENT_TYPE, token(new Color(150, 30, 30), SWT.BOLD));
		STYLES.put(RulesHighlightingStyles.ROLE, token(new Color(120, 60, 150), SWT.ITALIC));
		STYLES.put(RulesHighlightingStyles.LEXICON, token(new Color(0, 120, 110), SWT.NORMAL));
		STYLES.put(RulesHighlightingStyles.CAPTURE, token(new Color(100, 70, 0), SWT.ITALIC));
		STYLES.put(RulesHighlightingStyles.TOKEN_CLASS, token(new Color(127, 0, 85), SWT.NORMAL));
		STYLES.put(RulesHighlightingStyles.REGEX, token(new Color(160, 80, 0), SWT.NORMAL));
		STYLES.put(RulesHighlightingStyles.ANCHOR, token(new Color(127, 0, 85), SWT.BOLD));
		STYLES.put(RulesHighlightingStyles.RULE, token(new Color(0, 0, 0), SWT.BOLD));
	}

	private static IToken token(Color color, int style) {
		return new Token(new TextAttribute(color, null, style));
	}

	private static final class StyledPosition extends Position {
		final IToken style;

		StyledPosition(int offset, int length, IToken style) {
			super(offset, length);
			this.style = style;
		}

		boolean sameAs(StyledPosition other) {
			return offset == other.offset && length == other.length && style == other.style;
		}
	}

	private final ISourceViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private IDocument document;
	/** The positions in document order (also registered with the document, which moves them as the text changes). */
	private volatile List<StyledPosition> positions = List.of();

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	/**
	 * Takes the ranges of a new analysis (UI thread, the document's text being the analysed text) and repaints where
	 * they differ. Ranges equal at both ends of the old and new lists (the old ones have moved with the text) stay in
	 * the document as they are; only those between are swapped, so a keystroke in a large file costs what it changed.
	 */
	void update(IDocument forDocument, List<RuleFileState.Highlight> highlights) {
		List<StyledPosition> fresh = styled(highlights, forDocument.getLength());
		if (forDocument != document) {
			if (document != null) {
				removeCategory(document);
			}
			document = forDocument;
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
			replaceAll(fresh);
			repaint(0, document.getLength());
			return;
		}
		List<StyledPosition> old = positions;
		int first = 0;
		while (first < old.size() && first < fresh.size() && !old.get(first).isDeleted
				&& old.get(first).sameAs(fresh.get(first))) {
			first++;
		}
		int oldLast = old.size() - 1;
		int freshLast = fresh.size() - 1;
		while (oldLast >= first && freshLast >= first && !old.get(oldLast).isDeleted
				&& old.get(oldLast).sameAs(fresh.get(freshLast))) {
			oldLast--;
			freshLast--;
		}
		if (oldLast < first && freshLast < first) {
			return;
		}
		List<StyledPosition> removed = old.subList(first, oldLast + 1);
		List<StyledPosition> added = fresh.subList(first, freshLast + 1);
		int from = Integer.MAX_VALUE;
		int to = -1;
		for (List<StyledPosition> changed : List.of(removed, added)) {
			for (StyledPosition position : changed) {
				from = Math.min(from, position.offset);
				to = Math.max(to, position.offset + position.length);
			}
		}
		if (removed.size() + added.size() > MOST_SWAPPED) {
			replaceAll(fresh);
		} else {
			swap(old, first, removed, added);
		}
		from = Math.max(0, Math.min(from, document.getLength()));
		to = Math.min(document.getLength(), Math.max(to, from));
		repaint(from, to);
	}

	/**
	 * Repaints a range with its new highlighting, in pieces of {@value #LINES_PER_REPAINT} lines, each a UI event of
	 * its own, the piece on screen first: repainting a whole large file at once (styling every token of it) kept the
	 * UI thread from the keys typed meanwhile.
	 */
	private void repaint(int from, int to) {
		try {
			int firstLine = document.getLineOfOffset(from);
			int lastLine = document.getLineOfOffset(to);
			int shown = Math.min(Math.max(viewer.getTopIndex(), firstLine), lastLine);
			List<Integer> starts = new ArrayList<>();
			int onScreen = firstLine + (shown - firstLine) / LINES_PER_REPAINT * LINES_PER_REPAINT;
			starts.add(onScreen);
			for (int line = firstLine; line <= lastLine; line += LINES_PER_REPAINT) {
				if (line != onScreen) {
					starts.add(line);
				}
			}
			IDocument painted = document;
			repaintLines(painted, starts.get(0), Math.min(lastLine, starts.get(0) + LINES_PER_REPAINT - 1), from, to);
			for (int start : starts.subList(1, starts.size())) {
				int end = Math.min(lastLine, start + LINES_PER_REPAINT - 1);
				viewer.getTextWidget().getDisplay().asyncExec(() -> {
					if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()
							&& viewer.getDocument() == painted) {
						repaintLines(painted, start, end, from, to);
					}
				});
			}
		} catch (BadLocationException e) {
			((ITextViewerExtension2) viewer).invalidateTextPresentation(from, to - from);
		}
	}

	/** Repaints lines first..last (of the document as it is now), within from..to. */
	private void repaintLines(IDocument painted, int first, int last, int from, int to) {
		try {
			int lines = painted.getNumberOfLines();
			if (first >= lines) {
				return;
			}
			int start = Math.max(from, painted.getLineOffset(first));
			int end = Math.min(Math.min(to, painted.getLength()),
					last + 1 < lines ? painted.getLineOffset(last + 1) : painted.getLength());
			if (end > start) {
				((ITextViewerExtension2) viewer).invalidateTextPresentation(start, end - start);
			}
		} catch (BadLocationException e) {
			// the text changed under a later piece: the edit repainted its lines
		}
	}

	private static List<StyledPosition> styled(List<RuleFileState.Highlight> highlights, int textLength) {
		List<StyledPosition> styled = new ArrayList<>(highlights.size());
		int end = -1;
		for (RuleFileState.Highlight highlight : highlights) {
			IToken style = highlight.styles().length == 0 ? null : STYLES.get(highlight.styles()[0]);
			if (style != null && highlight.offset() >= end && highlight.offset() + highlight.length() <= textLength) {
				styled.add(new StyledPosition(highlight.offset(), highlight.length(), style));
				end = highlight.offset() + highlight.length();
			}
		}
		return styled;
	}

	private void replaceAll(List<StyledPosition> fresh) {
		try {
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			for (StyledPosition position : fresh) {
				document.addPosition(CATEGORY, position);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			RulesUi.log("Semantic highlighting could not be placed", e);
		}
		positions = fresh;
	}

	/** Swaps the changed ranges in the document and in the list (the others stay where the text moved them). */
	private void swap(List<StyledPosition> old, int first, List<StyledPosition> removed, List<StyledPosition> added) {
		List<StyledPosition> merged = new ArrayList<>(old.size() - removed.size() + added.size());
		merged.addAll(old.subList(0, first));
		merged.addAll(added);
		merged.addAll(old.subList(first + removed.size(), old.size()));
		try {
			for (StyledPosition position : removed) {
				document.removePosition(CATEGORY, position);
			}
			for (StyledPosition position : added) {
				document.addPosition(CATEGORY, position);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			RulesUi.log("Semantic highlighting could not be placed", e);
		}
		positions = merged;
	}

	/** The semantic style of the token starting at an offset, or null. */
	IToken styleAt(int offset) {
		List<StyledPosition> current = positions;
		int low = 0;
		int high = current.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			StyledPosition position = current.get(middle);
			if (position.offset + position.length <= offset) {
				low = middle + 1;
			} else if (position.offset > offset) {
				high = middle - 1;
			} else {
				return position.isDeleted ? null : position.style;
			}
		}
		return null;
	}

	/** How many ranges are highlighted now (for tests and benchmarks). */
	int rangeCount() {
		return positions.size();
	}

	void dispose() {
		if (document != null) {
			removeCategory(document);
		}
	}

	private void removeCategory(IDocument from) {
		from.removePositionUpdater(updater);
		try {
			from.removePositionCategory(CATEGORY);
		} catch (BadPositionCategoryException e) {
			// already gone
		}
	}
}
