package org.dipanno.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.dipanno.engine.Action.Constant;
import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.LexiconValue;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.Action.RoleBinding;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.engine.patterns.PatternElement;
import org.dipanno.engine.patterns.PatternElement.Alternation;
import org.dipanno.engine.patterns.PatternElement.Capture;
import org.dipanno.engine.patterns.PatternElement.Context;
import org.dipanno.engine.patterns.PatternElement.EntityRef;
import org.dipanno.engine.patterns.PatternElement.LexiconRef;
import org.dipanno.engine.patterns.PatternElement.Literal;
import org.dipanno.engine.patterns.PatternElement.Repeat;
import org.dipanno.engine.patterns.PatternElement.SentenceEnd;
import org.dipanno.engine.patterns.PatternElement.SentenceStart;
import org.dipanno.engine.patterns.PatternElement.Sequence;
import org.dipanno.engine.patterns.TokenClass;
import org.dipanno.engine.patterns.PatternElement.TokenClassTest;
import org.dipanno.engine.patterns.PatternElement.TokenRegex;

/**
 * A rule compiled to a program for the token matcher ({@link TokenMatcher}): a flat int code array in the style
 * of a backtracking regex machine, plus the tables its instructions refer to, and what the rule's first token can
 * be (for indexing).
 */
final class CompiledRule {

	static final int MATCH = 0, LIT = 1, LEX = 2, ENT = 3, CLS = 4, RGX = 5, SPLIT = 6, JMP = 7, SAVE = 8, CTX = 9,
			SSTART = 10, SEND = 11;

	/** Most repetitions a bounded {m,n} may unroll to. */
	private static final int MAX_UNROLLED_REPETITIONS = 256;

	final Rule rule;
	final int order;
	int stage;
	int[] code = new int[64];
	int codeLength;

	final List<int[]> literalIds = new ArrayList<>();
	final List<String[]> literalSurface = new ArrayList<>();
	final List<Boolean> literalExact = new ArrayList<>();
	final List<Lexicon> lexicons = new ArrayList<>();
	final List<Pattern> regexes = new ArrayList<>();
	/** Per regex, its loop form when it is one character class with a quantifier, else null. */
	CharClassRegex[] charClassRegexes = new CharClassRegex[0];
	final List<int[]> contexts = new ArrayList<>(); // {startPc, before ? 1 : 0, negated ? 1 : 0, maxLength or -1, minLength}
	/**
	 * Per context, the syllable ids its first token must have, or null when it can start otherwise (a class, an
	 * entity, anything, or nothing): the matcher does not run a context where its first token cannot be.
	 */
	final List<BitSet> contextFirstIds = new ArrayList<>();
	/**
	 * Per context, the syllable ids its last token must have, or null when it can end otherwise: a lookbehind is not
	 * run at all unless the token before has one (a negated one, such as "not after a title", then holds at once).
	 */
	final List<BitSet> contextLastIds = new ArrayList<>();
	/**
	 * Per context, its lexicons when it is one lexicon reference or alternatives of them (as "after a title, a
	 * country or an organization" is), else null: a lookbehind then asks each lexicon whether an entry ends there
	 * rather than running the context's program (one step charged per lexicon asked).
	 */
	final List<Lexicon[]> contextLexicons = new ArrayList<>();
	final Map<String, Integer> captureIndex = new LinkedHashMap<>();
	int lexiconSlots;
	int captureCount;
	final List<Lexicon> slotLexicons = new ArrayList<>();
	final Set<String> consumedTypes = new LinkedHashSet<>();
	final Set<String> producedTypes = new LinkedHashSet<>();

	/**
	 * Token ids of which a match needs at least one (among its tokens or its positive context), at an offset from
	 * the match's start in {@code [requiredFrom, requiredTo]} (&plusmn;{@link #FAR}: no bound); null when there is no
	 * such small set. The engine does not try the rule where none of them is in reach.
	 */
	int[] requiredIds;
	/**
	 * Per required id (same order), the phrases one of which must start where it is, or null when the id alone is
	 * all that is known; null when no id has phrases. See {@link #requiredPhraseAt}.
	 */
	int[][][] requiredPhrases;
	int requiredFrom;
	int requiredTo;
	/** Rules with the same required ids share one list of where they are (set by the engine). */
	int requirementGroup = -1;
	/**
	 * Whether the required tokens' window is narrow: then the engine does not index the rule by its first token but
	 * schedules it at the starts in reach of each required token of a segment (and checks the first token there).
	 */
	boolean scheduled;
	/**
	 * Whether the rule, tried from the first-token index, checks its few required ids in its narrow window itself
	 * (a handful of reads) rather than through a list of where they are in the segment, made for every segment.
	 */
	final boolean requirementScanned;
	/** The rule's first-token classes as bits over {@link TokenClass} ordinals, and first-token entity type ids. */
	int firstClassBits;
	final BitSet firstTypeIds = new BitSet();

