package org.dipanno.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.dipanno.engine.Action;
import org.dipanno.engine.Action.CaptureText;
import org.dipanno.engine.Action.Constant;
import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.LexiconValue;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.EventProposal;
import org.dipanno.engine.RunProblem;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.lexicon.Lexicon;

/**
 * One document's run of a rule set: the document's tokens looked up and cut into segments (maximal runs of
 * target-zone tokens of one sentence; matches and contexts stay inside one), then each stage in turn: every token's
 * candidate rules from the stage's indexes and schedule tried there, the entity proposals resolved (priority,
 * length, leftmost), the events built. Uses the thread's {@link Scratch}.
 */
final class DocumentRun {

	private final EngineDocument doc;
	private final List<Stage> stages;
	private final long stepBudget;
	private final boolean shortcuts;
	private final Scratch scratch;
	private final TokenMatcher matcher;
	private final RuleSchedule schedule;
	private final boolean[] targeted;
	private final int[] segmentStart;
	private final int[] segmentEnd;
	/** Accepted mention covering a token, or null. */
	private final EntityProposal[] owner;
	private int acceptedCount;
	private final ConflictLog conflicts;
	private final EventBuilder events;
	private final List<RunProblem> problems = new ArrayList<>();
	/** The stage's entity proposals, as parallel arrays: most of them lose, so they are objects only if they win. */
	private final StageProposals stageProposals;
	private List<PendingEvent> stageEvents;

	DocumentRun(CompiledRuleSet ruleSet, EngineDocument doc, Scratch scratch) {
		this.doc = doc;
		this.stages = ruleSet.stages;
		this.stepBudget = ruleSet.options.stepBudget();
		this.shortcuts = ruleSet.shortcuts;
		this.scratch = scratch;
		this.matcher = scratch.matcher;
		this.schedule = scratch.schedule;
		this.targeted = scratch.targeted;
		this.segmentStart = scratch.segmentStart;
		this.segmentEnd = scratch.segmentEnd;
		matcher.reset(doc, keyIds(ruleSet.keys));
		findSegments(ruleSet.targetZone);
		this.owner = scratch.owner;
		Arrays.fill(owner, 0, doc.tokenCount(), null);
		this.conflicts = new ConflictLog(doc, ruleSet.rules, scratch.conflictWinners, scratch.conflictLosers);
		this.events = new EventBuilder(doc.id(), matcher, owner, conflicts);
		this.stageProposals = scratch.stageProposals;
		Arrays.fill(scratch.budget, stepBudget);
		Arrays.fill(scratch.stopped, false);
	}

	/** The vocabulary id of each token's key, each distinct key looked up once (a document repeats its words). */
	private int[] keyIds(VocabularySnapshot keys) {
		int n = doc.tokenCount();
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
		return ids;
	}

	/** Marks the target-zone tokens, and each token's segment. */
	private void findSegments(boolean[] targetZone) {
		int n = doc.tokenCount();
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
	}

	/** Runs the stages, and gives the accepted mentions, events, conflicts and stopped rules. */
	DocumentResult run() {
		for (Stage stage : stages) {
			stage(stage);
		}
		int n = doc.tokenCount();
		// Accepted mentions never overlap: reading them off the tokens gives them sorted by start.
		EntityProposal[] accepted = new EntityProposal[acceptedCount];
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
		scratch.conflictWinners = conflicts.winnerBuffer();
		scratch.conflictLosers = conflicts.loserBuffer();
		conflicts.finish();
		List<EventProposal> sortedEvents = new ArrayList<>(events.events);
		sortedEvents.sort(Comparator.comparingInt(EventProposal::startToken));
		return new DocumentResult(doc.id(), doc.text(), entities, sortedEvents, conflicts, problems);
	}

	private void stage(Stage stage) {
		stageProposals.clear();
		stageEvents = new ArrayList<>();
		Arrays.fill(scratch.lastTried, -1);
		schedule.startStage(matcher.tokenCount);
		RuleSchedule schedule = this.schedule;
		int[] scheduleHead = schedule.head;
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
				schedule.startSegment();
				schedule.noteRequirements(stage, currentSegment, segmentEnd[pos]);
			}
			if ((flags & Stage.REQUIRED_HERE) != 0) {
				// Rules whose required token is at or before their start: only starts from here on.
				schedule.scheduleFrom(stage.atToken, id, pos, currentSegment, segmentEnd[pos]);
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
			for (int e = scheduleHead[pos]; e >= 0; e = schedule.next[e]) {
				tryRule(schedule.rules[e], pos);
			}
		}
		resolveEntities();
		events.buildStage(stageEvents);
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

	/** {@link RuleSchedule#requirementInReach} for a {@link CompiledRule#requirementScanned} rule: the few tokens looked at. */
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
							: schedule.requirementInReach(stage, rule, pos)))) {
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
						+ " (offset " + doc.tokenStart(pos) + "): it used its budget of " + stepBudget
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
					Arrays.copyOf(matcher.captures, 2 * rule.program.captureCount)));
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
			for (int slot = 0; slot < rule.program.lexiconSlots; slot++) {
				int ls = matcher.lexiconSlots[3 * slot];
				int le = matcher.lexiconSlots[3 * slot + 1];
				if (ls >= s && le <= e && ls >= 0) {
					String v = rule.program.slotLexicons.get(slot).entryValue(matcher.lexiconSlots[3 * slot + 2]);
					if (v != null) {
						yield v;
					}
				}
			}
			yield null;
		}
		};
	}

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
}
