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

import java.util.Arrays;
import java.util.BitSet;
import java.util.regex.Matcher;

import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.patterns.TokenClass;
import org.dipanno.text.TokenKind;

/**
 * Runs compiled rule programs over one document: a backtracking machine over tokens with an explicit stack
 * (no recursion except for context checks, no allocation per step). Every instruction, backtrack and regex
 * character read takes one step from the current rule's budget.
 */
final class TokenMatcher {

	private static final TokenKind[] KINDS = TokenKind.values();
	private static final int FRAME = 6;
	private static final int F_CHOICE = 1, F_UNDO_CAPTURE = 2, F_UNDO_LEXICON = 3, F_LEXICON_ALTERNATIVE = 4;

	/*
	 * The document's arrays: set by reset, sized for the largest document this matcher has seen (a thread reuses
	 * one matcher for its documents); only the first tokenCount entries are the current document's.
	 */
	EngineDocument doc;
	String text;
	int[] ids;
	int tokenCount;
	private int[] starts = new int[0];
	private int[] ends = new int[0];
	private int[] sentence = new int[0];
	private byte[] kinds = new byte[0];
	/** {@link org.dipanno.text.ZoneKind} ordinals of the tokens. */
	byte[] zones = new byte[0];
	/** Mentions accepted so far: type id and end token of the mention starting at a token, or -1. */
	int[] mentionType = new int[0];
	int[] mentionEnd = new int[0];

	int segmentStart;
	int segmentEnd;
	long budget;

	int[] captures = new int[16];
	int[] lexiconSlots = new int[12];
	private int[] stack = new int[FRAME * 64];
	private int sp;
	private int[] endsBuffer = new int[8];
	private int[] nodesBuffer = new int[8];
	private final TokenText tokenText = new TokenText();
	private CompiledRule rule;
	/** The current rule's program. */
	private Program program;
	private Matcher[] regexMatchers;

	/** Each token's {@link EngineDocument#letterCase} bits. */
	private byte[] letterCases = new byte[0];
	/** {@link TokenClass} bits by {@code kind ordinal << 3 | letter case bits}. */
	private static final int[] CLASS_BITS = classBitsTable();
	private final Matcher[][] matchersByRule;

	TokenMatcher(int ruleCount) {
		this.matchersByRule = new Matcher[ruleCount][];
	}

	TokenMatcher(EngineDocument doc, int[] ids, int ruleCount) {
		this(ruleCount);
		reset(doc, ids);
	}

	/** Prepares for a document (the ids of its tokens' keys given), reusing the arrays when they are big enough. */
	void reset(EngineDocument doc, int[] ids) {
		this.doc = doc;
		this.text = doc.text();
		this.ids = ids;
		int n = doc.tokenCount();
		this.tokenCount = n;
		if (starts.length < n) {
			starts = new int[n];
			ends = new int[n];
			sentence = new int[n];
			kinds = new byte[n];
			zones = new byte[n];
			letterCases = new byte[n];
			mentionType = new int[n];
			mentionEnd = new int[n];
		}
		doc.copyTokens(starts, ends, sentence, kinds, letterCases, zones);
		Arrays.fill(mentionType, 0, n, -1);
		Arrays.fill(mentionEnd, 0, n, 0);
		// Regex matchers read the token text through tokenText; made again per document.
		Arrays.fill(matchersByRule, null);
		rule = null;
		program = null;
		regexMatchers = null;
		segmentStart = 0;
		segmentEnd = 0;
		budget = 0;
		sp = 0;
	}

	/** Drops the references to the last document and rule (the arrays stay for the next document). */
	void release() {
		doc = null;
		text = null;
		ids = null;
		rule = null;
		program = null;
		regexMatchers = null;
	}

	int tokenStart(int token) {
		return starts[token];
	}

	int tokenEnd(int token) {
		return ends[token];
	}

	int sentenceOf(int token) {
		return sentence[token];
	}

	/** The classes of a token as a bit set over {@link TokenClass} ordinals. */
	int classBits(int token) {
		return CLASS_BITS[kinds[token] << 3 | letterCases[token]];
	}

