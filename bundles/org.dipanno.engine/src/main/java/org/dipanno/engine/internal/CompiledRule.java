package org.dipanno.engine.internal;

import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.engine.Action;
import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.Rule;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.patterns.TokenClass;

/**
 * A rule as the engine runs it, immutable: its {@link Program} for the {@link TokenMatcher}, its place in the rule
 * set (order, stage, priority rank), what its first token can be (for the stage's indexes) and the other fast paths
 * that keep the machine from starting where the rule cannot match ({@link FastPaths}), and its actions with their
 * captures and type ids. Made by {@link RuleSetCompiler}.
 */
public final class CompiledRule {

	final Rule rule;
	/** The rule's position in the rule set. */
	final int order;
	/** The stage the rule runs in (0 first). */
	final int stage;
	/** The rule's priority as a rank among the rule set's priorities, 0 = highest (for sorting proposals). */
	final int priorityRank;
	/** Rules with the same required ids and phrases share one list of where they are in a segment; -1: none. */
	final int requirementGroup;
	final Program program;
	final Set<String> producedTypes;

	/* What the first token can be (see FastPaths); firstTypeIds are the firstTypes' ids. */
	final BitSet firstIds;
	final Set<TokenClass> firstClasses;
	final int firstClassBits;
	final Set<String> firstTypes;
	final BitSet firstTypeIds = new BitSet();
	final boolean firstAny;

	/* The tokens a match needs, and where (see FastPaths). */
	final int[] requiredIds;
	final int[][][] requiredPhrases;
	final int requiredFrom;
	final int requiredTo;
	final boolean scheduled;
	final boolean requirementScanned;

	/* The phrases a match starts with and what follows them (see FastPaths); followTypeIds: followTypes' ids. */
	final int[][] leadingLiterals;
	final int followOffset;
	final BitSet followIds;
	final int followClassBits;
	final BitSet followTypeIds = new BitSet();
	final int[][] literalsAfterEntity;
	final int[][] literalsAfterLexicon;
	final Lexicon leadingLexicon;

	/** Whether the pattern is one lexicon reference, matched by one walk down the trie. */
	final boolean singleLexicon;
	/** Whether the only action marks the whole match with no value or a constant one ({@link #simpleValue}). */
	final boolean simpleMark;
	final String simpleValue;
	/**
	 * Both: one lexicon reference marked whole with no value or a constant one (a word list). The engine then needs
	 * no captures or lexicon slots, only the longest entry at each token, and does not set the machine up.
	 */
	final boolean wordList;
	/** The lexicon of a {@link #wordList}, else null. */
	final Lexicon wordListLexicon;

	/** Per action, the type id of the type a {@link MarkEntity} marks, -1 for other actions. */
	final int[] markTypeIds;
	/** Per action, the type a {@link MarkEntity} marks, null for other actions. */
	private final String[] markTypes;
	/** Per action, the capture a {@link MarkEntity} marks, or a {@link CreateEvent}'s trigger (-1: none). */
	final int[] actionCapture;
	/** Per action, the capture a {@link MarkEntity}'s {@link Action.CaptureText} value reads (-1: none). */
	final int[] valueCapture;
	/** Per action and role of a {@link CreateEvent}, the capture the role binds (-1: the nearest mention). */
	final int[][] roleCapture;
	/** Per action and role of a {@link CreateEvent}, the type id of a nearest-mention role (-1: no rule marks it). */
	final int[][] roleTypeIds;

