package org.dipanno.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.dipanno.export.tokens.OverlapResolver;
import org.dipanno.export.tokens.TokenSplitter;

/**
 * Applies the zone selection and the sentence-level policies to one document:
 * which sentences, mentions and events are exported, which tokens are split.
 */
public final class DocumentSelector {

	private DocumentSelector() {
	}

	public static SelectedDocument select(ExportDocument document, Set<String> zoneKinds) {
		WarningCounts warnings = new WarningCounts();
		List<Span> zones = new ArrayList<>();
		for (ExportZone zone : document.zonesOrWholeBody()) {
			if (zoneKinds.contains(zone.kind())) {
				zones.add(zone.span());
			}
		}
		List<EntitySpan> entities = new ArrayList<>();
		for (EntitySpan entity : document.entities()) {
			if (insideAny(zones, entity.span())) {
				entities.add(entity);
			} else {
				warnings.add(ExportWarning.ENTITIES_OUTSIDE_SELECTED_ZONES, 1);
			}
		}
		entities.sort(Comparator.comparing(EntitySpan::span).thenComparing(EntitySpan::type).thenComparing(EntitySpan::id));
		Set<String> exportedIds = new HashSet<>();
		entities.forEach(e -> exportedIds.add(e.id()));

		List<EventSpan> events = new ArrayList<>();
		for (EventSpan event : document.events()) {
			if (!insideAny(zones, event.trigger())) {
				warnings.add(ExportWarning.EVENTS_OUTSIDE_SELECTED_ZONES, 1);
				continue;
			}
			List<ExportEventArgument> arguments = new ArrayList<>();
			for (ExportEventArgument argument : event.arguments()) {
				if (exportedIds.contains(argument.entityId())) {
					arguments.add(argument);
				} else {
					warnings.add(ExportWarning.EVENT_ARGUMENTS_DROPPED, 1);
				}
			}
			events.add(new EventSpan(event.id(), event.type(), event.triggerStart(), event.triggerEnd(), arguments,
					event.attributes()));
		}

		List<SentenceUnit> units = new ArrayList<>();
		Set<String> inSentence = new HashSet<>();
		List<Span> sentences = document.sentences();
		for (int index = 0; index < sentences.size(); index++) {
			Span sentence = sentences.get(index);
			if (!insideAny(zones, sentence)) {
				continue;
			}
			List<EntitySpan> sentenceEntities = new ArrayList<>();
			for (EntitySpan entity : entities) {
				if (sentence.contains(entity.start(), entity.end())) {
					sentenceEntities.add(entity);
					inSentence.add(entity.id());
				}
			}
			OverlapResolver.Resolution resolution = OverlapResolver.outermost(sentenceEntities);
			warnings.add(ExportWarning.NESTED_ENTITIES_DROPPED, resolution.dropped().size());
			TreeSet<Integer> boundaries = new TreeSet<>();
			for (EntitySpan entity : resolution.kept()) {
				boundaries.add(entity.start());
				boundaries.add(entity.end());
			}
			TokenSplitter.Result syllables = TokenSplitter.tokens(document.text(), sentence, document.syllableTokens(), boundaries);
			TokenSplitter.Result words = TokenSplitter.tokens(document.text(), sentence, document.words(), boundaries);
			warnings.add(ExportWarning.SYLLABLES_SPLIT_AT_ENTITY_BOUNDARY, syllables.splitTokens());
			warnings.add(ExportWarning.WORDS_SPLIT_AT_ENTITY_BOUNDARY, words.splitTokens());
			List<EntitySpan> tagged = new ArrayList<>();
			for (EntitySpan entity : resolution.kept()) {
				boolean covered = syllables.tokens().stream()
						.anyMatch(t -> t.start() >= entity.start() && t.end() <= entity.end());
				if (covered) {
					tagged.add(entity);
				} else {
					warnings.add(ExportWarning.ENTITIES_WITHOUT_TOKENS, 1);
				}
			}
			units.add(new SentenceUnit(document.id(), index, sentence, List.copyOf(sentenceEntities), List.copyOf(tagged),
					syllables.tokens(), words.tokens()));
		}
		for (EntitySpan entity : entities) {
			if (!inSentence.contains(entity.id())) {
				warnings.add(ExportWarning.ENTITIES_CROSSING_SENTENCES, 1);
			}
		}
		return new SelectedDocument(document, List.copyOf(units), List.copyOf(entities), List.copyOf(events), warnings);
	}

	private static boolean insideAny(List<Span> zones, Span span) {
		for (Span zone : zones) {
			if (zone.contains(span)) {
				return true;
			}
		}
		return false;
	}
}
