package org.dipanno.engine.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dipanno.engine.lexicon.Lexicon;

/**
 * A rule's pattern as a program for the {@link TokenMatcher}: a flat int code array in the style of a backtracking
 * regex machine (an opcode, then its operands), and the tables its instructions refer to by index. Made by
 * {@link ProgramEmitter}; not changed afterwards.
 */
final class Program {

	/** Opcodes, each followed by its operands (see {@link ProgramEmitter}). */
	static final int MATCH = 0, LIT = 1, LEX = 2, ENT = 3, CLS = 4, RGX = 5, SPLIT = 6, JMP = 7, SAVE = 8, CTX = 9,
			SSTART = 10, SEND = 11;

	final int[] code;
	/** Per LIT: the literal's folded syllable ids, its written tokens, and whether they must be written so. */
	final List<int[]> literalIds;
	final List<String[]> literalSurface;
	final List<Boolean> literalExact;
	/** Per LEX: the lexicon. */
	final List<Lexicon> lexicons;
	/** Per RGX: the regex, and its loop form when it is one character class with a quantifier, else null. */
	final List<Pattern> regexes;
	final CharClassRegex[] charClassRegexes;
	/** Per CTX: {startPc, before ? 1 : 0, negated ? 1 : 0, maxLength or -1, minLength}. */
	final List<int[]> contexts;
	/**
	 * Per context, the syllable ids its first token must have, or null when it can start otherwise (a class, an
	 * entity, anything, or nothing): the matcher does not run a context where its first token cannot be.
	 */
	final List<BitSet> contextFirstIds;
	/**
	 * Per context, the syllable ids its last token must have, or null when it can end otherwise: a lookbehind is not
	 * run at all unless the token before has one (a negated one, such as "not after a title", then holds at once).
	 */
	final List<BitSet> contextLastIds;
	/**
	 * Per context, its lexicons when it is one lexicon reference or alternatives of them, else null: a lookbehind
	 * then asks each lexicon whether an entry ends there rather than running the context's program (one step charged
	 * per lexicon asked).
	 */
	final List<Lexicon[]> contextLexicons;
	/** Capture names by index (captures {@code 2i} and {@code 2i+1} of the matcher hold capture i's tokens). */
	final Map<String, Integer> captureIndex;
	final int captureCount;
	/** Lexicon references of the main program whose entries a match remembers (for lexicon values), and how many. */
	final List<Lexicon> slotLexicons;
	final int lexiconSlots;

	Program(int[] code, List<int[]> literalIds, List<String[]> literalSurface, List<Boolean> literalExact,
			List<Lexicon> lexicons, List<Pattern> regexes, CharClassRegex[] charClassRegexes, List<int[]> contexts,
			List<BitSet> contextFirstIds, List<BitSet> contextLastIds, List<Lexicon[]> contextLexicons,
			Map<String, Integer> captureIndex, List<Lexicon> slotLexicons) {
		this.code = code;
		this.literalIds = literalIds;
		this.literalSurface = literalSurface;
		this.literalExact = literalExact;
		this.lexicons = lexicons;
		this.regexes = regexes;
		this.charClassRegexes = charClassRegexes;
		this.contexts = contexts;
		this.contextFirstIds = contextFirstIds;
		this.contextLastIds = contextLastIds;
		this.contextLexicons = contextLexicons;
		this.captureIndex = captureIndex;
		this.captureCount = captureIndex.size();
		this.slotLexicons = slotLexicons;
		this.lexiconSlots = slotLexicons.size();
	}
}