	/**
	 * @param typeIds every entity type's id: those the rule set's patterns refer to and those its rules mark
	 */
	CompiledRule(RuleDraft draft, int stage, int priorityRank, int requirementGroup, Map<String, Integer> typeIds) {
		this.rule = draft.rule();
		this.order = draft.order();
		this.stage = stage;
		this.priorityRank = priorityRank;
		this.requirementGroup = requirementGroup;
		this.program = draft.program();
		this.producedTypes = Collections.unmodifiableSet(draft.producedTypes());

		FastPaths f = draft.fastPaths();
		firstIds = f.firstIds;
		firstClasses = Collections.unmodifiableSet(f.firstClasses);
		firstClassBits = f.firstClassBits;
		firstTypes = Collections.unmodifiableSet(f.firstTypes);
		for (String type : f.firstTypes) {
			firstTypeIds.set(typeIds.get(type));
		}
		firstAny = f.firstAny;
		requiredIds = f.requiredIds;
		requiredPhrases = f.requiredPhrases;
		requiredFrom = f.requiredFrom;
		requiredTo = f.requiredTo;
		scheduled = f.scheduled;
		requirementScanned = f.requirementScanned;
		leadingLiterals = f.leadingLiterals;
		followOffset = f.followOffset;
		followIds = f.followIds;
		followClassBits = f.followClassBits;
		for (String type : f.followTypes) {
			followTypeIds.set(typeIds.get(type));
		}
		literalsAfterEntity = f.literalsAfterEntity;
		literalsAfterLexicon = f.literalsAfterLexicon;
		leadingLexicon = f.leadingLexicon;

		RuleActions actions = draft.actions();
		singleLexicon = draft.singleLexicon();
		simpleMark = actions.simpleMark;
		simpleValue = actions.simpleValue;
		wordList = singleLexicon && simpleMark;
		wordListLexicon = wordList ? program.lexicons.get(0) : null;
		markTypes = actions.markTypes;
		actionCapture = actions.actionCapture;
		valueCapture = actions.valueCapture;
		roleCapture = actions.roleCapture;
		List<Action> ruleActions = rule.actions();
		markTypeIds = ruleActions.stream()
				.mapToInt(a -> a instanceof MarkEntity mark ? typeIds.get(mark.type()) : -1).toArray();
		roleTypeIds = ruleActions.stream()
				.map(a -> a instanceof CreateEvent event ? event.roles().stream()
						.mapToInt(role -> role.nearestType() == null ? -1
								: typeIds.getOrDefault(role.nearestType(), -1))
						.toArray() : null)
				.toArray(int[][]::new);
	}

	public Rule rule() {
		return rule;
	}

	/** The rule's position in the rule set. */
	public int order() {
		return order;
	}

	/** The stage the rule runs in (0 first). */
	public int stage() {
		return stage;
	}

	/** The entity type of this rule's {@code action}, or null when it marks none. */
	public String markType(int action) {
		return markTypes[action];
	}

	/** The engine's id of {@link #markType}, -1 when the action marks none. */
	public int markTypeId(int action) {
		return markTypeIds[action];
	}

	/** The entity proposal of this rule's {@code action} (a {@link MarkEntity}) over tokens {@code [start, end)}. */
	EntityProposal entityProposal(String documentId, int action, int start, int end, int startChar, int endChar,
			String value) {
		return new EntityProposal(documentId, this, action, start, end, startChar, endChar, value);
	}

	/**
	 * Whether the required id {@code requiredIds[k]}, found at token {@code t}, starts one of its phrases there,
	 * within the segment ending at {@code end} (true when it has none).
	 */
	boolean requiredPhraseAt(int k, int[] ids, int t, int end) {
		int[][] phrases = requiredPhrases == null ? null : requiredPhrases[k];
		return phrases == null || phraseAt(phrases, ids, t, end);
	}

	/** Whether one of the phrases (id sequences) starts at token {@code t} and ends by {@code end}. */
	static boolean phraseAt(int[][] phrases, int[] ids, int t, int end) {
		for (int[] phrase : phrases) {
			if (t + phrase.length <= end) {
				int i = 0;
				while (i < phrase.length && ids[t + i] == phrase[i]) {
					i++;
				}
				if (i == phrase.length) {
					return true;
				}
			}
		}
		return false;
	}
}
