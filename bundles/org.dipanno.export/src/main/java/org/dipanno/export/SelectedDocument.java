package org.dipanno.export;

import java.util.List;

/**
 * A document restricted to the exported zones, cut into sentence units.
 *
 * @param entities all mentions in the exported zones (brat writes all of them)
 * @param events   events whose trigger is in the exported zones, arguments limited to exported mentions
 */
public record SelectedDocument(ExportDocument document, List<SentenceUnit> sentences, List<EntitySpan> entities,
		List<EventSpan> events, WarningCounts warnings) {

	public String id() {
		return document.id();
	}
}
