package org.dipanno.engine;

import static org.dipanno.engine.patterns.Patterns.after;
import static org.dipanno.engine.patterns.Patterns.anyOf;
import static org.dipanno.engine.patterns.Patterns.before;
import static org.dipanno.engine.patterns.Patterns.capture;
import static org.dipanno.engine.patterns.Patterns.exact;
import static org.dipanno.engine.patterns.Patterns.lexicon;
import static org.dipanno.engine.patterns.Patterns.literal;
import static org.dipanno.engine.patterns.Patterns.notAfter;
import static org.dipanno.engine.patterns.Patterns.notBefore;
import static org.dipanno.engine.patterns.Patterns.optional;
import static org.dipanno.engine.patterns.Patterns.regex;
import static org.dipanno.engine.patterns.Patterns.repeat;
import static org.dipanno.engine.patterns.Patterns.sentenceEnd;
import static org.dipanno.engine.patterns.Patterns.sentenceStart;
import static org.dipanno.engine.patterns.Patterns.sequence;
import static org.dipanno.engine.patterns.Patterns.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;

import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.PlainTextAnalyzer;
import org.dipanno.text.TokenKind;
import org.dipanno.text.ZoneKind;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.patterns.PatternElement;
import org.dipanno.engine.patterns.TokenClass;
import org.junit.jupiter.api.Test;

/** Each construct of the pattern IR on Vietnamese token sequences from the seeds. */
class PatternMatchingTest {

	private final SyllableVocabulary vocabulary = new SyllableVocabulary();
	private final Lexicon agencies = Lexicon.builder("agencies", vocabulary, VietnameseKeys.INSTANCE)
			.add("Ủy ban Kinh tế").add("Bộ Công Thương").build();

	/** The texts one rule with this pattern marks in {@code text} (all BODY). */
	private List<String> matches(PatternElement pattern, String text) {
		return matches(pattern, DiplomaticRuleSet.snippet("snippet", text), EngineOptions.defaults());
	}

	private List<String> matches(PatternElement pattern, EngineDocument doc, EngineOptions options) {
		Rule rule = Rule.of("probe", "probe.rules", 1, pattern, 0, 1, new MarkEntity("M", null, new NoValue()));
		RuleEngine engine = RuleEngine.compile(List.of(rule), List.of(agencies), options);
		DocumentResult result = engine.run(doc);
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		return DiplomaticRuleSet.texts(result, "M");
	}

	@Test
	void literalMatchesFoldedKeysWhateverTheToneMarkPlacementAndCase() {
		assertEquals(List.of("hoà bình", "HÒA BÌNH", "hòa bình"),
				matches(literal("hòa bình"), "giải quyết hoà bình, HÒA BÌNH và hòa bình nhưng không hoa bình"));
	}

	@Test
	void exactLiteralComparesTheWrittenForm() {
		assertEquals(List.of("APEC"), matches(exact("APEC"), "Diễn đàn APEC, không phải Apec"));
	}

	@Test
	void lexiconReferenceIgnoresTonePlacementInEntries() {
		// The lexicon writes "Ủy" (hook on U), the text "Uỷ" (hook on y) as in article 002.
		assertEquals(List.of("Uỷ ban Kinh tế", "Bộ Công Thương"),
				matches(lexicon("agencies"), "Chủ nhiệm Uỷ ban Kinh tế và Bộ Công Thương"));
	}

	@Test
	void tokenClasses() {
		String text = "tối 23/4, APEC họp 2 ngày tại Bắc Kinh!";
		assertEquals(List.of("APEC", "Bắc", "Kinh"), matches(token(TokenClass.CAPITALIZED), text));
		assertEquals(List.of("APEC"), matches(token(TokenClass.UPPERCASE), text));
		assertEquals(List.of("23/4"), matches(token(TokenClass.DATE_LIKE), text));
		assertEquals(List.of("2"), matches(token(TokenClass.NUMBER), text));
		assertEquals(List.of(",", "!"), matches(token(TokenClass.PUNCTUATION), text));
		// Letter case beyond ASCII, as the document records it for each word.
		String vietnamese = "ĐÀ NẴNG và Đà Nẵng, đà nẵng; iPhone ÔNG 3";
		assertEquals(List.of("ĐÀ", "NẴNG", "Đà", "Nẵng", "ÔNG"), matches(token(TokenClass.CAPITALIZED), vietnamese));
		assertEquals(List.of("ĐÀ", "NẴNG", "ÔNG"), matches(token(TokenClass.UPPERCASE), vietnamese));
		assertEquals(List.of("và", "đà", "nẵng", "iPhone"), matches(token(TokenClass.LOWERCASE), vietnamese));
		assertEquals(9, matches(token(TokenClass.WORD), vietnamese).size());
	}

