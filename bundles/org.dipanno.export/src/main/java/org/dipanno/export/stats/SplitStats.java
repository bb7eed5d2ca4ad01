package org.dipanno.export.stats;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportWarning;
import org.dipanno.export.SelectedDocument;
import org.dipanno.export.SentenceUnit;
import org.dipanno.export.WarningCounts;

import com.google.gson.JsonObject;

/**
 * Counts of one split (or of the whole dataset).
 *
 * @param mentionsPerType       exported entity mentions per type (all of them, as in brat and span JSONL)
 * @param taggedMentionsPerType mentions that CoNLL and Hugging Face carry (after the outermost policy)
 * @param eventsPerType         exported event mentions per type
 *
 * <p>Serializable and summable: a distributed export counts each document where it is converted and adds up the
 * counts of each split ({@link #sum}), which gives the same figures as {@link #of} over all of the split's documents.
 */
public record SplitStats(int documents, int sentences, int syllableTokens, int wordTokens,
		SortedMap<String, Integer> mentionsPerType, SortedMap<String, Integer> taggedMentionsPerType,
		SortedMap<String, Integer> eventsPerType, int eventArguments, WarningCounts warnings)
		implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	/** The counts of the documents of all the given stats together (no stats: an empty split). */
	public static SplitStats sum(Iterable<SplitStats> parts) {
		int documents = 0;
		int sentences = 0;
		int syllables = 0;
		int words = 0;
		int arguments = 0;
		SortedMap<String, Integer> mentions = new TreeMap<>();
		SortedMap<String, Integer> tagged = new TreeMap<>();
		SortedMap<String, Integer> events = new TreeMap<>();
		WarningCounts warnings = new WarningCounts();
		for (SplitStats part : parts) {
			documents += part.documents;
			sentences += part.sentences;
			syllables += part.syllableTokens;
			words += part.wordTokens;
			arguments += part.eventArguments;
			part.mentionsPerType.forEach((type, count) -> mentions.merge(type, count, Integer::sum));
			part.taggedMentionsPerType.forEach((type, count) -> tagged.merge(type, count, Integer::sum));
			part.eventsPerType.forEach((type, count) -> events.merge(type, count, Integer::sum));
			warnings.addAll(part.warnings);
		}
		return new SplitStats(documents, sentences, syllables, words, Collections.unmodifiableSortedMap(mentions),
				Collections.unmodifiableSortedMap(tagged), Collections.unmodifiableSortedMap(events), arguments, warnings);
	}

	public static SplitStats of(List<SelectedDocument> documents) {
		int sentences = 0;
		int syllables = 0;
		int words = 0;
		int arguments = 0;
		SortedMap<String, Integer> mentions = new TreeMap<>();
		SortedMap<String, Integer> tagged = new TreeMap<>();
		SortedMap<String, Integer> events = new TreeMap<>();
		WarningCounts warnings = new WarningCounts();
		for (SelectedDocument document : documents) {
			warnings.addAll(document.warnings());
			for (SentenceUnit sentence : document.sentences()) {
				sentences++;
				syllables += sentence.syllables().size();
				words += sentence.words().size();
				for (EntitySpan entity : sentence.taggedEntities()) {
					tagged.merge(entity.type(), 1, Integer::sum);
				}
			}
			for (EntitySpan entity : document.entities()) {
				mentions.merge(entity.type(), 1, Integer::sum);
			}
			for (EventSpan event : document.events()) {
				events.merge(event.type(), 1, Integer::sum);
				arguments += event.arguments().size();
			}
		}
		return new SplitStats(documents.size(), sentences, syllables, words, Collections.unmodifiableSortedMap(mentions),
				Collections.unmodifiableSortedMap(tagged), Collections.unmodifiableSortedMap(events), arguments, warnings);
	}

	public int mentions() {
		return mentionsPerType.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int eventMentions() {
		return eventsPerType.values().stream().mapToInt(Integer::intValue).sum();
	}

	JsonObject toJson() {
		JsonObject json = new JsonObject();
		json.addProperty("documents", documents);
		json.addProperty("sentences", sentences);
		json.addProperty("syllableTokens", syllableTokens);
		json.addProperty("wordTokens", wordTokens);
		json.addProperty("mentions", mentions());
		json.add("mentionsPerType", counts(mentionsPerType));
		json.add("taggedMentionsPerType", counts(taggedMentionsPerType));
		json.addProperty("events", eventMentions());
		json.add("eventsPerType", counts(eventsPerType));
		json.addProperty("eventArguments", eventArguments);
		JsonObject warningJson = new JsonObject();
		for (Map.Entry<ExportWarning, Integer> warning : warnings.asMap().entrySet()) {
			warningJson.addProperty(warning.getKey().key(), warning.getValue());
		}
		json.add("warnings", warningJson);
		return json;
	}

	private static JsonObject counts(SortedMap<String, Integer> counts) {
		JsonObject json = new JsonObject();
		counts.forEach(json::addProperty);
		return json;
	}
}