	// First-token index.
	final BitSet firstIds = new BitSet();
	final Set<TokenClass> firstClasses = new LinkedHashSet<>();
	final Set<String> firstTypes = new LinkedHashSet<>();
	boolean firstAny;

	/** Whether matches must remember lexicon entries (a LexiconValue action). */
	final boolean needsLexiconSlots;

	/**
	 * Whether the whole pattern is one lexicon reference: its match at a token is the longest entry there, found by
	 * one walk down the trie instead of the backtracking machine.
	 */
	final boolean singleLexicon;
	/**
	 * Whether the rule's only action marks its whole match with no value or a constant one ({@link #simpleValue}):
	 * a proposal is then made without looking at the action again.
	 */
	final boolean simpleMark;
	final String simpleValue;
	/**
	 * Both: one lexicon reference marked whole with no value or a constant one (a word list). The engine then needs
	 * no captures or lexicon slots, only the longest entry at each token, and does not set the machine up.
	 */
	final boolean wordList;
	/** The lexicon of a {@link #wordList}, else null. */
	final Lexicon wordListLexicon;
	/** Per action, the type id (set by the engine) of the type a {@link MarkEntity} marks, -1 for other actions. */
	int[] markTypeIds;
	/*
	 * Capture indexes of the actions, looked up once here rather than by name for every match (-1: none).
	 */
	/** Per action, the capture a {@link MarkEntity} marks, or a {@link CreateEvent}'s trigger. */
	int[] actionCapture;
	/** Per action, the capture a {@link MarkEntity}'s {@link Action.CaptureText} value reads. */
	int[] valueCapture;
	/** Per action and role of a {@link CreateEvent}, the capture the role binds (-1: the nearest mention). */
	int[][] roleCapture;
	/** Per action and role of a {@link CreateEvent}, the type id (set by the engine) of a nearest-mention role. */
	int[][] roleTypeIds;
	/** Per action, the type a {@link MarkEntity} marks, null for other actions. */
	private final String[] markTypes;

	/**
	 * Token id sequences of which every match starts with one, when one of them is longer than a token (a rule
	 * anchored on a phrase, or on one of a few phrases); null otherwise. The first-token index only knows the first
	 * token; the engine compares the rest before starting the machine.
	 */
	int[][] leadingLiterals;
	/**
	 * For a rule whose matches start with one of a few literals all of one length (its {@link #leadingLiterals},
	 * or one-token literals the first-token index has checked already): that length, and what the token after them
	 * must be (an id, a class or the start of a mention of a type, as for the first-token index) for the rule to
	 * match; 0 when anything can follow. Frequent phrases are mostly followed by tokens that cannot.
	 */
	int followOffset;
	final BitSet followIds = new BitSet();
	int followClassBits;
	final Set<String> followTypes = new LinkedHashSet<>();
	/** {@link #followTypes} as type ids (set by the engine). */
	final BitSet followTypeIds = new BitSet();
	/**
	 * For a rule starting with an entity mention: the phrases one of which follows the mention (a person, then "và
	 * phái đoàn"), or null. The engine compares them at the mention's end before starting the machine.
	 */
	int[][] literalsAfterEntity;
	/**
	 * For a rule starting with a lexicon reference ({@link #leadingLexicon}): the phrases one of which follows the
	 * entry (a title, then a phrase), or null. The engine finds the entries' ends once per token for all rules
	 * starting with that lexicon, and compares the phrases there before starting the machine.
	 */
	int[][] literalsAfterLexicon;
	Lexicon leadingLexicon;

	/** The rule's priority as a rank among the rule set's priorities, 0 = highest (for sorting proposals). */
	int priorityRank;

	private final Map<String, Lexicon> lexiconsByName;
	private final SyllableVocabulary vocabulary;
	private final EngineOptions options;
	private final Map<String, Integer> typeIds;
	private final List<PatternElement> pendingContexts = new ArrayList<>();

