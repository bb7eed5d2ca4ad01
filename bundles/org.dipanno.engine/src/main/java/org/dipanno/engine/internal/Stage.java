package org.dipanno.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dipanno.engine.patterns.TokenClass;

/** Rules of one stage, indexed by what their first token can be. */
final class Stage {

	private static final TokenClass[] CLASSES = TokenClass.values();

	final List<CompiledRule> rules;
	final CompiledRule[][] byId;
	final CompiledRule[][] byClass;
	final CompiledRule[][] byType;
	final CompiledRule[] always;
	/** The token classes some rule of the stage is indexed under, as bits. */
	final int classMask;
	/**
	 * Scheduled rules ({@link CompiledRule#scheduled}) that can need a token after their start: scheduled by a
	 * scan of each segment before its tokens are tried; null when there are none.
	 */
	final Schedules ahead;
	/**
	 * Scheduled rules whose required token is at or before their start (a person after a title): scheduled when
	 * the stage loop passes the token ({@link #REQUIRED_HERE}), with no scan; null when there are none.
	 */
	final Schedules atToken;
	/** The required ids of the other rules (listed when first tried in a segment), as bits. */
	final long[] listedIdBits;
	/** The rules whose matches all start with a phrase of two tokens or more, by those two tokens; or null. */
	final PairIndex byPair;
	/**
	 * The stage's word lists ({@link CompiledRule#wordList}): tried at every token by a walk from the trie's
	 * root, which tells at once whether an entry starts there, rather than through the first-token index (a
	 * big word list would be indexed under most ids).
	 */
	final CompiledRule[] wordLists;
	/**
	 * Per id, the word lists (bits over {@link #wordLists}) with an entry starting with it; null when the stage
	 * has more than 64 word lists (each is then asked).
	 */
	final long[] wordListsStartingWith;
	/**
	 * Whether the stage's rules are all tried from the id, pair or mention indexes (none by a class, everywhere,
	 * scheduled or as a word list): then a token with neither an indexed id nor an indexed mention is passed
	 * over at once (a later stage of a few event and mention rules looks at few tokens).
	 */
	final boolean sparse;
	/**
	 * Per id, what the stage does at a token with it, as {@link #WORD_LIST_START}, {@link #BY_ID} and
	 * {@link #PAIR_START} bits (most tokens have none in a stage of a few rules), and {@link #REQUIRED_HERE}.
	 */
	final byte[] idFlags;
	static final int WORD_LIST_START = 1;
	static final int BY_ID = 2;
	static final int PAIR_START = 4;
	/** Some rule of {@link #atToken} requires the id. */
	static final int REQUIRED_HERE = 8;

	Stage(List<CompiledRule> rules, int vocabularySize, int typeCount, int groupCount) {
		this.rules = rules;
		List<List<Integer>> ids = new ArrayList<>();
		for (int i = 0; i < vocabularySize; i++) {
			ids.add(null);
		}
		List<List<Integer>> classes = new ArrayList<>();
		for (int i = 0; i < CLASSES.length; i++) {
			classes.add(new ArrayList<>());
		}
		List<List<Integer>> types = new ArrayList<>();
		for (int i = 0; i < typeCount; i++) {
			types.add(new ArrayList<>());
		}
		List<Integer> any = new ArrayList<>();
		List<CompiledRule> paired = new ArrayList<>();
		List<CompiledRule> lists = new ArrayList<>();
		for (int r = 0; r < rules.size(); r++) {
			CompiledRule rule = rules.get(r);
			if (rule.scheduled) {
				continue; // tried where its required tokens put it, not by its first token
			}
			if (rule.wordList) {
				lists.add(rule);
			} else if (rule.firstAny) {
				any.add(r);
			} else if (rule.leadingLiterals != null
					&& Arrays.stream(rule.leadingLiterals).allMatch(l -> l.length > 1)) {
				paired.add(rule);
			} else {
				indexByFirstToken(r, ids, classes, types);
			}
		}
		byId = ids.stream().map(l -> l == null ? null : rulesAt(l)).toArray(CompiledRule[][]::new);
		byClass = classes.stream().map(l -> l.isEmpty() ? null : rulesAt(l)).toArray(CompiledRule[][]::new);
		byType = types.stream().map(l -> l.isEmpty() ? null : rulesAt(l)).toArray(CompiledRule[][]::new);
		always = rulesAt(any);
		byPair = paired.isEmpty() ? null : new PairIndex(paired);
		wordLists = lists.toArray(CompiledRule[]::new);
		wordListsStartingWith = wordLists.length <= 64 ? new long[vocabularySize] : null;
		int mask = 0;
		for (int c = 0; c < byClass.length; c++) {
			mask |= byClass[c] == null ? 0 : 1 << c;
		}
		classMask = mask;
		// Only scheduled rules need their ids found, before the starts they are scheduled at.
		ahead = Schedules.of(rules.stream().filter(r -> r.scheduled && r.requiredTo > 0).toList(), groupCount);
		atToken = Schedules.of(rules.stream().filter(r -> r.scheduled && r.requiredTo <= 0).toList(), groupCount);
		idFlags = idFlags(vocabularySize);
		listedIdBits = new long[(vocabularySize >> 6) + 1];
		for (CompiledRule rule : rules) {
			if (rule.requiredIds != null && !rule.scheduled && !rule.requirementScanned) {
				for (int id : rule.requiredIds) {
					listedIdBits[id >> 6] |= 1L << id;
				}
			}
		}
		sparse = classMask == 0 && always.length == 0 && wordLists.length == 0
				&& rules.stream().noneMatch(r -> r.scheduled);
	}

	/** Lists the rule (its position in the stage) under each id, class and entity type its first token can have. */
	private void indexByFirstToken(int r, List<List<Integer>> ids, List<List<Integer>> classes,
			List<List<Integer>> types) {
		CompiledRule rule = rules.get(r);
		for (int id = rule.firstIds.nextSetBit(0); id >= 0; id = rule.firstIds.nextSetBit(id + 1)) {
			if (ids.get(id) == null) {
				ids.set(id, new ArrayList<>());
			}
			ids.get(id).add(r);
		}
		for (TokenClass c : rule.firstClasses) {
			classes.get(c.ordinal()).add(r);
		}
		for (int type = rule.firstTypeIds.nextSetBit(0); type >= 0; type = rule.firstTypeIds.nextSetBit(type + 1)) {
			types.get(type).add(r);
		}
	}

	/** {@link #idFlags}, and {@link #wordListsStartingWith} filled in. */
	private byte[] idFlags(int vocabularySize) {
		byte[] flagsById = new byte[vocabularySize];
		for (int id = 0; id < vocabularySize; id++) {
			int flags = byId[id] != null ? BY_ID : 0;
			flags |= byPair != null && byPair.startsAny(id) ? PAIR_START : 0;
			for (int k = 0; k < wordLists.length; k++) {
				if (wordLists[k].wordListLexicon.startsWith(id)) {
					flags |= WORD_LIST_START;
					if (wordListsStartingWith != null) {
						wordListsStartingWith[id] |= 1L << k;
					}
				}
			}
			flagsById[id] = (byte) flags;
		}
		if (atToken != null) {
			for (int id = 0; id < Math.min(vocabularySize, atToken.byRequiredId.length); id++) {
				if (atToken.byRequiredId[id] != null) {
					flagsById[id] |= REQUIRED_HERE;
				}
			}
		}
		return flagsById;
	}

	private CompiledRule[] rulesAt(List<Integer> positions) {
		return positions.stream().map(rules::get).toArray(CompiledRule[]::new);
	}
}

