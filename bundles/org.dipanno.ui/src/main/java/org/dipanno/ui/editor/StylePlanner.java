package org.dipanno.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/**
 * Turns overlapping highlights into the disjoint, sorted style ranges a StyledText needs. Where highlights nest, the
 * innermost entity gives the background (so a PERSON inside an ORGANIZATION stays visible), a trigger adds its box and
 * underline, and the zone gives the font style and text colour.
 *
 * <p>It sweeps the highlight boundaries once: O(n log n) for n highlights, so a long article with tens of thousands
 * of mentions is styled in milliseconds.
 */
public final class StylePlanner {

	private static final RGB EXCLUDED_TEXT = new RGB(150, 150, 150);
	private static final RGB CAPTION_TEXT = new RGB(70, 90, 120);

	private StylePlanner() {
	}

	public static StyleRange[] plan(List<Highlight> highlights) {
		if (highlights.isEmpty()) {
			return new StyleRange[0];
		}
		int n = highlights.size();
		int[] boundaries = new int[2 * n];
		for (int i = 0; i < n; i++) {
			boundaries[2 * i] = highlights.get(i).start();
			boundaries[2 * i + 1] = highlights.get(i).end();
		}
		Arrays.sort(boundaries);
		Highlight[] byStart = highlights.toArray(Highlight[]::new);
		Arrays.sort(byStart, Comparator.comparingInt(Highlight::start));
		List<Highlight> active = new ArrayList<>();
		List<StyleRange> ranges = new ArrayList<>(n * 2);
		// One Color per RGB: StyledText compares old and new ranges colour by colour, and identity is the fast path.
		Map<RGB, Color> colors = new HashMap<>();
		int next = 0;
		int previous = -1;
		for (int boundary : boundaries) {
			if (boundary == previous) {
				continue;
			}
			if (previous >= 0 && !active.isEmpty()) {
				StyleRange range = styleOf(active, previous, boundary, colors);
				if (range != null) {
					ranges.add(range);
				}
			}
			final int at = boundary;
			active.removeIf(h -> h.end() <= at);
			while (next < byStart.length && byStart[next].start() <= boundary) {
				if (byStart[next].end() > boundary) {
					active.add(byStart[next]);
				}
				next++;
			}
			previous = boundary;
		}
		return ranges.toArray(StyleRange[]::new);
	}

	private static StyleRange styleOf(List<Highlight> active, int start, int end, Map<RGB, Color> colors) {
		Highlight entity = null;
		Highlight proposal = null;
		Highlight trigger = null;
		Highlight preview = null;
		Highlight zone = null;
		for (Highlight h : active) {
			switch (h.kind()) {
			case ENTITY -> entity = innermost(entity, h);
			case PROPOSAL -> proposal = innermost(proposal, h);
			case TRIGGER, TRIGGER_PROPOSAL -> trigger = innermost(trigger, h);
			case PREVIEW -> preview = innermost(preview, h);
			default -> zone = h;
			}
		}
		StyleRange range = new StyleRange();
		range.start = start;
		range.length = end - start;
		if (zone != null) {
			switch (zone.kind()) {
			case EXCLUDED_ZONE -> range.foreground = colors.computeIfAbsent(EXCLUDED_TEXT, Color::new);
			case CAPTION_ZONE -> {
				range.fontStyle = SWT.ITALIC;
				range.foreground = colors.computeIfAbsent(CAPTION_TEXT, Color::new);
			}
			case TITLE_ZONE -> range.fontStyle = SWT.BOLD;
			default -> {
			}
			}
		}
		if (entity != null) {
			range.background = colors.computeIfAbsent(blend(entity.color(), 0.38), Color::new);
		} else if (proposal != null) {
			range.background = colors.computeIfAbsent(blend(proposal.color(), 0.16), Color::new);
		}
		if (proposal != null && (entity == null || proposal.length() < entity.length())) {
			range.borderStyle = SWT.BORDER_DASH;
			range.borderColor = colors.computeIfAbsent(proposal.color(), Color::new);
		}
		if (trigger != null) {
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_DOUBLE;
			range.underlineColor = colors.computeIfAbsent(trigger.color(), Color::new);
			range.borderStyle = trigger.kind() == Highlight.Kind.TRIGGER ? SWT.BORDER_SOLID : SWT.BORDER_DASH;
			range.borderColor = colors.computeIfAbsent(trigger.color(), Color::new);
			range.fontStyle |= SWT.BOLD;
		}
		if (preview != null) {
			// Over whatever the document holds: the preview is what the linguist is looking at now.
			range.borderStyle = SWT.BORDER_DOT;
			range.borderColor = colors.computeIfAbsent(preview.color(), Color::new);
			if (range.background == null) {
				range.background = colors.computeIfAbsent(blend(preview.color(), 0.08), Color::new);
			}
		}
		if (range.foreground == null && range.background == null && range.borderStyle == SWT.NONE && !range.underline
				&& range.fontStyle == SWT.NORMAL) {
			return null;
		}
		return range;
	}

	private static Highlight innermost(Highlight current, Highlight candidate) {
		return current == null || candidate.length() < current.length() ? candidate : current;
	}

	/** The colour mixed with white: saturated schema colours as readable backgrounds. */
	public static RGB blend(RGB color, double share) {
		return new RGB(mix(color.red, share), mix(color.green, share), mix(color.blue, share));
	}

	private static int mix(int channel, double share) {
		return (int) Math.round(channel * share + 255 * (1 - share));
	}

	/** Parses "#RRGGBB"; grey when the schema gives no usable colour. */
	public static RGB parseColor(String hex) {
		if (hex != null && hex.matches("#[0-9A-Fa-f]{6}")) {
			int value = Integer.parseInt(hex.substring(1), 16);
			return new RGB((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
		}
		return new RGB(128, 128, 128);
	}
}