	private static int[] classBitsTable() {
		int[] table = new int[KINDS.length << 3];
		for (TokenKind kind : KINDS) {
			for (int letterCase = 0; letterCase < 8; letterCase++) {
				int bits = 1 << TokenClass.ANY.ordinal();
				switch (kind) {
				case WORD -> {
					bits |= 1 << TokenClass.WORD.ordinal();
					if ((letterCase & EngineDocument.CAPITALIZED) != 0) {
						bits |= 1 << TokenClass.CAPITALIZED.ordinal();
					}
					if ((letterCase & EngineDocument.ALL_UPPER) != 0) {
						bits |= 1 << TokenClass.UPPERCASE.ordinal();
					}
					if ((letterCase & EngineDocument.LOWERCASE) != 0) {
						bits |= 1 << TokenClass.LOWERCASE.ordinal();
					}
				}
				case NUMBER -> bits |= 1 << TokenClass.NUMBER.ordinal();
				case DATE, TIME -> bits |= 1 << TokenClass.DATE_LIKE.ordinal();
				case PUNCTUATION -> bits |= 1 << TokenClass.PUNCTUATION.ordinal();
				case SYMBOL -> bits |= 1 << TokenClass.SYMBOL.ordinal();
				}
				table[kind.ordinal() << 3 | letterCase] = bits;
			}
		}
		return table;
	}

	/** Prepares for matching {@code compiled}: scratch arrays and one reusable regex matcher per regex. */
	void useRule(CompiledRule compiled, long remainingBudget) {
		this.rule = compiled;
		this.program = compiled.program;
		this.budget = remainingBudget;
		int captureSlots = 2 * compiled.program.captureCount;
		if (captures.length < captureSlots) {
			captures = new int[captureSlots];
		}
		if (lexiconSlots.length < 3 * compiled.program.lexiconSlots) {
			lexiconSlots = new int[3 * compiled.program.lexiconSlots];
		}
		regexMatchers = matchersByRule[compiled.order];
		if (regexMatchers == null) {
			regexMatchers = new Matcher[compiled.program.regexes.size()];
			for (int i = 0; i < regexMatchers.length; i++) {
				if (compiled.program.charClassRegexes[i] == null) {
					regexMatchers[i] = compiled.program.regexes.get(i).matcher(tokenText);
				}
			}
			matchersByRule[compiled.order] = regexMatchers;
			for (Lexicon lexicon : compiled.program.lexicons) {
				if (endsBuffer.length < lexicon.maxLength()) {
					endsBuffer = new int[lexicon.maxLength()];
					nodesBuffer = new int[lexicon.maxLength()];
				}
			}
		}
	}

	/**
	 * Matches the current rule at {@code start} within the segment {@code [segmentStart, segmentEnd)}; returns the
	 * end token of the first match in priority order, or -1. Captures and lexicon slots hold the match's values.
	 */
	int matchAt(int start) {
		for (int i = 2 * program.captureCount - 1; i >= 0; i--) {
			captures[i] = -1;
		}
		for (int i = 3 * program.lexiconSlots - 1; i >= 0; i--) {
			lexiconSlots[i] = -1;
		}
		sp = 0;
		return rule.singleLexicon ? matchSingleLexicon(start) : run(0, start, -1);
	}

	/**
	 * The longest entry of a lexicon at {@code start} within the segment whose written form fits, as
	 * {@link Lexicon#longestMatchAt} gives it; no step is charged (the caller charges the rule).
	 */
	long longestEntryAt(Lexicon lexicon, int start) {
		return lexicon.longestMatchAt(ids, start, segmentEnd, text, starts, ends);
	}

	/**
	 * The machine's result for a pattern that is one lexicon reference (LEX, MATCH): the longest fitting entry, and
	 * the same steps charged (one for LEX, one for MATCH when it matched).
	 */
	private int matchSingleLexicon(int start) {
		step();
		long match = program.lexicons.get(0).longestMatchAt(ids, start, segmentEnd, text, starts, ends);
		if (match < 0) {
			return -1;
		}
		int end = (int) (match >>> 32);
		lexiconSlots[0] = start;
		lexiconSlots[1] = end;
		lexiconSlots[2] = (int) match;
		step();
		return end;
	}

	private void step() {
		if (--budget < 0) {
			throw new BudgetExceededException();
		}
	}

	private void push(int type, int a, int b, int c, int d, int e) {
		if (sp + FRAME > stack.length) {
			stack = Arrays.copyOf(stack, stack.length * 2);
		}
		stack[sp] = type;
		stack[sp + 1] = a;
		stack[sp + 2] = b;
		stack[sp + 3] = c;
		stack[sp + 4] = d;
		stack[sp + 5] = e;
		sp += FRAME;
	}

