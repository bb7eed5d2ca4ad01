package org.dipanno.engine.patterns;

import java.util.Arrays;
import java.util.List;

import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.engine.lexicon.VietnameseKeys;
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

/** Short constructors of the pattern IR. Literals are split into tokens as the text layer cuts them ({@link VietnameseKeys}). */
public final class Patterns {

	private Patterns() {
	}

	public static Literal literal(String phrase) {
		return literal(phrase, VietnameseKeys.INSTANCE);
	}

	public static Literal literal(String phrase, MatchingKeys keys) {
		return new Literal(keys.split(phrase), false);
	}

	public static Literal exact(String phrase) {
		return new Literal(VietnameseKeys.INSTANCE.split(phrase), true);
	}

	public static LexiconRef lexicon(String name) {
		return new LexiconRef(name);
	}

	public static EntityRef entity(String type) {
		return new EntityRef(type);
	}

	public static TokenClassTest token(TokenClass tokenClass) {
		return new TokenClassTest(tokenClass);
	}

	public static TokenRegex regex(String regex) {
		return new TokenRegex(regex);
	}

	public static Repeat optional(PatternElement element) {
		return new Repeat(element, 0, 1);
	}

	public static Repeat repeat(PatternElement element, int min, int max) {
		return new Repeat(element, min, max);
	}

	public static Alternation anyOf(PatternElement... alternatives) {
		return new Alternation(Arrays.asList(alternatives));
	}

	public static Sequence sequence(PatternElement... elements) {
		return new Sequence(Arrays.asList(elements));
	}

	public static Sequence sequence(List<PatternElement> elements) {
		return new Sequence(elements);
	}

	public static Capture capture(String name, PatternElement element) {
		return new Capture(name, element);
	}

	public static Context before(PatternElement element) {
		return new Context(element, true, false);
	}

	public static Context notBefore(PatternElement element) {
		return new Context(element, true, true);
	}

	public static Context after(PatternElement element) {
		return new Context(element, false, false);
	}

	public static Context notAfter(PatternElement element) {
		return new Context(element, false, true);
	}

	public static SentenceStart sentenceStart() {
		return new SentenceStart();
	}

	public static SentenceEnd sentenceEnd() {
		return new SentenceEnd();
	}
}
