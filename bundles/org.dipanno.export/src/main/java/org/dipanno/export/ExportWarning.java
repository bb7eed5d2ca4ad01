package org.dipanno.export;

/** Things an export had to leave out or change; counted in the stats and listed in the dataset card. */
public enum ExportWarning {
	ENTITIES_OUTSIDE_SELECTED_ZONES("entity mentions outside the exported zones (not exported)"),
	ENTITIES_CROSSING_SENTENCES("entity mentions crossing a sentence boundary (left out of the sentence-level formats: CoNLL, Hugging Face, span JSONL; kept in brat)"),
	NESTED_ENTITIES_DROPPED("nested or overlapping entity mentions left out of CoNLL and Hugging Face (outermost kept; kept in span JSONL and brat)"),
	ENTITIES_WITHOUT_TOKENS("entity mentions covering no token (left out of CoNLL and Hugging Face)"),
	SYLLABLES_SPLIT_AT_ENTITY_BOUNDARY("syllable tokens split at an entity boundary"),
	WORDS_SPLIT_AT_ENTITY_BOUNDARY("word tokens split at an entity boundary"),
	EVENTS_OUTSIDE_SELECTED_ZONES("event mentions whose trigger lies outside the exported zones (not exported)"),
	EVENT_ARGUMENTS_DROPPED("event arguments whose entity is not exported (argument left out)");

	private final String description;

	ExportWarning(String description) {
		this.description = description;
	}

	public String description() {
		return description;
	}

	/** camelCase key used in stats.json. */
	public String key() {
		StringBuilder key = new StringBuilder();
		boolean upper = false;
		for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			} else {
				key.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return key.toString();
	}
}
