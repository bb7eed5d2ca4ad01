package org.dipanno.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.engine.Action.CaptureText;
import org.dipanno.engine.Action.Constant;
import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.Direction;
import org.dipanno.engine.Action.LexiconValue;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.Action.RoleBinding;
import org.dipanno.engine.EventProposal.EventArgument;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.Zone;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.engine.patterns.TokenClass;

/**
 * The rule engine's entry point: compiles rules once ({@link #compile}), then {@link #run} applies them to any
 * number of documents, from any number of threads.
 *
 * <p>Rules run in stages: a rule that refers to an entity type (in its pattern or as the nearest-mention argument of
 * an event) runs in a later stage than every rule that marks that type; a cycle is a compilation error. Within a
 * stage, each rule scans the target-zone tokens left to right and keeps its leftmost, non-overlapping matches; the
 * stage's entity proposals are then resolved against each other and against earlier stages (see
 * {@link ConflictReason}), and its events are built from the accepted mentions.
 */
public final class RuleEngine {

	private static final TokenClass[] CLASSES = TokenClass.values();

	private final List<CompiledRule> rules;
	private final List<Stage> stages;
	private final SyllableVocabulary vocabulary;
	/** The vocabulary's keys as of compilation, for looking up documents' keys. */
	private final VocabularySnapshot keys;
	private final EngineOptions options;
	private final Map<String, Integer> typeIds;
	private final boolean[] targetZone = new boolean[Zone.values().length];
	private final boolean shortcuts;

	private RuleEngine(List<CompiledRule> rules, List<Stage> stages, SyllableVocabulary vocabulary,
			EngineOptions options, Map<String, Integer> typeIds, boolean shortcuts) {
		this.shortcuts = shortcuts;
		this.rules = rules;
		this.stages = stages;
		this.vocabulary = vocabulary;
		this.keys = new VocabularySnapshot(vocabulary);
		this.options = options;
		this.typeIds = typeIds;
		for (Zone zone : options.targetZones()) {
			targetZone[zone.ordinal()] = true;
		}
	}

	/**
	 * Compiles rules. All lexicons must be built on one {@link SyllableVocabulary} (the engine interns literals into
	 * it too); rule names must be unique.
	 *
	 * @throws RuleCompilationException naming the rule (file:line) and the problem
	 */
	public static RuleEngine compile(List<Rule> rules, List<Lexicon> lexicons, EngineOptions options) {
		return compile(rules, lexicons, options, true);
	}

	/**
	 * Compiles with or without the shortcuts (the single-lexicon trie walk, required tokens and scheduling, the
	 * contexts' first-token check, the packed sort of proposals); without them every rule is tried wherever its first
	 * token fits and runs on the general machine. For tests that compare the two.
	 */
	static RuleEngine compile(List<Rule> rules, List<Lexicon> lexicons, EngineOptions options, boolean shortcuts) {
		SyllableVocabulary vocabulary = lexicons.isEmpty() ? new SyllableVocabulary() : lexicons.get(0).vocabulary();
		Map<String, Lexicon> lexiconsByName = new LinkedHashMap<>();
		for (Lexicon lexicon : lexicons) {
			if (lexicon.vocabulary() != vocabulary) {
				throw new RuleCompilationException("Lexicon " + lexicon.name()
						+ " is built on another vocabulary than lexicon " + lexicons.get(0).name());
			}
			if (lexiconsByName.put(lexicon.name(), lexicon) != null) {
				throw new RuleCompilationException("Two lexicons are named " + lexicon.name());
			}
		}
		Map<String, Integer> typeIds = new HashMap<>();
		List<CompiledRule> compiled = new ArrayList<>();
		Map<String, Rule> byName = new HashMap<>();
		for (Rule rule : rules) {
			Rule previous = byName.put(rule.name(), rule);
			if (previous != null) {
				throw new RuleCompilationException("Rule " + rule.provenance() + ": the name is already used by "
						+ previous.provenance());
			}
			compiled.add(new CompiledRule(rule, compiled.size(), lexiconsByName, vocabulary, options, typeIds,
					shortcuts));
		}
		// Types marked by a rule get ids too, so that later stages can refer to them.
		for (CompiledRule rule : compiled) {
			for (String type : rule.producedTypes) {
				typeIds.computeIfAbsent(type, t -> typeIds.size());
			}
		}
		for (CompiledRule rule : compiled) {
			rule.markTypeIds = rule.rule.actions().stream()
					.mapToInt(a -> a instanceof MarkEntity mark ? typeIds.get(mark.type()) : -1).toArray();
			// A type that no rule marks has no mentions: -1 matches none.
			rule.roleTypeIds = rule.rule.actions().stream()
					.map(a -> a instanceof CreateEvent event ? event.roles().stream()
							.mapToInt(role -> role.nearestType() == null ? -1
									: typeIds.getOrDefault(role.nearestType(), -1))
							.toArray() : null)
					.toArray(int[][]::new);
		}
		int[] priorities = compiled.stream().mapToInt(r -> -r.rule.priority()).distinct().sorted().toArray();
		for (CompiledRule rule : compiled) {
			rule.priorityRank = Arrays.binarySearch(priorities, -rule.rule.priority());
		}
		// Rules requiring the same ids and phrases share one list of where they are.
		Map<String, Integer> groups = new HashMap<>();
		for (CompiledRule rule : compiled) {
			if (rule.requiredIds != null) {
				String key = Arrays.toString(rule.requiredIds) + Arrays.deepToString(rule.requiredPhrases);
				rule.requirementGroup = groups.computeIfAbsent(key, k -> groups.size());
			}
		}
		List<List<CompiledRule>> layers = StageOrder.layers(compiled);
		List<Stage> stages = new ArrayList<>();
		for (List<CompiledRule> layer : layers) {
			stages.add(new Stage(layer, vocabulary.size(), typeIds, groups.size()));
		}
		return new RuleEngine(compiled, stages, vocabulary, options, Map.copyOf(typeIds), shortcuts);
	}

