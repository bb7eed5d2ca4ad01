package org.dipanno.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dipanno.engine.EngineOptions;
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
import org.dipanno.engine.patterns.PatternElement.TokenClassTest;
import org.dipanno.engine.patterns.PatternElement.TokenRegex;
import org.dipanno.engine.patterns.TokenClass;

/**
 * What a pattern says about where it can match, found before any document is seen ({@link FastPaths}): the first
 * and last tokens of its matches, the tokens every match needs and where, the phrases its matches start with and
 * what follows them. The engine uses it to try a rule only where it can match; the machine gives the same results
 * without it (ShortcutEquivalenceTest).
 */
final class PatternAnalysis {

	/** Most ids a required set may have: beyond this, looking for them would cost more than it saves. */
	private static final int MAX_REQUIRED_IDS = 64;
	/** Widest window, and most ids, a rule checks by looking at the tokens around its start. */
	private static final int MAX_SCANNED_WINDOW = 8;
	private static final int MAX_SCANNED_IDS = 4;
	/** Widest window of starts a rule is scheduled at for one required token. */
	private static final int MAX_SCHEDULED_WINDOW = 16;
	/** Most alternative phrases a rule's start is compared with before it is tried. */
	private static final int MAX_LEADING_LITERALS = 16;
	/** An offset without bound (an unbounded repetition or lookbehind). */
	static final int FAR = 1 << 30;

	private final Map<String, Lexicon> lexiconsByName;
	private final SyllableVocabulary vocabulary;
	private final EngineOptions options;

	PatternAnalysis(Map<String, Lexicon> lexiconsByName, SyllableVocabulary vocabulary, EngineOptions options) {
		this.lexiconsByName = lexiconsByName;
		this.vocabulary = vocabulary;
		this.options = options;
	}

	/** A literal's tokens as folded syllable ids (interned). */
	int[] ids(Literal literal) {
		int[] ids = new int[literal.tokens().size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = vocabulary.intern(options.keys().fold(literal.tokens().get(i)));
		}
		return ids;
	}

	/**
	 * The fast paths of a rule's pattern; without {@code shortcuts} only its first tokens (the rule is then tried
	 * wherever its first token fits).
	 */
	FastPaths analyze(PatternElement pattern, boolean shortcuts) {
		FastPaths f = new FastPaths();
		First first = first(pattern, f.firstIds, f.firstClasses, f.firstTypes);
		f.firstAny = first.any || first.canBeEmpty;
		for (TokenClass c : f.firstClasses) {
			f.firstClassBits |= 1 << c.ordinal();
		}
		if (shortcuts) {
			requirement(pattern, f);
			leadingLiteralsAndFollow(pattern, f);
			phrasesAfterFirst(pattern, f);
		}
		return f;
	}

	private void requirement(PatternElement pattern, FastPaths f) {
		Requirement required = required(pattern, 0, 0);
		if (required != null && required.from == 0 && required.to == 0 && !f.firstAny && f.firstClasses.isEmpty()
				&& f.firstTypes.isEmpty() && f.firstIds.stream().allMatch(required.ids::contains)) {
			required = null; // the first-token index tries the rule only where it holds already
		}
		if (required != null && !f.firstAny && (required.from <= -FAR || required.to >= FAR)) {
			// Anywhere later (or earlier) in the sentence: that holds at most starts the first-token index gives,
			// and finding out costs a scan of the sentence.
			required = null;
		}
		if (required == null) {
			return;
		}
		f.requiredIds = required.ids.stream().mapToInt(Integer::intValue).sorted().toArray();
		int[][][] phrases = new int[f.requiredIds.length][][];
		boolean any = false;
		for (int k = 0; k < f.requiredIds.length; k++) {
			Set<List<Integer>> p = required.phrases.get(f.requiredIds[k]);
			if (!p.contains(List.of(f.requiredIds[k]))) {
				phrases[k] = p.stream().sorted(Comparator.comparing(List::toString))
						.map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
				any = true;
			}
		}
		f.requiredPhrases = any ? phrases : null;
		f.requiredFrom = required.from;
		f.requiredTo = required.to;
		// A rule indexed by first-token ids is tried at few tokens already; one indexed by a class (CAPITALIZED,
		// NUMBER) or tried everywhere is better placed by its required tokens.
		f.scheduled = f.firstIds.isEmpty() && required.from > -FAR && required.to < FAR
				&& required.to - required.from <= MAX_SCHEDULED_WINDOW;
		f.requirementScanned = !f.scheduled && (long) required.to - required.from < MAX_SCANNED_WINDOW
				&& f.requiredIds.length <= MAX_SCANNED_IDS;
	}

	private void leadingLiteralsAndFollow(PatternElement pattern, FastPaths f) {
		List<int[]> leading = leadingLiterals(pattern);
		if (leading == null || leading.size() > MAX_LEADING_LITERALS) {
			return;
		}
		if (leading.stream().anyMatch(l -> l.length > 1)) {
			f.leadingLiterals = leading.toArray(int[][]::new);
		}
		List<PatternElement> rest = afterLeadingLiterals(pattern);
		if (rest != null && leading.stream().allMatch(l -> l.length == leading.get(0).length)) {
			Set<TokenClass> classes = new LinkedHashSet<>();
			if (follow(rest, f.followIds, classes, f.followTypes)) {
				f.followOffset = leading.get(0).length;
				for (TokenClass c : classes) {
					f.followClassBits |= 1 << c.ordinal();
				}
			}
		}
	}