	@Test
	void regexTestsTheWholeTokenText() {
		assertEquals(List.of("28/8", "16/09/2024"),
				matches(regex("\\d{1,2}/\\d{1,2}(/\\d{4})?"), "Ngày 28/8 năm 2024, cập nhật 16/09/2024"));
	}

	@Test
	void optionalElement() {
		PatternElement date = sequence(literal("ngày"), optional(literal("mùng")), token(TokenClass.DATE_LIKE));
		assertEquals(List.of("ngày 28/8", "ngày mùng 2/9"), matches(date, "ngày 28/8 và ngày mùng 2/9, ngày mai"));
	}

	@Test
	void boundedRepetitionTakesAtMostMaxAndNeedsAtLeastMin() {
		PatternElement twoOrThree = sequence(literal("Bộ trưởng"), repeat(token(TokenClass.CAPITALIZED), 2, 3));
		assertEquals(List.of("Bộ trưởng Vương Văn Đào"), matches(twoOrThree, "Bộ trưởng Vương Văn Đào Minh cho biết"));
		assertEquals(List.of(), matches(twoOrThree, "Bộ trưởng Vương cho biết"));
		assertEquals(List.of("Bộ trưởng Vương Văn"), matches(sequence(literal("Bộ trưởng"),
				repeat(token(TokenClass.CAPITALIZED), 1, 2)), "Bộ trưởng Vương Văn Đào"));
	}

	@Test
	void alternationBacktracksIntoTheNextAlternative() {
		PatternElement pattern = sequence(anyOf(literal("Bộ"), literal("Bộ Công")), literal("Thương"));
		assertEquals(List.of("Bộ Công Thương"), matches(pattern, "Bộ Công Thương"));
	}

	@Test
	void contextBeforeAndAfterIsNotPartOfTheMatch() {
		EngineDocument doc = DiplomaticRuleSet.snippet("003", "Đại sứ Mỹ tại Trung Quốc Nicholas Burns cho biết");
		PatternElement afterCountry = sequence(before(literal("Trung Quốc")), capture("n",
				repeat(token(TokenClass.CAPITALIZED), 1, 3)), after(literal("cho biết")));
		Rule rule = Rule.of("ambassador", "probe.rules", 1, afterCountry, 0, 1,
				new MarkEntity("PERSON", null, new NoValue()));
		DocumentResult result = RuleEngine.compile(List.of(rule), List.of(), EngineOptions.defaults()).run(doc);
		EntityProposal burns = result.entities().get(0);
		assertEquals("Nicholas Burns", burns.text(doc.text()));
		assertEquals(25, burns.start());
		assertEquals(39, burns.end());
		// Without the following "cho biết" the same words do not match.
		assertEquals(List.of(), matches(afterCountry, "Đại sứ Mỹ tại Trung Quốc Nicholas Burns nói"));
	}

	@Test
	void negatedContext() {
		PatternElement notAfterTitle = sequence(notBefore(literal("Bộ trưởng")), literal("Vương Nghị"));
		assertEquals(List.of("Vương Nghị"), matches(notAfterTitle, "Bộ trưởng Vương Nghị và ông Vương Nghị"));
		PatternElement notFollowed = sequence(literal("Trung Quốc"), notAfter(literal("Vương")));
		assertEquals(List.of("Trung Quốc"), matches(notFollowed, "Trung Quốc Vương Văn Đào, Trung Quốc và Mỹ"));
	}

	@Test
	void aLookbehindCanEndWhereItsOptionalOrRepeatedLastPartIsLeftOut() {
		// The engine checks the token before against what a lookbehind can end with: "trưởng" as well as "giao".
		PatternElement afterMinister = sequence(before(sequence(literal("Bộ trưởng"), optional(literal("ngoại giao")))),
				token(TokenClass.CAPITALIZED));
		assertEquals(List.of("Lan", "Minh"), matches(afterMinister, "Bộ trưởng Lan gặp Bộ trưởng ngoại giao Minh"));
		PatternElement afterFormer = sequence(before(sequence(literal("ngài"), repeat(literal("cựu"), 0, 2))),
				token(TokenClass.CAPITALIZED));
		assertEquals(List.of("Lan", "Minh"), matches(afterFormer, "ngài Lan và ngài cựu cựu Minh, cựu Hùng"));
		PatternElement notAfterAgency = sequence(notBefore(anyOf(lexicon("agencies"), literal("ông"))),
				token(TokenClass.CAPITALIZED));
		assertEquals(List.of("Bộ", "Công", "Thương", "Lan"),
				matches(notAfterAgency, "Bộ Công Thương Nam, ông Hà và Lan"));
	}