	/**
	 * @param shortcuts whether to use the single-lexicon walk, the required-token check and contexts' first-token
	 *                  check (off only in tests that compare them with the general machine)
	 */
	CompiledRule(Rule rule, int order, Map<String, Lexicon> lexiconsByName, SyllableVocabulary vocabulary,
			EngineOptions options, Map<String, Integer> typeIds, boolean shortcuts) {
		this.rule = rule;
		this.order = order;
		this.lexiconsByName = lexiconsByName;
		this.vocabulary = vocabulary;
		this.options = options;
		this.typeIds = typeIds;
		this.needsLexiconSlots = rule.actions().stream()
				.anyMatch(a -> a instanceof MarkEntity m && m.value() instanceof LexiconValue);
		emit(rule.pattern(), false);
		add(MATCH);
		singleLexicon = shortcuts && rule.pattern() instanceof LexiconRef;
		boolean simple = false;
		String value = null;
		if (rule.actions().size() == 1 && rule.actions().get(0) instanceof MarkEntity mark && mark.capture() == null) {
			if (mark.value() instanceof NoValue) {
				simple = true;
			} else if (mark.value() instanceof Constant constant) {
				simple = true;
				value = constant.value();
			}
		}
		simpleMark = simple;
		simpleValue = value;
		wordList = singleLexicon && simple;
		wordListLexicon = wordList ? lexicons.get(0) : null;
		markTypes = rule.actions().stream().map(a -> a instanceof MarkEntity mark ? mark.type() : null)
				.toArray(String[]::new);
		// Context sub-programs follow the main program, each ending in its own MATCH.
		for (int i = 0; i < pendingContexts.size(); i++) {
			contexts.get(i)[0] = codeLength;
			emit(pendingContexts.get(i), true);
			add(MATCH);
			BitSet ids = new BitSet();
			Set<TokenClass> classes = new LinkedHashSet<>();
			Set<String> types = new LinkedHashSet<>();
			First first = first(pendingContexts.get(i), ids, classes, types);
			contextFirstIds.add(shortcuts && !first.any && !first.canBeEmpty && classes.isEmpty() && types.isEmpty()
					? ids : null);
			BitSet lastIds = new BitSet();
			Last last = last(pendingContexts.get(i), lastIds);
			contextLastIds.add(shortcuts && last.constrained && !last.canBeEmpty ? lastIds : null);
			contextLexicons.add(shortcuts ? lexiconsOnly(pendingContexts.get(i)) : null);
		}
		captureCount = captureIndex.size();
		First first = first(rule.pattern());
		firstAny = first.any || first.canBeEmpty;
		Requirement required = shortcuts ? required(rule.pattern(), 0, 0) : null;
		if (required != null && required.from == 0 && required.to == 0 && !firstAny && firstClasses.isEmpty()
				&& firstTypes.isEmpty() && firstIds.stream().allMatch(required.ids::contains)) {
			required = null; // the first-token index tries the rule only where it holds already
		}
		if (required != null && !firstAny && (required.from <= -FAR || required.to >= FAR)) {
			// Anywhere later (or earlier) in the sentence: that holds at most starts the first-token index gives,
			// and finding out costs a scan of the sentence.
			required = null;
		}
		requiredIds = required == null ? null : required.ids.stream().mapToInt(Integer::intValue).sorted().toArray();
		if (required != null) {
			int[][][] phrases = new int[requiredIds.length][][];
			boolean any = false;
			for (int k = 0; k < requiredIds.length; k++) {
				Set<List<Integer>> p = required.phrases.get(requiredIds[k]);
				if (!p.contains(List.of(requiredIds[k]))) {
					phrases[k] = p.stream().sorted(Comparator.comparing(List::toString))
							.map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
					any = true;
				}
			}
			requiredPhrases = any ? phrases : null;
		}
		requiredFrom = required == null ? 0 : required.from;
		requiredTo = required == null ? 0 : required.to;
		// A rule indexed by first-token ids is tried at few tokens already; one indexed by a class (CAPITALIZED,
		// NUMBER) or tried everywhere is better placed by its required tokens.
		scheduled = required != null && firstIds.isEmpty() && required.from > -FAR && required.to < FAR
				&& required.to - required.from <= MAX_SCHEDULED_WINDOW;
		requirementScanned = required != null && !scheduled && (long) required.to - required.from < MAX_SCANNED_WINDOW
				&& requiredIds.length <= MAX_SCANNED_IDS;
		for (TokenClass c : firstClasses) {
			firstClassBits |= 1 << c.ordinal();
		}
		List<int[]> leading = shortcuts ? leadingLiterals(rule.pattern()) : null;
		if (leading != null && leading.size() <= MAX_LEADING_LITERALS) {
			if (leading.stream().anyMatch(l -> l.length > 1)) {
				leadingLiterals = leading.toArray(int[][]::new);
			}
			List<PatternElement> rest = afterLeadingLiterals(rule.pattern());
			if (rest != null && leading.stream().allMatch(l -> l.length == leading.get(0).length)) {
				Set<TokenClass> classes = new LinkedHashSet<>();
				if (follow(rest, followIds, classes, followTypes)) {
					followOffset = leading.get(0).length;
					for (TokenClass c : classes) {
						followClassBits |= 1 << c.ordinal();
					}
				}
			}
		}
		FirstThenPhrases start = shortcuts ? firstThenPhrases(rule.pattern()) : null;
		if (start != null && start.phrases.size() <= MAX_LEADING_LITERALS) {
			int[][] phrases = start.phrases.toArray(int[][]::new);
			if (start.first instanceof EntityRef) {
				literalsAfterEntity = phrases;
			} else if (start.first instanceof LexiconRef r) {
				literalsAfterLexicon = phrases;
				leadingLexicon = lexiconsByName.get(r.lexicon());
			}
		}
		checkActions();
		int actionCount = rule.actions().size();
		actionCapture = new int[actionCount];
		valueCapture = new int[actionCount];
		roleCapture = new int[actionCount][];
		for (int a = 0; a < actionCount; a++) {
			valueCapture[a] = -1;
			switch (rule.actions().get(a)) {
			case MarkEntity m -> {
				actionCapture[a] = captureOf(m.capture());
				if (m.value() instanceof Action.CaptureText t) {
					valueCapture[a] = captureOf(t.capture());
				}
			}
			case CreateEvent e -> {
				actionCapture[a] = captureOf(e.triggerCapture());
				roleCapture[a] = e.roles().stream().mapToInt(role -> captureOf(role.capture())).toArray();
			}
			}
		}
	}

