package org.dipanno.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.Zone;
import org.dipanno.model.editing.AnnotationActions;
import org.eclipse.swt.graphics.RGB;

/** What the article editor highlights: the zones that are not annotated as body text, and the visible mentions. */
final class EditorHighlights {

	private EditorHighlights() {
	}

	static List<Highlight> of(Document document, List<Mention> visibleMentions) {
		List<Highlight> highlights = new ArrayList<>();
		for (Zone zone : document.getZones()) {
			Highlight.Kind kind = switch (zone.getKind()) {
			case BOILERPLATE -> Highlight.Kind.EXCLUDED_ZONE;
			case CAPTION -> Highlight.Kind.CAPTION_ZONE;
			case TITLE -> Highlight.Kind.TITLE_ZONE;
			default -> null;
			};
			if (kind != null) {
				highlights.add(new Highlight(zone.getStart(), zone.getEnd(), kind, null));
			}
		}
		Map<String, RGB> colors = new HashMap<>();
		for (Mention mention : visibleMentions) {
			boolean pending = AnnotationActions.isPending(mention);
			if (mention instanceof EntityMention entity) {
				highlights.add(new Highlight(entity.getStart(), entity.getEnd(),
						pending ? Highlight.Kind.PROPOSAL : Highlight.Kind.ENTITY,
						colorOf(entity.getType() == null ? null : entity.getType().getColor(), colors)));
			} else if (mention instanceof EventMention event) {
				highlights.add(new Highlight(event.getStart(), event.getEnd(),
						pending ? Highlight.Kind.TRIGGER_PROPOSAL : Highlight.Kind.TRIGGER,
						colorOf(event.getType() == null ? null : event.getType().getColor(), colors)));
			}
		}
		return highlights;
	}

	/** Parses each schema colour once per refresh, not once per mention. */
	private static RGB colorOf(String hex, Map<String, RGB> parsed) {
		return parsed.computeIfAbsent(hex, StylePlanner::parseColor); // a missing colour (null) parses to grey once
	}
}