	private void phrasesAfterFirst(PatternElement pattern, FastPaths f) {
		FirstThenPhrases start = firstThenPhrases(pattern);
		if (start != null && start.phrases.size() <= MAX_LEADING_LITERALS) {
			int[][] phrases = start.phrases.toArray(int[][]::new);
			if (start.first instanceof EntityRef) {
				f.literalsAfterEntity = phrases;
			} else if (start.first instanceof LexiconRef r) {
				f.literalsAfterLexicon = phrases;
				f.leadingLexicon = lexiconsByName.get(r.lexicon());
			}
		}
	}

	/** The ids a context's first token must have, or null when it can start otherwise (or consume nothing). */
	BitSet firstIdsOnly(PatternElement context) {
		BitSet ids = new BitSet();
		Set<TokenClass> classes = new LinkedHashSet<>();
		Set<String> types = new LinkedHashSet<>();
		First first = first(context, ids, classes, types);
		return !first.any && !first.canBeEmpty && classes.isEmpty() && types.isEmpty() ? ids : null;
	}

	/** The ids a context's last token must have, or null when it can end otherwise (or consume nothing). */
	BitSet lastIdsOnly(PatternElement context) {
		BitSet ids = new BitSet();
		Last last = last(context, ids);
		return last.constrained && !last.canBeEmpty ? ids : null;
	}

	/** The lexicons of a lexicon reference or of alternatives that are all lexicon references, else null. */
	Lexicon[] lexiconsOnly(PatternElement element) {
		List<PatternElement> alternatives = element instanceof Alternation a ? a.alternatives() : List.of(element);
		if (!alternatives.stream().allMatch(e -> e instanceof LexiconRef)) {
			return null;
		}
		return alternatives.stream().map(e -> lexiconsByName.get(((LexiconRef) e).lexicon())).toArray(Lexicon[]::new);
	}

	/** {min, max} tokens an element can match; max -1 when unbounded. */
	int[] lengthRange(PatternElement element) {
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

		/**
		 * Whether this requirement filters more than another: one on the first token says little beyond the
		 * first-token index, then fewer ids, then a narrower window.
		 */
		boolean betterThan(Requirement b) {
			boolean aFirst = from == 0 && to == 0;
			boolean bFirst = b.from == 0 && b.to == 0;
			if (aFirst != bFirst) {
				return bFirst;
			}
			if (ids.size() != b.ids.size()) {
				return ids.size() < b.ids.size();
			}
			return (long) to - from < (long) b.to - b.from;
		}

		/** How many (id, start) pairs the requirement lets through: ids times the width of its window. */
		long cost() {
			return ids.size() * ((long) to - from + 1);
		}
	}

	private Requirement required(PatternElement element, int from, int to) {
		Requirement requirement = switch (element) {
		case Literal l -> {
			List<Integer> phrase = Arrays.stream(ids(l)).boxed().toList();
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
				if (r != null && (best == null || r.betterThan(best))) {
					best = r;
				}
				int[] length = lengthRange(e);
				at = Math.min(FAR, at + length[0]);
				atMost = length[1] < 0 ? FAR : Math.min(FAR, atMost + length[1]);
			}
			yield best;
		}
		case Alternation a -> requiredOfAll(a, from, to);
		case Repeat r -> r.min() >= 1 ? required(r.element(), from, to) : null;
		case Capture c -> required(c.element(), from, to);
		case Context c -> c.negated() ? null : c.before() ? requiredBefore(c, from, to) : required(c.element(), from, to);
		case EntityRef e -> null;
		case TokenClassTest c -> null;
		case TokenRegex r -> null;
		case SentenceStart s -> null;
		case SentenceEnd s -> null;
		};
		return requirement == null || requirement.ids.isEmpty() || requirement.ids.size() > MAX_REQUIRED_IDS ? null
				: requirement;
	}

	/** The union of the alternatives' requirements, or null when one has none. */
	private Requirement requiredOfAll(Alternation a, int from, int to) {
		Set<Integer> union = new HashSet<>();
		Map<Integer, Set<List<Integer>>> phrases = new HashMap<>();
		int lowest = FAR;
		int highest = -FAR;
		for (PatternElement e : a.alternatives()) {
			Requirement r = required(e, from, to);
			if (r == null) {
				return null;
			}
			union.addAll(r.ids);
			r.phrases.forEach((id, p) -> phrases.computeIfAbsent(id, k -> new HashSet<>()).addAll(p));
			lowest = Math.min(lowest, r.from);
			highest = Math.max(highest, r.to);
		}
		// An id known alone in one alternative is only that: its phrases from the others say nothing more.
		phrases.replaceAll((id, p) -> p.contains(List.of(id)) ? Set.of(List.of(id)) : p);
		return new Requirement(union, lowest, highest, phrases);
	}

	/**
	 * A lookbehind's requirement: it ends where it is checked, so it starts between its longest and its shortest
	 * length before, and its last token is right before. The latter is usually the narrower window.
	 */
	private Requirement requiredBefore(Context c, int from, int to) {
		int[] length = lengthRange(c.element());
		Requirement inside = required(c.element(), length[1] < 0 ? -FAR : Math.max(-FAR, from - length[1]),
				to - length[0]);
		BitSet lastIds = new BitSet();
		Last last = last(c.element(), lastIds);
		if (!last.constrained || last.canBeEmpty || lastIds.cardinality() > MAX_REQUIRED_IDS) {
			return inside;
		}
		Requirement end = Requirement.ofIds(lastIds.stream().boxed().collect(Collectors.toSet()), from - 1, to - 1);
		return inside == null || end.cost() <= inside.cost() ? end : inside;
	}

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
	 * matches exactly one of the leading literals); else null.
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
		case Alternation a -> a.alternatives().stream().allMatch(PatternAnalysis::literalsOnly);
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
		case Literal l -> List.of(ids(l));
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

	/** {@link First} of an element, its ids, classes and entity types added to the given sets. */
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
}