	@Test
	void matchesNeverCrossASentence() {
		PatternElement capitalRun = repeat(token(TokenClass.CAPITALIZED), 2, 4);
		assertEquals(List.of("Hoa Kỳ", "Quang Cảnh"), matches(capitalRun, "Việt nam và Hoa Kỳ. Quang Cảnh cuộc họp"));
		// Context does not look across either.
		assertEquals(List.of(), matches(sequence(before(literal("Kỳ .")), literal("Quang")), "Hoa Kỳ. Quang cảnh"));
	}

	@Test
	void sentenceStartAndEndAnchors() {
		String text = "Bắc Kinh đón Bộ trưởng. Ông Vương Nghị hội đàm với Blinken";
		assertEquals(List.of("Bắc", "Ông"), matches(sequence(sentenceStart(), token(TokenClass.CAPITALIZED)), text));
		assertEquals(List.of("Blinken"), matches(sequence(token(TokenClass.CAPITALIZED), sentenceEnd()), text));
	}

	@Test
	void onlyTargetZonesAreMatched() {
		String article = "Chính thức khởi động đàm phán Việt Nam - Hoa Kỳ\n\nViệt Nam khẳng định quan hệ với Hoa Kỳ";
		EngineDocument doc = PlainTextAnalyzer.analyze("001", article, VietnameseKeys.INSTANCE);
		assertEquals(ZoneKind.TITLE, doc.zone(0));
		assertEquals(List.of("Hoa Kỳ"), matches(literal("Hoa Kỳ"), doc, EngineOptions.defaults()));
		assertEquals(List.of("Hoa Kỳ", "Hoa Kỳ"), matches(literal("Hoa Kỳ"), doc,
				EngineOptions.defaults().withTargetZones(EnumSet.of(ZoneKind.TITLE, ZoneKind.BODY))));
	}

	@Test
	void aTokenOutsideTheTargetZonesCutsItsSentence() {
		// One sentence "a b c d e" whose middle token is a caption: matches and context stay on either side of it.
		String text = "a b c d e";
		String[] keys = { "a", "b", "c", "d", "e" };
		EngineDocument doc = new EngineDocument("zones", text, new int[] { 0, 2, 4, 6, 8 },
				new int[] { 1, 3, 5, 7, 9 }, keys, new TokenKind[] { TokenKind.WORD, TokenKind.WORD, TokenKind.WORD,
						TokenKind.WORD, TokenKind.WORD },
				new int[5], new ZoneKind[] { ZoneKind.BODY, ZoneKind.BODY, ZoneKind.CAPTION, ZoneKind.BODY, ZoneKind.BODY });
		EngineOptions body = EngineOptions.defaults();
		assertEquals(List.of("a b", "d e"), matches(repeat(token(TokenClass.WORD), 1, 5), doc, body));
		assertEquals(List.of(), matches(literal("b c"), doc, body));
		assertEquals(List.of(), matches(sequence(literal("b"), after(literal("c"))), doc, body));
		assertEquals(List.of(), matches(sequence(before(literal("c")), literal("d")), doc, body));
		// The cut is not a sentence end: "b" is followed by a token of its sentence.
		assertEquals(List.of("e"), matches(sequence(anyOf(literal("b"), literal("e")), sentenceEnd()), doc, body));
		assertEquals(List.of("a b c d e"), matches(repeat(token(TokenClass.WORD), 1, 5), doc,
				body.withTargetZones(EnumSet.of(ZoneKind.BODY, ZoneKind.CAPTION))));
	}

	@Test
	void badPatternsAreRefusedNamingTheRule() {
		RuleCompilationException unknownLexicon = assertThrows(RuleCompilationException.class,
				() -> matches(lexicon("titles"), "Bộ trưởng"));
		assertEquals("Rule probe (probe.rules:1): refers to lexicon 'titles', which is not defined (defined: [agencies])",
				unknownLexicon.getMessage());
		RuleCompilationException badRegex = assertThrows(RuleCompilationException.class,
				() -> matches(regex("(\\d+"), "23/4"));
		assertTrue(badRegex.getMessage().startsWith("Rule probe (probe.rules:1): bad regular expression /(\\d+/"),
				badRegex.getMessage());
		RuleCompilationException emptyLoop = assertThrows(RuleCompilationException.class,
				() -> matches(repeat(optional(literal("a")), 1, PatternElement.Repeat.UNBOUNDED), "a"));
		assertTrue(emptyLoop.getMessage().contains("can match no token"), emptyLoop.getMessage());
	}
}
