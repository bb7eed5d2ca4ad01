package org.dipanno.engine.internal;

import static org.dipanno.engine.internal.Program.CLS;
import static org.dipanno.engine.internal.Program.CTX;
import static org.dipanno.engine.internal.Program.ENT;
import static org.dipanno.engine.internal.Program.JMP;
import static org.dipanno.engine.internal.Program.LEX;
import static org.dipanno.engine.internal.Program.LIT;
import static org.dipanno.engine.internal.Program.MATCH;
import static org.dipanno.engine.internal.Program.RGX;
import static org.dipanno.engine.internal.Program.SAVE;
import static org.dipanno.engine.internal.Program.SEND;
import static org.dipanno.engine.internal.Program.SPLIT;
import static org.dipanno.engine.internal.Program.SSTART;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.dipanno.engine.Rule;
import org.dipanno.engine.RuleCompilationException;
import org.dipanno.engine.lexicon.Lexicon;
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

/**
 * Emits a rule's pattern as a {@link Program}: the main program ending in MATCH, then each context's sub-program,
 * each ending in its own MATCH. Alternatives and optional repetitions become SPLIT (try the next instruction, else
 * jump) and JMP; captures become SAVE pairs; a bounded repetition is unrolled.
 */
final class ProgramEmitter {

	/** Most repetitions a bounded {m,n} may unroll to. */
	private static final int MAX_UNROLLED_REPETITIONS = 256;

	private final Rule rule;
	private final PatternAnalysis analysis;
	private final Map<String, Lexicon> lexiconsByName;
	private final Map<String, Integer> typeIds;
	private final boolean shortcuts;
	/** Entity types the pattern refers to. */
	private final Set<String> consumedTypes;

	private int[] code = new int[64];
	private int codeLength;
	private final List<int[]> literalIds = new ArrayList<>();
	private final List<String[]> literalSurface = new ArrayList<>();
	private final List<Boolean> literalExact = new ArrayList<>();
	private final List<Lexicon> lexicons = new ArrayList<>();
	private final List<Pattern> regexes = new ArrayList<>();
	private CharClassRegex[] charClassRegexes = new CharClassRegex[0];
	private final List<int[]> contexts = new ArrayList<>();
	private final List<PatternElement> pendingContexts = new ArrayList<>();
	private final Map<String, Integer> captureIndex = new LinkedHashMap<>();
	private final List<Lexicon> slotLexicons = new ArrayList<>();

	/**
	 * @param typeIds        entity types' ids: a type the pattern refers to gets one if it has none yet
	 * @param consumedTypes  receives the entity types the pattern refers to
	 * @param shortcuts      whether to analyse contexts for the matcher's shortcuts (first and last ids, lexicons)
	 */
	ProgramEmitter(Rule rule, PatternAnalysis analysis, Map<String, Lexicon> lexiconsByName,
			Map<String, Integer> typeIds, Set<String> consumedTypes, boolean shortcuts) {
		this.rule = rule;
		this.analysis = analysis;
		this.lexiconsByName = lexiconsByName;
		this.typeIds = typeIds;
		this.consumedTypes = consumedTypes;
		this.shortcuts = shortcuts;
	}

	/** The rule's program. */
	Program emit() {
		emit(rule.pattern(), false);
		add(MATCH);
		List<BitSet> contextFirstIds = new ArrayList<>();
		List<BitSet> contextLastIds = new ArrayList<>();
		List<Lexicon[]> contextLexicons = new ArrayList<>();
		for (int i = 0; i < pendingContexts.size(); i++) {
			PatternElement context = pendingContexts.get(i);
			contexts.get(i)[0] = codeLength;
			emit(context, true);
			add(MATCH);
			contextFirstIds.add(shortcuts ? analysis.firstIdsOnly(context) : null);
			contextLastIds.add(shortcuts ? analysis.lastIdsOnly(context) : null);
			contextLexicons.add(shortcuts ? analysis.lexiconsOnly(context) : null);
		}
		return new Program(Arrays.copyOf(code, codeLength), literalIds, literalSurface, literalExact, lexicons,
				regexes, charClassRegexes, contexts, contextFirstIds, contextLastIds, contextLexicons, captureIndex,
				slotLexicons);
	}

	private RuleCompilationException problem(String message) {
		return new RuleCompilationException("Rule " + rule.provenance() + ": " + message);
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
			literalIds.add(analysis.ids(l));
			literalSurface.add(l.tokens().toArray(new String[0]));
			literalExact.add(l.exact());
			add(LIT);
			add(literalIds.size() - 1);
		}
		case LexiconRef r -> emitLexicon(r, inContext);
		case EntityRef e -> {
			consumedTypes.add(e.type());
			add(ENT);
			add(typeIds.computeIfAbsent(e.type(), t -> typeIds.size()));
		}
		case TokenClassTest c -> {
			add(CLS);
			add(c.tokenClass().ordinal());
		}
		case TokenRegex r -> emitRegex(r);
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
		case Alternation a -> emitAlternation(a, inContext);
		case Repeat r -> emitRepeat(r, inContext);
		case Context c -> {
			if (inContext) {
				throw problem("context inside context is not supported");
			}
			int[] length = analysis.lengthRange(c.element());
			contexts.add(new int[] { -1, c.before() ? 1 : 0, c.negated() ? 1 : 0, length[1], length[0] });
			pendingContexts.add(c.element());
			add(CTX);
			add(contexts.size() - 1);
		}
		case SentenceStart s -> add(SSTART);
		case SentenceEnd s -> add(SEND);
		}
	}

	/** LEX lexicon slot: the slot (-1 in a context) remembers the entry for a lexicon value. */
	private void emitLexicon(LexiconRef r, boolean inContext) {
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
			add(slotLexicons.size());
			slotLexicons.add(lexicon);
		}
	}

	private void emitRegex(TokenRegex r) {
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

	/** SPLIT next, else the next alternative; each alternative but the last ends with JMP to the end. */
	private void emitAlternation(Alternation a, boolean inContext) {
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

	/** The required repetitions, then a loop (unbounded) or the optional ones unrolled, each able to exit. */
	private void emitRepeat(Repeat r, boolean inContext) {
		for (int i = 0; i < r.min(); i++) {
			emit(r.element(), inContext);
		}
		if (r.max() == Repeat.UNBOUNDED) {
			if (analysis.lengthRange(r.element())[0] == 0) {
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
}
