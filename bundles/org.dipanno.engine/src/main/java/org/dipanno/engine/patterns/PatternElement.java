package org.dipanno.engine.patterns;

import java.util.List;
import java.util.Objects;

/**
 * The engine's pattern IR: a tree of elements matched against a token sequence, left to right, greedy with
 * backtracking (like a regular expression whose "characters" are tokens). The rule language compiles to this;
 * tests and benchmarks build it with {@link Patterns}.
 */
public sealed interface PatternElement {

	/** A sequence of tokens compared on folded keys, or written exactly as given when {@code exact}. */
	record Literal(List<String> tokens, boolean exact) implements PatternElement {
		public Literal {
			tokens = List.copyOf(tokens);
			if (tokens.isEmpty()) {
				throw new IllegalArgumentException("A literal needs at least one token");
			}
		}
	}

	/** Any entry of the named lexicon; longer entries are tried first. */
	record LexiconRef(String lexicon) implements PatternElement {
		public LexiconRef {
			Objects.requireNonNull(lexicon, "lexicon name");
		}
	}

	/** A mention of the given type found by an earlier stage, covering whole tokens. */
	record EntityRef(String type) implements PatternElement {
		public EntityRef {
			Objects.requireNonNull(type, "entity type");
		}
	}

	/** One token of a class. */
	record TokenClassTest(TokenClass tokenClass) implements PatternElement {
		public TokenClassTest {
			Objects.requireNonNull(tokenClass, "token class");
		}
	}

	/** One token whose whole text matches a java.util.regex expression. */
	record TokenRegex(String regex) implements PatternElement {
		public TokenRegex {
			Objects.requireNonNull(regex, "regex");
		}
	}

	/** {@code element{min,max}}, greedy; {@code max = UNBOUNDED} for no upper bound. */
	record Repeat(PatternElement element, int min, int max) implements PatternElement {
		public static final int UNBOUNDED = -1;

		public Repeat {
			Objects.requireNonNull(element, "repeated element");
			if (min < 0 || (max != UNBOUNDED && max < min)) {
				throw new IllegalArgumentException("Bad repetition bounds {" + min + "," + max + "}");
			}
		}
	}

	/** The first alternative that lets the whole pattern match wins. */
	record Alternation(List<PatternElement> alternatives) implements PatternElement {
		public Alternation {
			alternatives = List.copyOf(alternatives);
			if (alternatives.isEmpty()) {
				throw new IllegalArgumentException("An alternation needs at least one alternative");
			}
		}
	}

	/** Elements one after another (a group). */
	record Sequence(List<PatternElement> elements) implements PatternElement {
		public Sequence {
			elements = List.copyOf(elements);
		}
	}

	/** Names the tokens matched by an element, for actions. */
	record Capture(String name, PatternElement element) implements PatternElement {
		public Capture {
			Objects.requireNonNull(name, "capture name");
			Objects.requireNonNull(element, "captured element");
		}
	}

	/**
	 * Context that must (or, when {@code negated}, must not) directly precede ({@code before}) or follow the
	 * current position; it is not part of the match. Context never reaches outside the sentence.
	 */
	record Context(PatternElement element, boolean before, boolean negated) implements PatternElement {
		public Context {
			Objects.requireNonNull(element, "context element");
		}
	}

	/** Zero-width: the position is the start of a sentence. */
	record SentenceStart() implements PatternElement {
	}

	/** Zero-width: the position is the end of a sentence. */
	record SentenceEnd() implements PatternElement {
	}
}