	private int run(int startPc, int startPos, int requiredEnd) {
		final int base = sp;
		final int[] code = program.code;
		int pc = startPc;
		int pos = startPos;
		while (true) {
			step();
			boolean ok;
			switch (code[pc]) {
			case MATCH -> {
				if (requiredEnd < 0 || pos == requiredEnd) {
					return pos;
				}
				ok = false;
			}
			case LIT -> {
				int length = literalAt(code[pc + 1], pos);
				ok = length > 0;
				if (ok) {
					pos += length;
					pc += 2;
				}
			}
			case LEX -> {
				int slot = code[pc + 2];
				int valid = lexiconEntriesAt(program.lexicons.get(code[pc + 1]), pos);
				ok = valid > 0;
				if (ok) {
					for (int m = 0; m < valid - 1; m++) {
						push(F_LEXICON_ALTERNATIVE, pc + 3, pos, endsBuffer[m], nodesBuffer[m], slot);
					}
					setLexiconSlot(slot, pos, endsBuffer[valid - 1], nodesBuffer[valid - 1]);
					pos = endsBuffer[valid - 1];
					pc += 3;
				}
			}
			case ENT -> {
				ok = pos < segmentEnd && mentionType[pos] == code[pc + 1] && mentionEnd[pos] <= segmentEnd;
				if (ok) {
					pos = mentionEnd[pos];
					pc += 2;
				}
			}
			case CLS -> {
				ok = pos < segmentEnd && (classBits(pos) & (1 << code[pc + 1])) != 0;
				if (ok) {
					pos++;
					pc += 2;
				}
			}
			case RGX -> {
				ok = pos < segmentEnd && regexMatches(code[pc + 1], pos);
				if (ok) {
					pos++;
					pc += 2;
				}
			}
			case SPLIT -> {
				push(F_CHOICE, code[pc + 2], pos, 0, 0, 0);
				pc = code[pc + 1];
				ok = true;
			}
			case JMP -> {
				pc = code[pc + 1];
				ok = true;
			}
			case SAVE -> {
				int slot = code[pc + 1];
				push(F_UNDO_CAPTURE, slot, captures[slot], 0, 0, 0);
				captures[slot] = pos;
				pc += 2;
				ok = true;
			}
			case CTX -> {
				ok = contextHolds(code[pc + 1], pos);
				if (ok) {
					pc += 2;
				}
			}
			case SSTART -> {
				ok = pos < tokenCount && (pos == 0 || sentence[pos - 1] != sentence[pos]);
				pc++;
			}
			case SEND -> {
				ok = pos > 0 && (pos == tokenCount || sentence[pos - 1] != sentence[pos]);
				pc++;
			}
			default -> throw new IllegalStateException("Bad instruction " + code[pc] + " in rule " + rule.rule.name());
			}
			if (!ok) {
				long resumed = backtrack(base);
				if (resumed < 0) {
					sp = base;
					return -1;
				}
				pc = (int) (resumed >>> 32);
				pos = (int) resumed;
			}
		}
	}

	/**
	 * Backtracks to the latest choice of the run whose frames start at {@code base}, undoing captures and lexicon
	 * slots on the way: the choice's pc and token as {@code pc << 32 | token}, or -1 when there is none left.
	 */
	private long backtrack(int base) {
		while (sp > base) {
			step();
			sp -= FRAME;
			switch (stack[sp]) {
			case F_CHOICE -> {
				return (long) stack[sp + 1] << 32 | stack[sp + 2] & 0xFFFFFFFFL;
			}
			case F_UNDO_CAPTURE -> captures[stack[sp + 1]] = stack[sp + 2];
			case F_UNDO_LEXICON -> {
				int slot = stack[sp + 1];
				lexiconSlots[3 * slot] = stack[sp + 2];
				lexiconSlots[3 * slot + 1] = stack[sp + 3];
				lexiconSlots[3 * slot + 2] = stack[sp + 4];
			}
			case F_LEXICON_ALTERNATIVE -> {
				int pc = stack[sp + 1];
				int from = stack[sp + 2];
				int pos = stack[sp + 3];
				setLexiconSlot(stack[sp + 5], from, pos, stack[sp + 4]);
				return (long) pc << 32 | pos & 0xFFFFFFFFL;
			}
			default -> throw new IllegalStateException("Bad frame " + stack[sp]);
			}
		}
		return -1;
	}

	/** LIT: the literal's length when it is at the token (written as it must be, for an exact one), else 0. */
	private int literalAt(int literal, int pos) {
		int[] lit = program.literalIds.get(literal);
		boolean ok = pos + lit.length <= segmentEnd;
		for (int k = 0; ok && k < lit.length; k++) {
			ok = ids[pos + k] == lit[k];
		}
		if (ok && program.literalExact.get(literal)) {
			String[] surface = program.literalSurface.get(literal);
			for (int k = 0; ok && k < surface.length; k++) {
				ok = text.startsWith(surface[k], starts[pos + k])
						&& ends[pos + k] - starts[pos + k] == surface[k].length();
			}
		}
		return ok ? lit.length : 0;
	}