	public SyllableVocabulary vocabulary() {
		return vocabulary;
	}

	public EngineOptions options() {
		return options;
	}

	/** The rule names of each stage, in run order. */
	public List<List<String>> stages() {
		return stages.stream().map(s -> s.rules.stream().map(r -> r.rule.name()).toList()).toList();
	}

	public int ruleCount() {
		return rules.size();
	}

	/** Applies all rules to one document. Thread-safe. */
	public DocumentResult run(EngineDocument doc) {
		int n = doc.tokenCount();
		// A thread's documents share its scratch arrays (a document far larger than usual gets its own).
		Scratch scratch = n <= Scratch.MAX_REUSED_TOKENS ? this.scratch.get() : new Scratch(this);
		scratch.ensure(n);
		try {
			return run(doc, scratch);
		} finally {
			scratch.release(n);
		}
	}

	private DocumentResult run(EngineDocument doc, Scratch scratch) {
		int n = doc.tokenCount();
		// Each distinct key once: a document repeats its words, and the vocabulary's table is large.
		int keyCount = doc.distinctKeyCount();
		if (scratch.keyIds.length < keyCount) {
			scratch.keyIds = new int[Math.max(keyCount, 2 * scratch.keyIds.length)];
		}
		int[] keyIds = scratch.keyIds;
		doc.lookUpDistinctKeys(keys, keyIds);
		int[] ids = scratch.ids;
		for (int i = 0; i < n; i++) {
			ids[i] = keyIds[doc.keyIndex(i)];
		}
		TokenMatcher matcher = scratch.matcher;
		matcher.reset(doc, ids);
		// Segments: maximal runs of target-zone tokens of one sentence; matches and context stay inside one.
		int[] segmentStart = scratch.segmentStart;
		int[] segmentEnd = scratch.segmentEnd;
		boolean[] targeted = scratch.targeted;
		byte[] zones = matcher.zones;
		int first = 0; // of the current segment
		for (int i = 0; i < n; i++) {
			targeted[i] = targetZone[zones[i]];
			if (i == 0 || !targeted[i] || !targeted[i - 1] || matcher.sentenceOf(i - 1) != matcher.sentenceOf(i)) {
				Arrays.fill(segmentEnd, first, i, i); // the previous segment ends here
				first = i;
			}
			segmentStart[i] = first;
		}
		Arrays.fill(segmentEnd, first, n, n);
		Run run = new Run(doc, matcher, targeted, segmentStart, segmentEnd, scratch);
		for (Stage stage : stages) {
			run.stage(stage);
		}
		// Accepted mentions never overlap: reading them off the tokens gives them sorted by start.
		EntityProposal[] accepted = new EntityProposal[run.acceptedCount];
		EntityProposal[] owner = run.owner;
		int[] mentionEnd = matcher.mentionEnd;
		for (int t = 0, k = 0; t < n;) {
			// A mention covers its tokens and no other's; the next one can start where it ends.
			if (owner[t] != null) {
				accepted[k++] = owner[t];
				t = mentionEnd[t];
			} else {
				t++;
			}
		}
		List<EntityProposal> entities = List.of(accepted); // immutable: the result keeps it without a copy
		scratch.conflictWinners = run.conflicts.winnerBuffer();
		scratch.conflictLosers = run.conflicts.loserBuffer();
		run.conflicts.finish();
		List<EventProposal> events = new ArrayList<>(run.events);
		events.sort(Comparator.comparingInt(EventProposal::startToken));
		return new DocumentResult(doc.id(), doc.text(), entities, events, run.conflicts, run.problems);
	}

