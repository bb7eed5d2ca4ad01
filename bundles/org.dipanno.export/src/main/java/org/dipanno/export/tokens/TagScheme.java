package org.dipanno.export.tokens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dipanno.export.EntitySpan;

/**
 * Token tagging schemes of CoNLL-style data. Both are strict: decoding
 * rejects sequences the encoder never produces, so a round trip proves the
 * tags carry exactly the exported spans.
 */
public enum TagScheme {
	/** IOB2: B- begins every mention, I- continues it, O outside. */
	BIO("B", "I"),
	/** BIOES (BILOU): S- single-token mention, B-/I-/E- begin, inside, end. */
	BIOES("B", "I", "E", "S");

	public static final String OUTSIDE = "O";

	private final List<String> prefixes;

	TagScheme(String... prefixes) {
		this.prefixes = List.of(prefixes);
	}

	/** Prefixes of the scheme, e.g. B, I, E, S. */
	public List<String> prefixes() {
		return prefixes;
	}

	/** The full label list: O, then for each type its prefixed labels, in the given type order. */
	public List<String> labels(List<String> types) {
		List<String> labels = new ArrayList<>();
		labels.add(OUTSIDE);
		for (String type : types) {
			for (String prefix : prefixes) {
				labels.add(prefix + "-" + type);
			}
		}
		return labels;
	}

	/**
	 * Tags the tokens with non-overlapping entities. A token belongs to an
	 * entity when it lies inside it; the caller has already split tokens at
	 * entity boundaries, so no token straddles one.
	 */
	public String[] tag(List<ExportToken> tokens, List<EntitySpan> nonOverlappingEntities) {
		String[] tags = new String[tokens.size()];
		Arrays.fill(tags, OUTSIDE);
		List<EntitySpan> entities = nonOverlappingEntities;
		for (int e = 1; e < entities.size(); e++) {
			if (entities.get(e).start() < entities.get(e - 1).start()) {
				entities = new ArrayList<>(nonOverlappingEntities);
				entities.sort(java.util.Comparator.comparingInt(EntitySpan::start));
				break;
			}
		}
		// Tokens and mentions are both in text order: one pass over the tokens.
		int from = 0;
		for (EntitySpan entity : entities) {
			while (from < tokens.size() && tokens.get(from).start() < entity.start()) {
				from++;
			}
			int first = -1;
			int last = -1;
			for (int i = from; i < tokens.size() && tokens.get(i).start() < entity.end(); i++) {
				if (tokens.get(i).end() <= entity.end()) {
					if (first < 0) {
						first = i;
					}
					last = i;
				}
			}
			if (first < 0) {
				continue;
			}
			for (int i = first; i <= last; i++) {
				tags[i] = prefixFor(i, first, last) + "-" + entity.type();
			}
		}
		return tags;
	}

	private String prefixFor(int index, int first, int last) {
		if (this == BIO) {
			return index == first ? "B" : "I";
		}
		if (first == last) {
			return "S";
		}
		return index == first ? "B" : index == last ? "E" : "I";
	}

	/**
	 * Decodes a tag sequence into labelled token runs.
	 *
	 * @throws IllegalArgumentException naming the token index when the sequence is not valid for this scheme
	 */
	public List<TaggedSpan> decode(List<String> tags) {
		List<TaggedSpan> spans = new ArrayList<>();
		int openStart = -1;
		String openType = null;
		for (int i = 0; i < tags.size(); i++) {
			String tag = tags.get(i);
			if (tag.equals(OUTSIDE)) {
				if (openType != null && this == BIOES) {
					throw invalid(i, tag, "mention of " + openType + " opened by B- is not closed by E-");
				}
				if (openType != null) {
					spans.add(new TaggedSpan(openStart, i - 1, openType));
				}
				openType = null;
				continue;
			}
			int dash = tag.indexOf('-');
			if (dash <= 0 || dash == tag.length() - 1 || !prefixes.contains(tag.substring(0, dash))) {
				throw invalid(i, tag, "not a " + name() + " tag");
			}
			String prefix = tag.substring(0, dash);
			String type = tag.substring(dash + 1);
			switch (prefix) {
			case "B", "S" -> {
				if (openType != null) {
					if (this == BIOES) {
						throw invalid(i, tag, "mention of " + openType + " is not closed by E-");
					}
					spans.add(new TaggedSpan(openStart, i - 1, openType));
				}
				if (prefix.equals("S")) {
					spans.add(new TaggedSpan(i, i, type));
					openType = null;
				} else {
					openStart = i;
					openType = type;
				}
			}
			case "I", "E" -> {
				if (openType == null || !openType.equals(type)) {
					throw invalid(i, tag, prefix + "- does not continue a " + type + " mention");
				}
				if (prefix.equals("E")) {
					spans.add(new TaggedSpan(openStart, i, type));
					openType = null;
				}
			}
			default -> throw invalid(i, tag, "unknown prefix");
			}
		}
		if (openType != null) {
			if (this == BIOES) {
				throw invalid(tags.size(), "<end>", "mention of " + openType + " is not closed by E-");
			}
			spans.add(new TaggedSpan(openStart, tags.size() - 1, openType));
		}
		return spans;
	}

	private IllegalArgumentException invalid(int index, String tag, String problem) {
		return new IllegalArgumentException("Invalid " + name() + " tag '" + tag + "' at token " + index + ": " + problem);
	}
}