	/**
	 * LEX: the lexicon's entries at the token, per end the first whose written form fits (exact entries), longest end
	 * last, into {@link #endsBuffer} and {@link #nodesBuffer}; their number.
	 */
	private int lexiconEntriesAt(Lexicon lexicon, int pos) {
		int found = lexicon.matchesAt(ids, pos, segmentEnd, endsBuffer, nodesBuffer);
		int valid = 0;
		for (int m = 0; m < found; m++) {
			int entry = lexicon.fittingEntry(nodesBuffer[m], text, starts, ends, pos);
			if (entry >= 0) {
				endsBuffer[valid] = endsBuffer[m];
				nodesBuffer[valid] = entry;
				valid++;
			}
		}
		return valid;
	}

	/** RGX: whether the regex matches the token's text, a step charged per character read. */
	private boolean regexMatches(int regex, int pos) {
		CharClassRegex charClassRegex = program.charClassRegexes[regex];
		if (charClassRegex != null) {
			long match = charClassRegex.match(text, starts[pos], ends[pos]);
			// A step per character read, as TokenText charges, counted after the loop: a token's few reads, and a
			// rule out of budget is stopped and its match dropped all the same.
			budget -= match >>> 1;
			if (budget < 0) {
				throw new BudgetExceededException();
			}
			return (match & 1) != 0;
		}
		tokenText.range(starts[pos], ends[pos]);
		Matcher matcher = regexMatchers[regex];
		matcher.reset();
		return matcher.matches();
	}

	/** CTX: whether the context holds at the token (a negated one: whether it does not match). */
	private boolean contextHolds(int index, int pos) {
		int[] context = program.contexts.get(index);
		BitSet firstIds = program.contextFirstIds.get(index);
		int saved = sp;
		boolean found = context[1] == 1
				? lookBehind(context, firstIds, program.contextLastIds.get(index), program.contextLexicons.get(index),
						pos)
				: canStart(firstIds, pos) && run(context[0], pos, -1) >= 0;
		sp = saved;
		return found != (context[2] == 1);
	}

	private void setLexiconSlot(int slot, int from, int to, int entry) {
		if (slot < 0) {
			return;
		}
		push(F_UNDO_LEXICON, slot, lexiconSlots[3 * slot], lexiconSlots[3 * slot + 1], lexiconSlots[3 * slot + 2], 0);
		lexiconSlots[3 * slot] = from;
		lexiconSlots[3 * slot + 1] = to;
		lexiconSlots[3 * slot + 2] = entry;
	}

	/** Whether a context whose first token must have one of {@code firstIds} (null: any token) can start at a token. */
	private boolean canStart(BitSet firstIds, int token) {
		if (firstIds == null) {
			return true;
		}
		return token < segmentEnd && ids[token] >= 0 && firstIds.get(ids[token]);
	}

	/** Whether the context sub-program matches some tokens ending exactly at {@code pos}, inside the segment. */
	private boolean lookBehind(int[] context, BitSet firstIds, BitSet lastIds, Lexicon[] lexicons, int pos) {
		if (lastIds != null && (pos <= segmentStart || ids[pos - 1] < 0 || !lastIds.get(ids[pos - 1]))) {
			return false; // no match can end with the token before
		}
		int maxLength = context[3];
		int minLength = context[4];
		int earliest = maxLength < 0 ? segmentStart : Math.max(segmentStart, pos - maxLength);
		int saved = sp;
		for (int from = pos - minLength; from >= earliest; from--) {
			if (!canStart(firstIds, from)) {
				continue;
			}
			if (lexicons != null) {
				for (Lexicon lexicon : lexicons) {
					step();
					if (lexicon.hasEntry(ids, from, pos, text, starts, ends)) {
						return true;
					}
				}
				continue;
			}
			int end = run(context[0], from, pos);
			sp = saved;
			if (end >= 0) {
				return true;
			}
		}
		return false;
	}

	/** A token's text as a CharSequence over the document, charging the rule's budget for every character read. */
	private final class TokenText implements CharSequence {
		private int from;
		private int to;

		void range(int start, int end) {
			this.from = start;
			this.to = end;
		}

		@Override
		public int length() {
			return to - from;
		}

		@Override
		public char charAt(int index) {
			step();
			return text.charAt(from + index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return text.subSequence(from + start, from + end);
		}

		@Override
		public String toString() {
			return text.substring(from, to);
		}
	}
}
