package org.dipanno.ui.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.curation.CurationItem;
import org.dipanno.model.curation.DocumentCuration;
import org.dipanno.ui.editor.StylePlanner;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * The curation editor's text styles: gold decisions in the type's colour, open disagreements underlined in red,
 * rejected items struck out, the current item marked.
 */
final class CurationStyles {

	private static final RGB OPEN = new RGB(0xd0, 0x20, 0x20);
	private static final RGB REJECTED = new RGB(0x90, 0x90, 0x90);
	private static final RGB CURRENT = new RGB(0xff, 0xe8, 0x80);

	private CurationStyles() {
	}

	/** The style ranges of a curation's items, in order and without overlap; {@code color} gives (kept) colours. */
	static StyleRange[] of(DocumentCuration curation, CurationItem current, Function<RGB, Color> color) {
		List<StyleRange> ranges = new ArrayList<>();
		for (CurationItem item : curation.items()) {
			boolean decided = curation.isDecided(item);
			StyleRange range = new StyleRange();
			range.start = item.start();
			range.length = item.end() - item.start();
			if (item == current) {
				range.background = color.apply(CURRENT);
			}
			if (!decided && !item.isAgreement()) {
				range.underline = true;
				range.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
				range.underlineColor = color.apply(OPEN);
				range.foreground = color.apply(OPEN);
			} else if (!decided) {
				range.underline = true;
				range.underlineStyle = SWT.UNDERLINE_SINGLE;
			} else {
				Mention accepted = curation.goldOf(item).stream().filter(m -> m.getStatus() == MentionStatus.ACCEPTED)
						.findFirst().orElse(null);
				if (accepted == null) {
					range.foreground = color.apply(REJECTED);
					range.strikeout = true;
				} else {
					String hex = accepted instanceof EntityMention entity && entity.getType() != null
							? entity.getType().getColor()
							: accepted instanceof EventMention event && event.getType() != null ? event.getType().getColor()
									: null;
					if (item != current) {
						range.background = color.apply(StylePlanner.blend(StylePlanner.parseColor(hex), 0.35));
					}
					range.borderStyle = SWT.BORDER_SOLID;
					range.borderColor = color.apply(StylePlanner.parseColor(hex));
				}
			}
			ranges.add(range);
		}
		// Nested items: StyledText wants ranges in order and without overlap; inner items win where they lie.
		return flatten(ranges);
	}


	private static StyleRange[] flatten(List<StyleRange> ranges) {
		int length = ranges.stream().mapToInt(r -> r.start + r.length).max().orElse(0);
		StyleRange[] at = new StyleRange[length];
		ranges.sort(java.util.Comparator.comparingInt((StyleRange r) -> -r.length));
		for (StyleRange range : ranges) {
			for (int i = range.start; i < range.start + range.length; i++) {
				at[i] = range;
			}
		}
		List<StyleRange> flat = new ArrayList<>();
		int i = 0;
		while (i < length) {
			if (at[i] == null) {
				i++;
				continue;
			}
			int j = i;
			while (j < length && at[j] == at[i]) {
				j++;
			}
			StyleRange piece = (StyleRange) at[i].clone();
			piece.start = i;
			piece.length = j - i;
			flat.add(piece);
			i = j;
		}
		return flat.toArray(StyleRange[]::new);
	}
}