	private int captureOf(String name) {
		return name == null ? -1 : captureIndex.get(name);
	}

	/** The lexicons of a lexicon reference or of alternatives that are all lexicon references, else null. */
	private Lexicon[] lexiconsOnly(PatternElement element) {
		List<PatternElement> alternatives = element instanceof Alternation a ? a.alternatives() : List.of(element);
		if (!alternatives.stream().allMatch(e -> e instanceof LexiconRef)) {
			return null;
		}
		return alternatives.stream().map(e -> lexiconsByName.get(((LexiconRef) e).lexicon())).toArray(Lexicon[]::new);
	}

	private RuleCompilationException problem(String message) {
		return new RuleCompilationException("Rule " + rule.provenance() + ": " + message);
	}

	private void checkActions() {
		for (Action action : rule.actions()) {
			switch (action) {
			case MarkEntity m -> {
				requireCapture(m.capture());
				if (m.value() instanceof Action.CaptureText t) {
					requireCapture(t.capture());
				}
				producedTypes.add(m.type());
			}
			case CreateEvent e -> {
				requireCapture(e.triggerCapture());
				for (RoleBinding role : e.roles()) {
					if (role.capture() != null) {
						requireCapture(role.capture());
					} else {
						consumedTypes.add(role.nearestType());
					}
				}
			}
			}
		}
		if (rule.actions().isEmpty()) {
			throw problem("has no action");
		}
	}

	private void requireCapture(String name) {
		if (name != null && !captureIndex.containsKey(name)) {
			throw problem("refers to capture '" + name + "', which its pattern does not define (it has "
					+ captureIndex.keySet() + ")");
		}
	}

	private void add(int value) {
		if (codeLength == code.length) {
			code = Arrays.copyOf(code, code.length * 2);
		}
		code[codeLength++] = value;
	}