	private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(this));

	/**
	 * One thread's per-token arrays for a run, kept for its next document: only the first {@code tokenCount}
	 * entries are used, and each run sets them before reading them.
	 */
	private static final class Scratch {
		/** Documents with more tokens get arrays of their own, which are not kept. */
		static final int MAX_REUSED_TOKENS = 1 << 16;
		final TokenMatcher matcher;
		int[] ids = new int[0];
		int[] segmentStart = new int[0];
		int[] segmentEnd = new int[0];
		boolean[] targeted = new boolean[0];
		int[] scheduleHead = new int[0];
		EntityProposal[] owner = new EntityProposal[0];
		StageProposals stageProposals;
		/** A run's conflict log records into these, grown as needed ({@link ConflictLog#finish()}). */
		Proposal[] conflictWinners = new Proposal[0];
		int[] conflictLosers = new int[0];

		/** Vocabulary ids of the document's distinct keys. */
		int[] keyIds = new int[0];
		/** A lexicon's entry ends and trie nodes at a token ({@link Run#phraseAfterLexicon}). */
		int[] lexiconEnds = new int[0];
		int[] lexiconNodes = new int[0];
		/* Per rule: each run sets what it reads. */
		/** Steps left, whether stopped, and the last token tried, per rule. */
		final long[] budget;
		final boolean[] stopped;
		final int[] lastTried;
		/**
		 * Per requirement group, the tokens of the current segment with one of its ids, ascending, and the segment
		 * (its first token) they belong to; per rule, the first of them not behind its last start tried, and the
		 * segment that is for.
		 */
		final int[][] requiredAt;
		final int[] requiredCount;
		final int[] requiredSeenIn;
		final int[] requiredNext;
		final int[] requiredNextIn;
		/** Per rule, the last start it was scheduled at and the segment that was in. */
		final int[] scheduledUpTo;
		final int[] scheduledIn;
		/** Run's schedule entries, grown as needed (kept with the scratch). */
		CompiledRule[] scheduleRule = new CompiledRule[64];
		int[] scheduleNext = new int[64];

		Scratch(RuleEngine engine) {
			int rules = engine.rules.size();
			matcher = new TokenMatcher(rules);
			budget = new long[rules];
			stopped = new boolean[rules];
			lastTried = new int[rules];
			requiredAt = new int[rules][];
			requiredCount = new int[rules];
			requiredSeenIn = new int[rules];
			requiredNext = new int[rules];
			requiredNextIn = new int[rules];
			scheduledUpTo = new int[rules];
			scheduledIn = new int[rules];
		}

		void ensure(int n) {
			if (ids.length < n) {
				ids = new int[n];
				segmentStart = new int[n];
				segmentEnd = new int[n];
				targeted = new boolean[n];
				scheduleHead = new int[n];
				owner = new EntityProposal[n];
			}
			if (stageProposals == null) {
				stageProposals = new StageProposals(n);
			}
		}

		/** Drops what the run referred to (the proposals of its last stage, its accepted mentions). */
		void release(int n) {
			Arrays.fill(owner, 0, n, null);
			stageProposals.clear();
			matcher.release();
		}
	}

	/** Rules of one stage, indexed by what their first token can be. */
	private static final class Stage {
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
		 * {@link #PAIR_START} bits: one read where the stage loop asked three bit sets (most tokens have none in a
		 * stage of a few rules).
		 */
		final byte[] idFlags;
		static final int WORD_LIST_START = 1;
		static final int BY_ID = 2;
		static final int PAIR_START = 4;
		/** Some rule of {@link #atToken} requires the id. */
		static final int REQUIRED_HERE = 8;

		Stage(List<CompiledRule> rules, int vocabularySize, Map<String, Integer> typeIds, int groupCount) {
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
			for (int i = 0; i < typeIds.size(); i++) {
				types.add(new ArrayList<>());
			}
			List<Integer> any = new ArrayList<>();
			List<CompiledRule> paired = new ArrayList<>();
			List<CompiledRule> lists = new ArrayList<>();
			for (int r = 0; r < rules.size(); r++) {
				CompiledRule rule = rules.get(r);
				for (String type : rule.firstTypes) {
					rule.firstTypeIds.set(typeIds.get(type));
				}
				for (String type : rule.followTypes) {
					rule.followTypeIds.set(typeIds.get(type));
				}
				if (rule.scheduled) {
					continue; // tried where its required tokens put it, not by its first token
				}
				if (rule.wordList) {
					lists.add(rule);
					continue;
				}
				if (rule.firstAny) {
					any.add(r);
					continue;
				}
				if (rule.leadingLiterals != null && Arrays.stream(rule.leadingLiterals).allMatch(l -> l.length > 1)) {
					paired.add(rule);
					continue;
				}
				for (int id = rule.firstIds.nextSetBit(0); id >= 0; id = rule.firstIds.nextSetBit(id + 1)) {
					if (ids.get(id) == null) {
						ids.set(id, new ArrayList<>());
					}
					ids.get(id).add(r);
				}
				for (TokenClass c : rule.firstClasses) {
					classes.get(c.ordinal()).add(r);
				}
				for (String type : rule.firstTypes) {
					types.get(typeIds.get(type)).add(r);
				}
			}
			byId = ids.stream().map(l -> l == null ? null : rulesAt(l)).toArray(CompiledRule[][]::new);
			byClass = classes.stream().map(l -> l.isEmpty() ? null : rulesAt(l)).toArray(CompiledRule[][]::new);
			byType = types.stream().map(l -> l.isEmpty() ? null : rulesAt(l)).toArray(CompiledRule[][]::new);
			always = rulesAt(any);
			byPair = paired.isEmpty() ? null : new PairIndex(paired);
			wordLists = lists.toArray(CompiledRule[]::new);
			idFlags = new byte[vocabularySize];
			wordListsStartingWith = wordLists.length <= 64 ? new long[vocabularySize] : null;
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
				idFlags[id] = (byte) flags;
			}
			int mask = 0;
			for (int c = 0; c < byClass.length; c++) {
				mask |= byClass[c] == null ? 0 : 1 << c;
			}
			classMask = mask;
			// Only scheduled rules need their ids found, before the starts they are scheduled at.
			ahead = Schedules.of(rules.stream().filter(r -> r.scheduled && r.requiredTo > 0).toList(), groupCount);
			atToken = Schedules.of(rules.stream().filter(r -> r.scheduled && r.requiredTo <= 0).toList(), groupCount);
			if (atToken != null) {
				for (int id = 0; id < Math.min(vocabularySize, atToken.byRequiredId.length); id++) {
					if (atToken.byRequiredId[id] != null) {
						idFlags[id] |= REQUIRED_HERE;
					}
				}
			}
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

		private CompiledRule[] rulesAt(List<Integer> positions) {
			return positions.stream().map(rules::get).toArray(CompiledRule[]::new);
		}
	}

	/** Scheduled rules of a stage, by the ids they require. */
	private static final class Schedules {
		/**
		 * The requirement groups ({@link CompiledRule#requirementGroup}) of the rules by the ids they require, each
		 * followed by the id's index among the group's required ids. (Rules that are not scheduled list a group's
		 * tokens in a segment when first tried there.)
		 */
		final int[][] byRequiredId;
		/** The ids {@link #byRequiredId} has groups for, as bits (one read for most tokens). */
		final long[] requiredIdBits;
		/** Per requirement group, its rules here, or null. */
		final CompiledRule[][] byGroup;

		private Schedules(int[][] byRequiredId, long[] requiredIdBits, CompiledRule[][] byGroup) {
			this.byRequiredId = byRequiredId;
			this.requiredIdBits = requiredIdBits;
			this.byGroup = byGroup;
		}

		/** The schedules of these rules, or null when there are none. */
		static Schedules of(List<CompiledRule> rules, int groupCount) {
			if (rules.isEmpty()) {
				return null;
			}
			List<List<Integer>> required = new ArrayList<>();
			List<List<CompiledRule>> byGroup = new ArrayList<>();
			for (int g = 0; g < groupCount; g++) {
				byGroup.add(new ArrayList<>());
			}
			for (CompiledRule rule : rules) {
				byGroup.get(rule.requirementGroup).add(rule);
				for (int k = 0; k < rule.requiredIds.length; k++) {
					int id = rule.requiredIds[k];
					while (required.size() <= id) {
						required.add(null);
					}
					if (required.get(id) == null) {
						required.set(id, new ArrayList<>());
					}
					List<Integer> groups = required.get(id);
					boolean listed = false;
					for (int i = 0; i < groups.size(); i += 2) {
						listed |= groups.get(i) == rule.requirementGroup;
					}
					if (!listed) {
						groups.add(rule.requirementGroup);
						groups.add(k);
					}
				}
			}
			long[] bits = new long[(required.size() >> 6) + 1];
			for (int id = 0; id < required.size(); id++) {
				if (required.get(id) != null) {
					bits[id >> 6] |= 1L << id;
				}
			}
			return new Schedules(
					required.stream().map(l -> l == null ? null : l.stream().mapToInt(Integer::intValue).toArray())
							.toArray(int[][]::new),
					bits, byGroup.stream().map(l -> l.isEmpty() ? null : l.toArray(CompiledRule[]::new))
							.toArray(CompiledRule[][]::new));
		}
	}

	private record PendingEvent(CompiledRule rule, int actionIndex, int start, int end, int[] captures) {
	}

	/** The state of one document's run. */
	private final class Run {
		final EngineDocument doc;
		final TokenMatcher matcher;
		final boolean[] targeted;
		final int[] segmentStart;
		final int[] segmentEnd;
		/**
		 * Scheduled rules by start token of the current segment: linked lists ({@code scheduleHead} per token, -1 for
		 * none); per rule, the last start it was scheduled at and the segment that was in
		 * ({@link Scratch#scheduledUpTo}).
		 */
		final int[] scheduleHead;
		CompiledRule[] scheduleRule;
		int[] scheduleNext;
		int scheduleCount;
		int acceptedCount;
		/** Accepted mention covering a token, or null. */
		final EntityProposal[] owner;
		final List<EventProposal> events = new ArrayList<>();
		final ConflictLog conflicts;
		final List<RunProblem> problems = new ArrayList<>();
		/** The stage's entity proposals, as parallel arrays: most of them lose, so they are objects only if they win. */
		final StageProposals stageProposals;
		List<PendingEvent> stageEvents;
		private final Scratch scratch;

		Run(EngineDocument doc, TokenMatcher matcher, boolean[] targeted, int[] segmentStart, int[] segmentEnd,
				Scratch scratch) {
			this.doc = doc;
			this.matcher = matcher;
			this.targeted = targeted;
			this.segmentStart = segmentStart;
			this.segmentEnd = segmentEnd;
			this.owner = scratch.owner;
			Arrays.fill(owner, 0, doc.tokenCount(), null);
			this.conflicts = new ConflictLog(doc, rules, scratch.conflictWinners, scratch.conflictLosers);
			this.stageProposals = scratch.stageProposals;
			this.scheduleHead = scratch.scheduleHead;
			this.scratch = scratch;
			scheduleRule = scratch.scheduleRule;
			scheduleNext = scratch.scheduleNext;
			Arrays.fill(scratch.budget, options.stepBudget());
			Arrays.fill(scratch.stopped, false);
		}

		void stage(Stage stage) {
			stageProposals.clear();
			stageEvents = new ArrayList<>();
			Arrays.fill(scratch.lastTried, -1);
			Arrays.fill(scratch.requiredSeenIn, -1);
			Arrays.fill(scratch.requiredNextIn, -1);
			Arrays.fill(scratch.scheduledIn, -1);
			Arrays.fill(scheduleHead, 0, matcher.tokenCount, -1);
			// The stage's indexes as locals: the loop calls out, after which fields would be read again.
			int[] ids = matcher.ids;
			int n = matcher.tokenCount;
			int currentSegment = -1;
			boolean sparse = stage.sparse;
			byte[] idFlags = stage.idFlags;
			CompiledRule[][] byId = stage.byId;
			PairIndex byPair = stage.byPair;
			CompiledRule[] wordLists = stage.wordLists;
			long[] wordListsStartingWith = stage.wordListsStartingWith;
			CompiledRule[][] byClass = stage.byClass;
			int classMask = stage.classMask;
			CompiledRule[][] byType = stage.byType;
			CompiledRule[] always = stage.always;
			int[] mentionType = matcher.mentionType;
			for (int pos = 0; pos < n; pos++) {
				if (!targeted[pos]) {
					continue;
				}
				int id = ids[pos];
				// Ids interned after the engine was compiled (by a lexicon built later) start nothing here.
				int flags = id >= 0 && id < idFlags.length ? idFlags[id] : 0;
				int type = mentionType[pos];
				if (sparse && (flags & (Stage.BY_ID | Stage.PAIR_START)) == 0 && (type < 0 || byType[type] == null)) {
					continue;
				}
				matcher.segmentStart = segmentStart[pos];
				matcher.segmentEnd = segmentEnd[pos];
				if (segmentStart[pos] != currentSegment) {
					currentSegment = segmentStart[pos];
					// Entries of the last segment are for tokens passed already; this segment's heads are -1.
					scheduleCount = 0;
					noteRequirements(stage, currentSegment, segmentEnd[pos]);
				}
				if ((flags & Stage.REQUIRED_HERE) != 0) {
					// Rules whose required token is at or before their start: only starts from here on.
					scheduleFrom(stage.atToken, id, pos, currentSegment, segmentEnd[pos]);
				}
				if ((flags & Stage.WORD_LIST_START) != 0) {
					// Like other rules, tried (and charged) only where its first token fits.
					if (wordListsStartingWith != null) {
						for (long bits = wordListsStartingWith[id]; bits != 0; bits &= bits - 1) {
							CompiledRule wordList = wordLists[Long.numberOfTrailingZeros(bits)];
							if (!scratch.stopped[wordList.order]) {
								tryWordList(wordList, pos);
							}
						}
					} else {
						for (CompiledRule wordList : wordLists) {
							if (wordList.wordListLexicon.startsWith(id) && !scratch.stopped[wordList.order]) {
								tryWordList(wordList, pos);
							}
						}
					}
				}
				if ((flags & Stage.BY_ID) != 0) {
					tryAll(stage, byId[id], pos);
				}
				if ((flags & Stage.PAIR_START) != 0 && pos + 1 < matcher.segmentEnd) {
					CompiledRule[] paired = byPair.rulesAt(id, ids[pos + 1]);
					if (paired != null) {
						tryAll(stage, paired, pos);
					}
				}
				int classes = classMask == 0 ? 0 : matcher.classBits(pos) & classMask;
				for (int bits = classes; bits != 0; bits &= bits - 1) {
					tryAll(stage, byClass[Integer.numberOfTrailingZeros(bits)], pos);
				}
				if (type >= 0 && byType[type] != null) {
					tryAll(stage, byType[type], pos);
				}
				if (always.length > 0) {
					tryAll(stage, always, pos);
				}
				for (int e = scheduleHead[pos]; e >= 0; e = scheduleNext[e]) {
					tryRule(scheduleRule[e], pos);
				}
			}
			resolveEntities();
			buildEvents();
		}

		/**
		 * Schedules the stage's scheduled rules at the starts of the segment {@code [from, to)} that a token with one
		 * of their required ids is in reach of.
		 */
		private void noteRequirements(Stage stage, int from, int to) {
			Schedules ahead = stage.ahead;
			if (ahead == null) {
				return;
			}
			int[][] byRequiredId = ahead.byRequiredId;
			int[] ids = matcher.ids;
			for (int t = from; t < to; t++) {
				int id = ids[t];
				if (id >= 0 && id < byRequiredId.length && (ahead.requiredIdBits[id >> 6] & 1L << id) != 0) {
					scheduleFrom(ahead, id, t, from, to);
				}
			}
		}

		/** Schedules the rules that require {@code id}, found at {@code t}, where its phrases start there. */
		private void scheduleFrom(Schedules schedules, int id, int t, int from, int to) {
			int[] groups = schedules.byRequiredId[id];
			for (int i = 0; i < groups.length; i += 2) {
				CompiledRule[] scheduled = schedules.byGroup[groups[i]];
				// The group's rules require the same ids and phrases.
				if (scheduled[0].requiredPhraseAt(groups[i + 1], matcher.ids, t, to)) {
					schedule(scheduled, t, from, to);
				}
			}
		}

		/**
		 * Schedules rules at the starts in {@code [from, to)} from which a required token at {@code t} is in reach and
		 * whose token can be a match's first.
		 */
		private void schedule(CompiledRule[] scheduled, int t, int from, int to) {
			for (CompiledRule rule : scheduled) {
				int r = rule.order;
				if (scratch.scheduledIn[r] != from) {
					scratch.scheduledIn[r] = from;
					scratch.scheduledUpTo[r] = from - 1;
				}
				int first = Math.max(Math.max(from, t - rule.requiredTo), scratch.scheduledUpTo[r] + 1);
				int last = Math.min(to - 1, t - rule.requiredFrom);
				int[] ids = matcher.ids;
				for (int s = first; s <= last; s++) {
					if (!firstTokenFits(rule, ids[s], s)) {
						continue; // checked here, once per start, rather than for every entry made
					}
					if (scheduleCount == scheduleRule.length) {
						scheduleRule = Arrays.copyOf(scheduleRule, 2 * scheduleCount);
						scheduleNext = Arrays.copyOf(scheduleNext, 2 * scheduleCount);
						scratch.scheduleRule = scheduleRule;
						scratch.scheduleNext = scheduleNext;
					}
					scheduleRule[scheduleCount] = rule;
					scheduleNext[scheduleCount] = scheduleHead[s];
					scheduleHead[s] = scheduleCount++;
				}
				scratch.scheduledUpTo[r] = Math.max(scratch.scheduledUpTo[r], last);
			}
		}

		/** Whether a token can be the first of a rule's match (what the first-token index says for other rules). */
		private boolean firstTokenFits(CompiledRule rule, int id, int pos) {
			// The class bits first: one int already at hand, and what rules scheduled here are indexed by.
			if (rule.firstAny || (matcher.classBits(pos) & rule.firstClassBits) != 0
					|| id >= 0 && rule.firstIds.get(id)) {
				return true;
			}
			int type = matcher.mentionType[pos];
			return type >= 0 && rule.firstTypeIds.get(type);
		}

		/**
		 * Lists the tokens of the segment {@code [from, to)} with one of a requirement group's ids; made when a rule
		 * of the group is first tried in the segment, so segments where none is tried cost nothing.
		 */
		private void listRequired(int g, CompiledRule rule, long[] listedIds, int from, int to) {
			int[] groupIds = rule.requiredIds;
			scratch.requiredSeenIn[g] = from;
			scratch.requiredCount[g] = 0;
			if (scratch.requiredAt[g] == null) {
				scratch.requiredAt[g] = new int[8];
			}
			int[] ids = matcher.ids;
			for (int t = from; t < to; t++) {
				int id = ids[t];
				int k = id >= 0 && (listedIds[id >> 6] & 1L << id) != 0 ? Arrays.binarySearch(groupIds, id) : -1;
				if (k >= 0 && rule.requiredPhraseAt(k, ids, t, to)) {
					if (scratch.requiredCount[g] == scratch.requiredAt[g].length) {
						scratch.requiredAt[g] = Arrays.copyOf(scratch.requiredAt[g], 2 * scratch.requiredCount[g]);
					}
					scratch.requiredAt[g][scratch.requiredCount[g]++] = t;
				}
			}
		}

		/**
		 * Whether one of the rule's required ids is in reach of a match starting at {@code pos} (starts are tried in
		 * ascending order within a segment, so the rule's list is walked once).
		 */
		private boolean requirementInReach(Stage stage, CompiledRule rule, int pos) {
			int g = rule.requirementGroup;
			int segment = matcher.segmentStart;
			if (scratch.requiredSeenIn[g] != segment) {
				listRequired(g, rule, stage.listedIdBits, segment, matcher.segmentEnd);
			}
			int r = rule.order;
			if (scratch.requiredNextIn[r] != segment) {
				scratch.requiredNextIn[r] = segment;
				scratch.requiredNext[r] = 0;
			}
			long from = (long) pos + rule.requiredFrom;
			long to = (long) pos + rule.requiredTo;
			int[] at = scratch.requiredAt[g];
			int next = scratch.requiredNext[r];
			int count = scratch.requiredCount[g];
			while (next < count && at[next] < from) {
				next++;
			}
			scratch.requiredNext[r] = next;
			return next < count && at[next] <= to;
		}

		/** The ends of a lexicon's entries at a token (found once per token and lexicon, for all its rules). */
		private Lexicon endsOf;
		private int endsAt = -1;
		private int endsCount;

		/**
		 * Whether one of the rule's phrases ({@link CompiledRule#literalsAfterLexicon}) follows an entry of its leading
		 * lexicon at the token (written form not checked: the machine does).
		 */
		private boolean phraseAfterLexicon(CompiledRule rule, int pos) {
			Lexicon lexicon = rule.leadingLexicon;
			if (endsOf != lexicon || endsAt != pos) {
				if (scratch.lexiconEnds.length < lexicon.maxLength()) {
					scratch.lexiconEnds = new int[lexicon.maxLength()];
					scratch.lexiconNodes = new int[lexicon.maxLength()];
				}
				endsCount = lexicon.matchesAt(matcher.ids, pos, matcher.segmentEnd, scratch.lexiconEnds,
						scratch.lexiconNodes);
				endsOf = lexicon;
				endsAt = pos;
			}
			for (int k = 0; k < endsCount; k++) {
				if (CompiledRule.phraseAt(rule.literalsAfterLexicon, matcher.ids, scratch.lexiconEnds[k],
						matcher.segmentEnd)) {
					return true;
				}
			}
			return false;
		}

		/** Whether the token can be the one after the rule's leading phrases ({@link CompiledRule#followOffset}). */
		private boolean canFollow(CompiledRule rule, int t) {
			if (t >= matcher.segmentEnd) {
				return false;
			}
			int id = matcher.ids[t];
			if (id >= 0 && rule.followIds.get(id) || (matcher.classBits(t) & rule.followClassBits) != 0) {
				return true;
			}
			int type = matcher.mentionType[t];
			return type >= 0 && rule.followTypeIds.get(type);
		}

		/** Whether one of the rule's leading phrases ({@link CompiledRule#leadingLiterals}) starts at the token. */
		private boolean leadingLiteralAt(int[][] phrases, int pos) {
			return CompiledRule.phraseAt(phrases, matcher.ids, pos, matcher.segmentEnd);
		}

		/** {@link #requirementInReach} for a {@link CompiledRule#requirementScanned} rule: the few tokens looked at. */
		private boolean requirementNear(CompiledRule rule, int pos) {
			int[] ids = matcher.ids;
			int[] required = rule.requiredIds;
			int last = Math.min(matcher.segmentEnd - 1, pos + rule.requiredTo);
			for (int t = Math.max(matcher.segmentStart, pos + rule.requiredFrom); t <= last; t++) {
				int id = ids[t];
				for (int k = 0; k < required.length; k++) {
					if (id == required[k] && rule.requiredPhraseAt(k, ids, t, matcher.segmentEnd)) {
						return true;
					}
				}
			}
			return false;
		}

		private void tryAll(Stage stage, CompiledRule[] candidates, int pos) {
			for (CompiledRule rule : candidates) {
				if ((rule.leadingLiterals == null || leadingLiteralAt(rule.leadingLiterals, pos))
						&& (rule.followOffset == 0 || canFollow(rule, pos + rule.followOffset))
						&& (rule.literalsAfterEntity == null || matcher.mentionType[pos] >= 0
								&& leadingLiteralAt(rule.literalsAfterEntity, matcher.mentionEnd[pos]))
						&& (rule.literalsAfterLexicon == null || phraseAfterLexicon(rule, pos))
						&& (rule.requiredIds == null || (rule.requirementScanned ? requirementNear(rule, pos)
								: requirementInReach(stage, rule, pos)))) {
					tryRule(rule, pos);
				}
			}
		}

		/** Tries a rule at a token (once per token), and proposes what it matched. */
		private void tryRule(CompiledRule rule, int pos) {
			int r = rule.order;
			if (scratch.lastTried[r] == pos || scratch.stopped[r]) {
				return;
			}
			scratch.lastTried[r] = pos;
			matcher.useRule(rule, scratch.budget[r]);
			int end;
			try {
				end = matcher.matchAt(pos);
			} catch (BudgetExceededException e) {
				stop(rule, pos);
				return;
			}
			scratch.budget[r] = matcher.budget;
			// Every start position is tried, also inside an earlier match of the same rule: when the earlier
			// reading loses a conflict ("Mỹ Gina Raimondo" against COUNTRY "Mỹ"), the later one ("Gina
			// Raimondo") is the right one. Conflict resolution decides among them, and records why.
			if (end > pos) {
				propose(rule, pos, end);
			}
		}

		/**
		 * A word list ({@link CompiledRule#wordList}): the longest entry at the token, charged as the machine would
		 * charge LEX and MATCH, proposed without the machine's set-up.
		 */
		private void tryWordList(CompiledRule rule, int pos) {
			int r = rule.order;
			if (scratch.budget[r] < 1) {
				stop(rule, pos);
				return;
			}
			long match = matcher.longestEntryAt(rule.wordListLexicon, pos);
			if (match < 0) {
				scratch.budget[r]--;
				return;
			}
			if (scratch.budget[r] < 2) {
				stop(rule, pos);
				return;
			}
			scratch.budget[r] -= 2;
			stageProposals.add(rule, 0, pos, (int) (match >>> 32), rule.simpleValue);
		}

		/** Stops a rule that ran out of budget: for the rest of the document, and drops its matches in it. */
		private void stop(CompiledRule rule, int pos) {
			int r = rule.order;
			scratch.stopped[r] = true;
			scratch.budget[r] = 0;
			problems.add(new RunProblem(rule.rule.provenance(), doc.id(),
					"Rule " + rule.rule.provenance() + " was stopped on document " + doc.id() + " at token " + pos
							+ " (offset " + doc.tokenStart(pos) + "): it used its budget of " + options.stepBudget()
							+ " matching steps; its matches in this document are dropped"));
			stageProposals.removeRule(r);
			stageEvents.removeIf(p -> p.rule().order == r);
		}

		private void propose(CompiledRule rule, int start, int end) {
			if (rule.simpleMark) {
				stageProposals.add(rule, 0, start, end, rule.simpleValue);
				return;
			}
			List<Action> actions = rule.rule.actions();
			for (int a = 0; a < actions.size(); a++) {
				switch (actions.get(a)) {
				case MarkEntity mark -> {
					int s = start;
					int e = end;
					if (mark.capture() != null) {
						int c = rule.actionCapture[a];
						s = matcher.captures[2 * c];
						e = matcher.captures[2 * c + 1];
						if (s < 0 || e <= s) {
							continue; // the capture took no part in this match, or matched nothing
						}
					}
					stageProposals.add(rule, a, s, e, value(rule, a, mark, s, e));
				}
				case CreateEvent event -> stageEvents.add(new PendingEvent(rule, a, start, end,
						Arrays.copyOf(matcher.captures, 2 * rule.captureIndex.size())));
				}
			}
		}

		private String value(CompiledRule rule, int action, MarkEntity mark, int s, int e) {
			return switch (mark.value()) {
			case NoValue none -> null;
			case Constant constant -> constant.value();
			case CaptureText capture -> {
				int c = rule.valueCapture[action];
				int cs = matcher.captures[2 * c];
				int ce = matcher.captures[2 * c + 1];
				yield cs < 0 || ce <= cs ? null
						: doc.text().substring(matcher.tokenStart(cs), matcher.tokenEnd(ce - 1));
			}
			case LexiconValue lexiconValue -> {
				for (int slot = 0; slot < rule.lexiconSlots; slot++) {
					int ls = matcher.lexiconSlots[3 * slot];
					int le = matcher.lexiconSlots[3 * slot + 1];
					if (ls >= s && le <= e && ls >= 0) {
						String v = rule.slotLexicons.get(slot).entryValue(matcher.lexiconSlots[3 * slot + 2]);
						if (v != null) {
							yield v;
						}
					}
				}
				yield null;
			}
			};
		}

		/** Priority, then length, then leftmost, then rule order, then action order, then type. */
		private static final Comparator<Proposal> RESOLUTION_ORDER = (a, b) -> {
			if (a.priority() != b.priority()) {
				return a.priority() > b.priority() ? -1 : 1;
			}
			int la = a.endToken() - a.startToken();
			int lb = b.endToken() - b.startToken();
			if (la != lb) {
				return la > lb ? -1 : 1;
			}
			if (a.startToken() != b.startToken()) {
				return a.startToken() < b.startToken() ? -1 : 1;
			}
			int ra = Conflict.ruleOrderOf(a);
			int rb = Conflict.ruleOrderOf(b);
			if (ra != rb) {
				return ra < rb ? -1 : 1;
			}
			int aa = Conflict.actionIndexOf(a);
			int ab = Conflict.actionIndexOf(b);
			if (aa != ab) {
				return aa < ab ? -1 : 1;
			}
			return a.type().compareTo(b.type());
		};

		/**
		 * Accepts the stage's entity proposals in resolution order (see {@link StageProposals#resolutionOrder}) unless
		 * a token is taken already; each loss is recorded with its winner and the deciding criterion.
		 */
		private void resolveEntities() {
			StageProposals p = stageProposals;
			int[] order = p.resolutionOrder(doc.tokenCount(), shortcuts);
			for (int k = 0, count = p.size; k < count; k++) {
				int i = order[k];
				CompiledRule rule = p.rule[i];
				int start = p.start[i];
				int end = p.end[i];
				EntityProposal winner = null;
				for (int t = start; t < end && winner == null; t++) {
					winner = owner[t];
				}
				if (winner == null) {
					EntityProposal accept = rule.entityProposal(doc.id(), p.action[i], start, end,
							matcher.tokenStart(start), matcher.tokenEnd(end - 1), p.value[i]);
					acceptedCount++;
					for (int t = start; t < end; t++) {
						owner[t] = accept;
					}
					matcher.mentionType[start] = rule.markTypeIds[p.action[i]];
					matcher.mentionEnd[start] = end;
				} else {
					conflicts.addEntityLoss(winner, rule, p.action[i], start, end, p.value[i]);
				}
			}
		}

		private void buildEvents() {
			List<EventProposal> built = new ArrayList<>();
			for (PendingEvent pending : stageEvents) {
				CreateEvent action = (CreateEvent) pending.rule().rule.actions().get(pending.actionIndex());
				int[] captures = pending.captures();
				int trigger = pending.rule().actionCapture[pending.actionIndex()];
				int ts = captures[2 * trigger];
				int te = captures[2 * trigger + 1];
				if (ts < 0 || te <= ts) {
					continue;
				}
				List<EventArgument> arguments = new ArrayList<>();
				List<RoleBinding> roles = action.roles();
				int[] roleCaptures = pending.rule().roleCapture[pending.actionIndex()];
				int[] roleTypeIds = pending.rule().roleTypeIds[pending.actionIndex()];
				for (int k = 0; k < roles.size(); k++) {
					RoleBinding role = roles.get(k);
					if (roleCaptures[k] >= 0) {
						int c = roleCaptures[k];
						int s = captures[2 * c];
						int e = captures[2 * c + 1];
						if (s >= 0 && e > s) {
							EntityProposal mention = owner[s] != null && owner[s].startToken() == s
									&& owner[s].endToken() == e ? owner[s] : null;
							arguments.add(new EventArgument(role.role(), s, e, matcher.tokenStart(s),
									matcher.tokenEnd(e - 1), mention));
						}
					} else {
						EntityProposal nearest = nearest(roleTypeIds[k], role.direction(), ts, te);
						if (nearest != null) {
							arguments.add(new EventArgument(role.role(), nearest.startToken(), nearest.endToken(),
									nearest.start(), nearest.end(), nearest));
						}
					}
				}
				Rule rule = pending.rule().rule;
				built.add(new EventProposal(doc.id(), action.type(), ts, te, matcher.tokenStart(ts),
						matcher.tokenEnd(te - 1), arguments, rule.provenance(), rule.priority(), rule.confidence(),
						pending.rule().stage, pending.rule().order, pending.actionIndex()));
			}
			built.sort(RESOLUTION_ORDER);
			List<EventProposal> stageAccepted = new ArrayList<>();
			for (EventProposal event : built) {
				EventProposal winner = null;
				for (EventProposal other : events) {
					if (winner == null && clashes(other, event)) {
						winner = other;
					}
				}
				for (EventProposal other : stageAccepted) {
					if (winner == null && clashes(other, event)) {
						winner = other;
					}
				}
				if (winner == null) {
					stageAccepted.add(event);
				} else {
					conflicts.record(new Conflict(winner, event, Conflict.reasonOf(winner, event)));
				}
			}
			events.addAll(stageAccepted);
		}

		/** Two events clash when they have the same type and overlapping triggers. */
		private static boolean clashes(EventProposal a, EventProposal b) {
			// Spans first: most events of a document are far apart, and that is two int comparisons.
			return a.startToken() < b.endToken() && b.startToken() < a.endToken() && a.type().equals(b.type());
		}

		private EntityProposal nearest(int typeId, Direction direction, int triggerStart, int triggerEnd) {
			int sentence = matcher.sentenceOf(triggerStart);
			EntityProposal left = null;
			int leftDistance = Integer.MAX_VALUE;
			if (direction != Direction.AFTER) {
				for (int t = triggerStart - 1; t >= 0 && matcher.sentenceOf(t) == sentence; t--) {
					if (owner[t] != null && owner[t].typeId == typeId) {
						left = owner[t];
						leftDistance = triggerStart - left.endToken();
						break;
					}
				}
			}
			EntityProposal right = null;
			int rightDistance = Integer.MAX_VALUE;
			if (direction != Direction.BEFORE) {
				for (int t = triggerEnd; t < matcher.tokenCount && matcher.sentenceOf(t) == sentence; t++) {
					if (owner[t] != null && owner[t].typeId == typeId) {
						right = owner[t];
						rightDistance = right.startToken() - triggerEnd;
						break;
					}
				}
			}
			return rightDistance < leftDistance ? right : left;
		}
	}

	/** Orders rules into stages by the entity types they mark and refer to. */
	static final class StageOrder {
		private StageOrder() {
		}

		static List<List<CompiledRule>> layers(List<CompiledRule> rules) {
			Map<String, List<CompiledRule>> producers = new HashMap<>();
			for (CompiledRule rule : rules) {
				for (String type : rule.producedTypes) {
					producers.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
				}
			}
			int[] state = new int[rules.size()]; // 0 new, 1 visiting, 2 done
			int[] layer = new int[rules.size()];
			List<CompiledRule> path = new ArrayList<>();
			for (CompiledRule rule : rules) {
				visit(rule, producers, state, layer, path);
			}
			int layers = rules.isEmpty() ? 0 : Arrays.stream(layer).max().getAsInt() + 1;
			List<List<CompiledRule>> result = new ArrayList<>();
			for (int i = 0; i < layers; i++) {
				result.add(new ArrayList<>());
			}
			for (CompiledRule rule : rules) {
				rule.stage = layer[rule.order];
				result.get(layer[rule.order]).add(rule);
			}
			result.removeIf(List::isEmpty);
			return result;
		}

		private static int visit(CompiledRule rule, Map<String, List<CompiledRule>> producers, int[] state,
				int[] layer, List<CompiledRule> path) {
			if (state[rule.order] == 2) {
				return layer[rule.order];
			}
			if (state[rule.order] == 1) {
				int from = path.indexOf(rule);
				StringBuilder cycle = new StringBuilder();
				for (CompiledRule r : path.subList(from, path.size())) {
					cycle.append(r.rule.provenance()).append(" [marks ").append(r.producedTypes).append("] -> ");
				}
				cycle.append(rule.rule.name());
				throw new RuleCompilationException("Rules cannot be ordered in stages, they depend on each other "
						+ "in a cycle (each uses a type marked by the next): " + cycle);
			}
			state[rule.order] = 1;
			path.add(rule);
			int stage = 0;
			for (String type : rule.consumedTypes) {
				for (CompiledRule producer : producers.getOrDefault(type, List.of())) {
					stage = Math.max(stage, visit(producer, producers, state, layer, path) + 1);
				}
			}
			path.remove(path.size() - 1);
			state[rule.order] = 2;
			layer[rule.order] = stage;
			return stage;
		}
	}

	/** Entity types the rule set refers to or marks. */
	public Set<String> entityTypes() {
		return typeIds.keySet();
	}
}
