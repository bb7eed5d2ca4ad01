package org.dipanno.ui.curation;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.model.CurationProvenance;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.curation.CurationItem;
import org.dipanno.model.curation.CurationStrategy;
import org.dipanno.model.curation.CurationVersion;
import org.dipanno.model.curation.DocumentCuration;

/** How the curation editor's list words an item's readings and its decision. */
final class CurationLabels {

	private CurationLabels() {
	}

	/** Each annotator's reading, e.g. {@code lan: LOCATION | minh: ORGANIZATION}; "—" for one who marked nothing. */
	static String readings(DocumentCuration curation, CurationItem item) {
		List<String> parts = new ArrayList<>();
		for (CurationVersion version : item.versions()) {
			parts.add(String.join(",", version.annotators()) + ": " + version.typeName()
					+ (version.start() == item.start() && version.end() == item.end() ? ""
							: " \"" + version.mention().getText() + "\""));
		}
		for (String annotator : curation.annotators()) {
			if (item.versionOf(annotator) == null) {
				parts.add(annotator + ": —");
			}
		}
		return String.join(" | ", parts);
	}

	/** How the item is decided in gold: open, agreed, taken from an annotator, edited, rejected. */
	static String decision(DocumentCuration curation, CurationItem item, CurationStrategy strategy) {
		List<Mention> gold = curation.goldOf(item);
		if (gold.isEmpty()) {
			DocumentCuration.Resolution resolution = curation.resolve(item, strategy);
			return resolution == null ? "open" : "open (" + strategy.label() + " takes it)";
		}
		List<String> accepted = new ArrayList<>();
		for (Mention mention : gold) {
			if (mention.getStatus() == MentionStatus.ACCEPTED && mention.getProvenance() instanceof CurationProvenance p) {
				accepted.add(switch (p.getDecision()) {
				case TAKEN -> "took " + String.join(",", p.getAgreedBy());
				case EDITED -> "edited";
				default -> p.getDecision().getName().toLowerCase(java.util.Locale.ROOT);
				} + " " + typeName(mention));
			} else if (mention.getStatus() == MentionStatus.ACCEPTED) {
				accepted.add("gold " + typeName(mention));
			}
		}
		String decided = accepted.isEmpty() ? "rejected" : String.join(", ", accepted);
		return curation.isDecided(item) ? decided : decided + " (a reading is new)";
	}

	private static String typeName(Mention mention) {
		if (mention instanceof EntityMention entity) {
			return entity.getType() == null ? "?" : entity.getType().getName();
		}
		EventMention event = (EventMention) mention;
		return event.getType() == null ? "?" : event.getType().getName();
	}

}