	private void emit(PatternElement element, boolean inContext) {
		switch (element) {
		case Literal l -> {
			int[] ids = new int[l.tokens().size()];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = vocabulary.intern(options.keys().fold(l.tokens().get(i)));
			}
			literalIds.add(ids);
			literalSurface.add(l.tokens().toArray(new String[0]));
			literalExact.add(l.exact());
			add(LIT);
			add(literalIds.size() - 1);
		}
		case LexiconRef r -> {
			Lexicon lexicon = lexiconsByName.get(r.lexicon());
			if (lexicon == null) {
				throw problem("refers to lexicon '" + r.lexicon() + "', which is not defined (defined: "
						+ lexiconsByName.keySet() + ")");
			}
			lexicons.add(lexicon);
			add(LEX);
			add(lexicons.size() - 1);
			if (inContext) {
				add(-1);
			} else {
				slotLexicons.add(lexicon);
				add(lexiconSlots++);
			}
		}
		case EntityRef e -> {
			consumedTypes.add(e.type());
			add(ENT);
			add(typeIds.computeIfAbsent(e.type(), t -> typeIds.size()));
		}
		case TokenClassTest c -> {
			add(CLS);
			add(c.tokenClass().ordinal());
		}
		case TokenRegex r -> {
			try {
				regexes.add(Pattern.compile(r.regex()));
			} catch (PatternSyntaxException ex) {
				throw problem("bad regular expression /" + r.regex() + "/: " + ex.getDescription());
			}
			charClassRegexes = Arrays.copyOf(charClassRegexes, regexes.size());
			charClassRegexes[regexes.size() - 1] = CharClassRegex.parse(r.regex());
			add(RGX);
			add(regexes.size() - 1);
		}
		case Sequence s -> s.elements().forEach(e -> emit(e, inContext));
		case Capture c -> {
			if (inContext) {
				throw problem("capture '" + c.name() + "' inside context: context is not part of the match");
			}
			int index = captureIndex.computeIfAbsent(c.name(), n -> captureIndex.size());
			add(SAVE);
			add(2 * index);
			emit(c.element(), false);
			add(SAVE);
			add(2 * index + 1);
		}
		case Alternation a -> {
			List<Integer> jumpsToEnd = new ArrayList<>();
			for (int i = 0; i < a.alternatives().size(); i++) {
				boolean last = i == a.alternatives().size() - 1;
				int split = -1;
				if (!last) {
					add(SPLIT);
					add(codeLength + 2);
					split = codeLength;
					add(0);
				}
				emit(a.alternatives().get(i), inContext);
				if (!last) {
					add(JMP);
					jumpsToEnd.add(codeLength);
					add(0);
					code[split] = codeLength;
				}
			}
			jumpsToEnd.forEach(at -> code[at] = codeLength);
		}
		case Repeat r -> {
			for (int i = 0; i < r.min(); i++) {
				emit(r.element(), inContext);
			}
			if (r.max() == Repeat.UNBOUNDED) {
				if (lengthRange(r.element())[0] == 0) {
					throw problem("unbounded repetition of an element that can match no token (it would loop)");
				}
				int loop = codeLength;
				add(SPLIT);
				add(codeLength + 2);
				int exit = codeLength;
				add(0);
				emit(r.element(), inContext);
				add(JMP);
				add(loop);
				code[exit] = codeLength;
			} else {
				int optional = r.max() - r.min();
				if (r.max() > MAX_UNROLLED_REPETITIONS) {
					throw problem("repetition bound " + r.max() + " is above " + MAX_UNROLLED_REPETITIONS);
				}
				List<Integer> exits = new ArrayList<>();
				for (int i = 0; i < optional; i++) {
					add(SPLIT);
					add(codeLength + 2);
					exits.add(codeLength);
					add(0);
					emit(r.element(), inContext);
				}
				exits.forEach(at -> code[at] = codeLength);
			}
		}
		case Context c -> {
			if (inContext) {
				throw problem("context inside context is not supported");
			}
			int[] length = lengthRange(c.element());
			contexts.add(new int[] { -1, c.before() ? 1 : 0, c.negated() ? 1 : 0, length[1], length[0] });
			pendingContexts.add(c.element());
			add(CTX);
			add(contexts.size() - 1);
		}
		case SentenceStart s -> add(SSTART);
		case SentenceEnd s -> add(SEND);
		}
	}

	/** {min, max} tokens an element can match; max -1 when unbounded. */
	private int[] lengthRange(PatternElement element) {
		return switch (element) {
		case Literal l -> new int[] { l.tokens().size(), l.tokens().size() };
		case LexiconRef r -> {
			Lexicon lexicon = lexiconsByName.get(r.lexicon());
			yield new int[] { 1, lexicon == null ? 1 : lexicon.maxLength() };
		}
		case EntityRef e -> new int[] { 1, -1 };
		case TokenClassTest c -> new int[] { 1, 1 };
		case TokenRegex r -> new int[] { 1, 1 };
		case Sequence s -> {
			int min = 0;
			int max = 0;
			for (PatternElement e : s.elements()) {
				int[] r = lengthRange(e);
				min += r[0];
				max = max < 0 || r[1] < 0 ? -1 : max + r[1];
			}
			yield new int[] { min, max };
		}
		case Capture c -> lengthRange(c.element());
		case Alternation a -> {
			int min = Integer.MAX_VALUE;
			int max = 0;
			for (PatternElement e : a.alternatives()) {
				int[] r = lengthRange(e);
				min = Math.min(min, r[0]);
				max = max < 0 || r[1] < 0 ? -1 : Math.max(max, r[1]);
			}
			yield new int[] { min, max };
		}
		case Repeat r -> {
			int[] inner = lengthRange(r.element());
			int max = r.max() == Repeat.UNBOUNDED || inner[1] < 0 ? -1 : inner[1] * r.max();
			yield new int[] { inner[0] * r.min(), max };
		}
		case Context c -> new int[] { 0, 0 };
		case SentenceStart s -> new int[] { 0, 0 };
		case SentenceEnd s -> new int[] { 0, 0 };
		};
	}

	/** Most ids a required set may have: beyond this, looking for them would cost more than it saves. */
	private static final int MAX_REQUIRED_IDS = 64;
	/** Widest window, and most ids, a rule checks by looking at the tokens around its start. */
	private static final int MAX_SCANNED_WINDOW = 8;
	private static final int MAX_SCANNED_IDS = 4;
	/** Widest window of starts a rule is scheduled at for one required token. */
	private static final int MAX_SCHEDULED_WINDOW = 16;
	/** An offset without bound (an unbounded repetition or lookbehind). */
	static final int FAR = 1 << 30;

	/**
	 * Token ids of which every match of the element has at least one among the tokens it consumes or checks in a
	 * positive context, and where that token can be relative to the match's start, given that the element's first
	 * token is at an offset in {@code [from, to]}; null when there is no such (small) set. {@code phrases} gives,
	 * per id, the phrases (id sequences) one of which starts there: the id alone when nothing more is known, the
	 * whole literal when the id is a literal's first token (a phrase is rarer than its first word).
	 */
	private record Requirement(Set<Integer> ids, int from, int to, Map<Integer, Set<List<Integer>>> phrases) {

		/** Ids with no phrase known beyond themselves. */
		static Requirement ofIds(Set<Integer> ids, int from, int to) {
			Map<Integer, Set<List<Integer>>> phrases = new HashMap<>();
			ids.forEach(id -> phrases.put(id, Set.of(List.of(id))));
			return new Requirement(ids, from, to, phrases);
		}
	}

	/**
	 * Whether a requirement filters more than another: one on the first token says little beyond the first-token
	 * index, then fewer ids, then a narrower window.
	 */
	private static boolean better(Requirement a, Requirement b) {
		boolean aFirst = a.from == 0 && a.to == 0;
		boolean bFirst = b.from == 0 && b.to == 0;
		if (aFirst != bFirst) {
			return bFirst;
		}
		if (a.ids.size() != b.ids.size()) {
			return a.ids.size() < b.ids.size();
		}
		return (long) a.to - a.from < (long) b.to - b.from;
	}

	/** How many (id, start) pairs a requirement lets through: ids times the width of its window. */
	private static long cost(Requirement r) {
		return r.ids.size() * ((long) r.to - r.from + 1);
	}

	private Requirement required(PatternElement element, int from, int to) {
		Requirement requirement = switch (element) {
		case Literal l -> {
			List<Integer> phrase = l.tokens().stream().map(t -> vocabulary.intern(options.keys().fold(t))).toList();
			yield new Requirement(Set.of(phrase.get(0)), from, to, Map.of(phrase.get(0), Set.of(phrase)));
		}
		case LexiconRef r -> {
			int[] first = lexiconsByName.get(r.lexicon()).firstSyllables();
			yield first.length > MAX_REQUIRED_IDS ? null
					: Requirement.ofIds(Arrays.stream(first).boxed().collect(Collectors.toSet()), from, to);
		}
		case Sequence s -> {
			Requirement best = null;
			int at = from;
			int atMost = to;
			for (PatternElement e : s.elements()) {
				Requirement r = required(e, at, atMost);
				if (r != null && (best == null || better(r, best))) {
					best = r;
				}
				int[] length = lengthRange(e);
				at = Math.min(FAR, at + length[0]);
				atMost = length[1] < 0 ? FAR : Math.min(FAR, atMost + length[1]);
			}
			yield best;
		}
		case Alternation a -> {
			Set<Integer> union = new HashSet<>();
			Map<Integer, Set<List<Integer>>> phrases = new HashMap<>();
			int lowest = FAR;
			int highest = -FAR;
			for (PatternElement e : a.alternatives()) {
				Requirement r = required(e, from, to);
				if (r == null) {
					yield null;
				}
				union.addAll(r.ids);
				r.phrases.forEach((id, p) -> phrases.computeIfAbsent(id, k -> new HashSet<>()).addAll(p));
				lowest = Math.min(lowest, r.from);
				highest = Math.max(highest, r.to);
			}
			// An id known alone in one alternative is only that: its phrases from the others say nothing more.
			phrases.replaceAll((id, p) -> p.contains(List.of(id)) ? Set.of(List.of(id)) : p);
			yield new Requirement(union, lowest, highest, phrases);
		}
		case Repeat r -> r.min() >= 1 ? required(r.element(), from, to) : null;
		case Capture c -> required(c.element(), from, to);
		case Context c -> {
			if (c.negated()) {
				yield null;
			}
			if (!c.before()) {
				yield required(c.element(), from, to);
			}
			// A lookbehind ends where it is checked: it starts between its longest and its shortest length before,
			// and its last token is right before. The latter is usually the narrower window.
			int[] length = lengthRange(c.element());
			Requirement inside = required(c.element(), length[1] < 0 ? -FAR : Math.max(-FAR, from - length[1]),
					to - length[0]);
			BitSet lastIds = new BitSet();
			Last last = last(c.element(), lastIds);
			if (!last.constrained || last.canBeEmpty || lastIds.cardinality() > MAX_REQUIRED_IDS) {
				yield inside;
			}
			Requirement end = Requirement.ofIds(lastIds.stream().boxed().collect(Collectors.toSet()), from - 1, to - 1);
			yield inside == null || cost(end) <= cost(inside) ? end : inside;
		}
		case EntityRef e -> null;
		case TokenClassTest c -> null;
		case TokenRegex r -> null;
		case SentenceStart s -> null;
		case SentenceEnd s -> null;
		};
		return requirement == null || requirement.ids.isEmpty() || requirement.ids.size() > MAX_REQUIRED_IDS ? null
				: requirement;
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

	/** Most alternative phrases a rule's start is compared with before it is tried. */
	private static final int MAX_LEADING_LITERALS = 16;

	/** A pattern's first element (an entity or a lexicon reference) and the literals one of which follows it. */
	private record FirstThenPhrases(PatternElement first, List<int[]> phrases) {
	}

	/**
	 * For a pattern that starts with an entity or a lexicon reference followed by literals: those; else null.
	 */
	private FirstThenPhrases firstThenPhrases(PatternElement element) {
		while (element instanceof Capture c) {
			element = c.element();
		}
		if (!(element instanceof Sequence s)) {
			return null;
		}
		List<PatternElement> elements = s.elements();
		for (int i = 0; i < elements.size(); i++) {
			PatternElement e = elements.get(i);
			if (e instanceof Context || e instanceof SentenceStart || e instanceof SentenceEnd) {
				continue; // consumes nothing
			}
			while (e instanceof Capture c) {
				e = c.element();
			}
			if (!(e instanceof EntityRef || e instanceof LexiconRef)) {
				return null;
			}
			List<int[]> after = leadingLiterals(new Sequence(elements.subList(i + 1, elements.size())));
			return after == null ? null : new FirstThenPhrases(e, after);
		}
		return null;
	}

	/**
	 * The elements after a pattern's first consuming element when that element is made of literals only (so that it
	 * matches exactly one of the {@link #leadingLiterals}); else null.
	 */
	private static List<PatternElement> afterLeadingLiterals(PatternElement element) {
		while (element instanceof Capture c) {
			element = c.element();
		}
		if (!(element instanceof Sequence s)) {
			return null; // the literals are the whole match
		}
		List<PatternElement> elements = s.elements();
		for (int i = 0; i < elements.size(); i++) {
			PatternElement e = elements.get(i);
			if (!(e instanceof Context || e instanceof SentenceStart || e instanceof SentenceEnd)) {
				return literalsOnly(e) ? elements.subList(i + 1, elements.size()) : null;
			}
		}
		return null;
	}

	private static boolean literalsOnly(PatternElement element) {
		return switch (element) {
		case Literal l -> true;
		case Capture c -> literalsOnly(c.element());
		case Alternation a -> a.alternatives().stream().allMatch(CompiledRule::literalsOnly);
		default -> false;
		};
	}

	/**
	 * What the first token after the leading literals must be, given the elements that follow them: the first
	 * tokens of what they consume, or of a lookahead that must hold there. False when any token will do or none
	 * (the match can end there).
	 */
	private boolean follow(List<PatternElement> rest, BitSet ids, Set<TokenClass> classes, Set<String> types) {
		for (PatternElement e : rest) {
			First f;
			if (e instanceof Context c) {
				if (c.before() || c.negated()) {
					continue; // says nothing of the next token
				}
				f = first(c.element(), ids, classes, types);
			} else if (e instanceof SentenceStart) {
				continue;
			} else if (e instanceof SentenceEnd) {
				return false; // no next token at all
			} else {
				f = first(e, ids, classes, types);
			}
			if (f.any) {
				return false;
			}
			if (!f.canBeEmpty) {
				return true; // (a test for ANY is f.any above: first() adds no class for it)
			}
		}
		return false;
	}

	/** The literals (as id sequences) one of which starts every match of the element, or null. */
	private List<int[]> leadingLiterals(PatternElement element) {
		return switch (element) {
		case Literal l -> {
			int[] ids = new int[l.tokens().size()];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = vocabulary.intern(options.keys().fold(l.tokens().get(i)));
			}
			yield List.of(ids);
		}
		case Capture c -> leadingLiterals(c.element());
		case Sequence s -> {
			for (PatternElement e : s.elements()) {
				if (e instanceof Context || e instanceof SentenceStart || e instanceof SentenceEnd) {
					continue; // consumes nothing: the first token is the next element's
				}
				yield lengthRange(e)[0] == 0 ? null : leadingLiterals(e);
			}
			yield null;
		}
		case Alternation a -> {
			List<int[]> all = new ArrayList<>();
			for (PatternElement e : a.alternatives()) {
				List<int[]> l = leadingLiterals(e);
				if (l == null) {
					yield null;
				}
				all.addAll(l);
			}
			yield all;
		}
		case Repeat r -> r.min() >= 1 ? leadingLiterals(r.element()) : null;
		default -> null;
		};
	}

	/** What the first consumed token of an element can be. */
	private record First(boolean any, boolean canBeEmpty) {
	}

	private First first(PatternElement element) {
		return first(element, firstIds, firstClasses, firstTypes);
	}

	/** {@link #first(PatternElement)} into the given sets. */
	private First first(PatternElement element, BitSet ids, Set<TokenClass> classes, Set<String> types) {
		return switch (element) {
		case Literal l -> {
			ids.set(vocabulary.intern(options.keys().fold(l.tokens().get(0))));
			yield new First(false, false);
		}
		case LexiconRef r -> {
			for (int id : lexiconsByName.get(r.lexicon()).firstSyllables()) {
				ids.set(id);
			}
			yield new First(false, false);
		}
		case EntityRef e -> {
			types.add(e.type());
			yield new First(false, false);
		}
		case TokenClassTest c -> {
			if (c.tokenClass() == TokenClass.ANY) {
				yield new First(true, false);
			}
			classes.add(c.tokenClass());
			yield new First(false, false);
		}
		case TokenRegex r -> new First(true, false);
		case Sequence s -> {
			boolean any = false;
			for (PatternElement e : s.elements()) {
				First f = first(e, ids, classes, types);
				any |= f.any;
				if (!f.canBeEmpty) {
					yield new First(any, false);
				}
			}
			yield new First(any, true);
		}
		case Capture c -> first(c.element(), ids, classes, types);
		case Alternation a -> {
			boolean any = false;
			boolean empty = false;
			for (PatternElement e : a.alternatives()) {
				First f = first(e, ids, classes, types);
				any |= f.any;
				empty |= f.canBeEmpty;
			}
			yield new First(any, empty);
		}
		case Repeat r -> {
			First f = first(r.element(), ids, classes, types);
			yield new First(f.any, f.canBeEmpty || r.min() == 0);
		}
		case Context c -> new First(false, true);
		case SentenceStart s -> new First(false, true);
		case SentenceEnd s -> new First(false, true);
		};
	}

	/**
	 * What the last consumed token of an element can be: {@code constrained} when it must have one of the ids added
	 * (false for a class, an entity, a regex), {@code canBeEmpty} when the element can consume nothing.
	 */
	private record Last(boolean constrained, boolean canBeEmpty) {
	}

	/** {@link Last} of an element, its ids added to {@code ids}. */
	private Last last(PatternElement element, BitSet ids) {
		return switch (element) {
		case Literal l -> {
			ids.set(vocabulary.intern(options.keys().fold(l.tokens().get(l.tokens().size() - 1))));
			yield new Last(true, false);
		}
		case LexiconRef r -> {
			for (int id : lexiconsByName.get(r.lexicon()).lastSyllables()) {
				ids.set(id);
			}
			yield new Last(true, false);
		}
		case EntityRef e -> new Last(false, false);
		case TokenClassTest c -> new Last(false, false);
		case TokenRegex r -> new Last(false, false);
		case Sequence s -> {
			for (int i = s.elements().size() - 1; i >= 0; i--) {
				Last l = last(s.elements().get(i), ids);
				if (!l.constrained || !l.canBeEmpty) {
					yield l;
				}
			}
			yield new Last(true, true);
		}
		case Capture c -> last(c.element(), ids);
		case Alternation a -> {
			boolean constrained = true;
			boolean empty = false;
			for (PatternElement e : a.alternatives()) {
				Last l = last(e, ids);
				constrained &= l.constrained;
				empty |= l.canBeEmpty;
			}
			yield new Last(constrained, empty);
		}
		case Repeat r -> {
			Last l = last(r.element(), ids);
			yield new Last(l.constrained, l.canBeEmpty || r.min() == 0);
		}
		case Context c -> new Last(true, true);
		case SentenceStart s -> new Last(true, true);
		case SentenceEnd s -> new Last(true, true);
		};
	}

	/** The entity proposal of this rule's {@code action} (a {@link MarkEntity}) over tokens {@code [start, end)}. */
	EntityProposal entityProposal(String documentId, int action, int start, int end, int startChar, int endChar,
			String value) {
		return new EntityProposal(documentId, this, action, start, end, startChar, endChar, value);
	}

	/** The entity type of this rule's {@code action}, or null when it marks none. */
	String markType(int action) {
		return markTypes[action];
	}

	static Map<String, Integer> newTypeIds() {
		return new HashMap<>();
	}
}
