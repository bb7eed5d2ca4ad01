package org.dipanno.rules.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.rules.ide.highlighting.RulesHighlightingStyles;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

/**
 * Semantic highlighting (entity and event types, roles, lexicons, captures, token classes, rules) from the language's
 * calculator, merged into every text presentation over the lexical colours. The ranges move with the text until the
 * next analysis replaces them.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "org.dipanno.rules.ui.semanticHighlighting";
	private static final Map<String, Style> STYLES = new HashMap<>();

	private record Style(Color color, int fontStyle) {
	}

	static {
		STYLES.put(RulesHighlightingStyles.ENTITY_TYPE, new Style(new Color(0, 90, 160), SWT.BOLD));
		STYLES.put(RulesHighlightingStyles.EVENT_TYPE, new Style(new Color(150, 30, 30), SWT.BOLD));
		STYLES.put(RulesHighlightingStyles.ROLE, new Style(new Color(120, 60, 150), SWT.ITALIC));
		STYLES.put(RulesHighlightingStyles.LEXICON, new Style(new Color(0, 120, 110), SWT.NORMAL));
		STYLES.put(RulesHighlightingStyles.CAPTURE, new Style(new Color(100, 70, 0), SWT.ITALIC));
		STYLES.put(RulesHighlightingStyles.TOKEN_CLASS, new Style(new Color(127, 0, 85), SWT.NORMAL));
		STYLES.put(RulesHighlightingStyles.REGEX, new Style(new Color(160, 80, 0), SWT.NORMAL));
		STYLES.put(RulesHighlightingStyles.ANCHOR, new Style(new Color(127, 0, 85), SWT.BOLD));
		STYLES.put(RulesHighlightingStyles.RULE, new Style(new Color(0, 0, 0), SWT.BOLD));
	}

	private static final class StyledPosition extends Position {
		final Style style;

		StyledPosition(int offset, int length, Style style) {
			super(offset, length);
			this.style = style;
		}
	}

	private final ISourceViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private IDocument document;

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		((org.eclipse.jface.text.TextViewer) viewer).addTextPresentationListener(this);
	}

	/** Replaces the highlighted ranges (UI thread) and repaints. */
	void update(IDocument forDocument, List<RuleFileState.Highlight> highlights) {
		if (forDocument != document) {
			if (document != null) {
				removeCategory(document);
			}
			document = forDocument;
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
		}
		try {
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			for (RuleFileState.Highlight highlight : highlights) {
				Style style = highlight.styles().length == 0 ? null : STYLES.get(highlight.styles()[0]);
				if (style != null && highlight.offset() + highlight.length() <= document.getLength()) {
					document.addPosition(CATEGORY, new StyledPosition(highlight.offset(), highlight.length(), style));
				}
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			RulesUi.log("Semantic highlighting could not be placed", e);
		}
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (document == null) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		try {
			for (Position position : document.getPositions(CATEGORY)) {
				if (position.isDeleted() || position.getOffset() + position.getLength() <= start
						|| position.getOffset() >= end) {
					continue;
				}
				Style style = ((StyledPosition) position).style;
				int from = Math.max(start, position.getOffset());
				int to = Math.min(end, position.getOffset() + position.getLength());
				StyleRange range = new StyleRange(from, to - from, style.color(), null, style.fontStyle());
				presentation.mergeStyleRange(range);
			}
		} catch (BadPositionCategoryException e) {
			// no highlighting yet
		}
	}

	/** How many ranges are highlighted now (for tests and benchmarks). */
	int rangeCount() {
		try {
			return document == null ? 0 : document.getPositions(CATEGORY).length;
		} catch (BadPositionCategoryException e) {
			return 0;
		}
	}

	void dispose() {
		((org.eclipse.jface.text.TextViewer) viewer).removeTextPresentationListener(this);
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
