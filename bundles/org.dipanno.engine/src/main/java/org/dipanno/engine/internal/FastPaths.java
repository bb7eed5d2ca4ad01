package org.dipanno.engine.internal;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.patterns.TokenClass;

/**
 * What {@link PatternAnalysis} finds out about where a rule can match, before the machine is started: what its
 * first token can be, which tokens it needs, which phrases it starts with and what follows them. Filled by the
 * analysis, then copied into the {@link CompiledRule}'s final fields.
 */
final class FastPaths {

	/* First-token index: ids, classes and entity types a match's first token can have; any token when firstAny. */
	final BitSet firstIds = new BitSet();
	final Set<TokenClass> firstClasses = new LinkedHashSet<>();
	final Set<String> firstTypes = new LinkedHashSet<>();
	boolean firstAny;
	/** {@link #firstClasses} as bits over {@link TokenClass} ordinals. */
	int firstClassBits;

	/**
	 * Token ids of which a match needs at least one (among its tokens or its positive context), at an offset from
	 * the match's start in {@code [requiredFrom, requiredTo]}; null when there is no such small set. The engine does
	 * not try the rule where none of them is in reach.
	 */
	int[] requiredIds;
	/**
	 * Per required id (same order), the phrases one of which must start where it is, or null when the id alone is
	 * all that is known; null when no id has phrases.
	 */
	int[][][] requiredPhrases;
	int requiredFrom;
	int requiredTo;
	/**
	 * Whether the required tokens' window is narrow: then the engine does not index the rule by its first token but
	 * schedules it at the starts in reach of each required token of a segment (and checks the first token there).
	 */
	boolean scheduled;
	/**
	 * Whether the rule, tried from the first-token index, checks its few required ids in its narrow window itself
	 * (a handful of reads) rather than through a list of where they are in the segment.
	 */
	boolean requirementScanned;

	/**
	 * Token id sequences of which every match starts with one, when one of them is longer than a token; null
	 * otherwise. The first-token index only knows the first token; the engine compares the rest before starting the
	 * machine.
	 */
	int[][] leadingLiterals;
	/**
	 * For a rule whose matches start with one of a few literals all of one length: that length, and what the token
	 * after them must be (an id, a class or the start of a mention of a type) for the rule to match; 0 when anything
	 * can follow.
	 */
	int followOffset;
	final BitSet followIds = new BitSet();
	int followClassBits;
	final Set<String> followTypes = new LinkedHashSet<>();
	/**
	 * For a rule starting with an entity mention: the phrases one of which follows the mention (a person, then "và
	 * phái đoàn"), or null.
	 */
	int[][] literalsAfterEntity;
	/**
	 * For a rule starting with a lexicon reference ({@link #leadingLexicon}): the phrases one of which follows the
	 * entry, or null. The engine finds the entries' ends once per token for all rules starting with that lexicon.
	 */
	int[][] literalsAfterLexicon;
	Lexicon leadingLexicon;
}
