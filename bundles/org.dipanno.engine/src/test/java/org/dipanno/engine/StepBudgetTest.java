package org.dipanno.engine;

import static org.dipanno.engine.patterns.Patterns.lexicon;
import static org.dipanno.engine.patterns.Patterns.literal;
import static org.dipanno.engine.patterns.Patterns.regex;
import static org.dipanno.engine.patterns.Patterns.repeat;
import static org.dipanno.engine.patterns.Patterns.sequence;
import static org.dipanno.engine.patterns.Patterns.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.patterns.TokenClass;
import org.junit.jupiter.api.Test;

class StepBudgetTest {

	private static final String TEXT = "Hai bên nhất trí thiết lập kênh liên lạc thường xuyên giữa hai Bộ trưởng và "
			+ "các cơ quan liên quan để thúc đẩy hợp tác kinh tế thương mại aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

	/**
	 * Nested repetitions before a number that never comes: exponential backtracking. (The phrase it requires is in
	 * the sentence: a rule whose required tokens are not in a sentence is not tried there at all.)
	 */
	private final Rule nested = Rule.of("nested_repetition", "budget.rules", 2,
			sequence(repeat(repeat(token(TokenClass.ANY), 0, 8), 0, 8), literal("hai bên"), token(TokenClass.NUMBER)),
			0, 1, new MarkEntity("MISC", null, new NoValue()));
	/** A catastrophic regex on the long token. */
	private final Rule catastrophic = Rule.of("catastrophic_regex", "budget.rules", 3, regex("(.*a){20}b"), 0, 1,
			new MarkEntity("MISC", null, new NoValue()));
	private final Rule ministers = Rule.of("ministers", "budget.rules", 4, literal("Bộ trưởng"), 0, 1,
			new MarkEntity("TITLE", null, new NoValue()));

	private DocumentResult run(long budget) {
		return RuleEngine.compile(List.of(nested, catastrophic, ministers), List.of(),
				EngineOptions.defaults().withStepBudget(budget)).run(DiplomaticRuleSet.snippet("doc-budget", TEXT));
	}

	@Test
	void pathologicalRulesAreStoppedWithAMessageNamingRuleAndDocumentAndTheRunGoesOn() {
		DocumentResult result = run(20_000);
		assertEquals(List.of("nested_repetition", "catastrophic_regex"),
				result.problems().stream().map(p -> p.rule().ruleName()).toList());
		RunProblem problem = result.problems().get(0);
		assertEquals("doc-budget", problem.documentId());
		assertTrue(problem.message().startsWith("Rule nested_repetition (budget.rules:2) was stopped on document "
				+ "doc-budget at token 0 (offset 0): it used its budget of 20000 matching steps"), problem.message());
		assertTrue(result.problems().get(1).message().startsWith(
				"Rule catastrophic_regex (budget.rules:3) was stopped on document doc-budget at token 30"),
				result.problems().get(1).message());
		// The well-behaved rule ran to the end with the same budget.
		assertEquals(List.of("Bộ trưởng"), DiplomaticRuleSet.texts(result, "TITLE"));
	}

	@Test
	void aRuleIsNotTriedInASentenceWithoutTheTokensItNeeds() {
		Rule absent = Rule.of("absent_literal", "budget.rules", 5,
				sequence(repeat(repeat(token(TokenClass.ANY), 0, 8), 0, 8), literal("không hề có")), 0, 1,
				new MarkEntity("MISC", null, new NoValue()));
		DocumentResult result = RuleEngine.compile(List.of(absent, ministers), List.of(),
				EngineOptions.defaults().withStepBudget(20_000)).run(DiplomaticRuleSet.snippet("doc-budget", TEXT));
		assertEquals(List.of(), result.problems());
		assertEquals(List.of("Bộ trưởng"), DiplomaticRuleSet.texts(result, "TITLE"));
	}

	@Test
	void aGenerousBudgetIsNotHitByAnOrdinaryRule() {
		DocumentResult result = RuleEngine.compile(List.of(ministers), List.of(),
				EngineOptions.defaults().withStepBudget(200)).run(DiplomaticRuleSet.snippet("doc-budget", TEXT));
		assertEquals(List.of(), result.problems());
		assertEquals(1, result.entities().size());
	}

	@Test
	void aWordListIsChargedItsStepsAndStoppedWhereTheMachineWouldStopIt() {
		// A word list is walked without the machine; it must still be charged one step per walk and one per match.
		Lexicon words = Lexicon.builder("words", new SyllableVocabulary(), VietnameseKeys.INSTANCE)
				.add("hai bên").add("liên lạc").add("hợp tác").add("kinh tế").add("thương mại").build();
		Rule wordList = Rule.of("word_list", "budget.rules", 6, lexicon("words"), 0, 1,
				new MarkEntity("WORD", null, new NoValue()));
		// Tried where an entry can start: tokens 0 (Hai bên), 7 (liên lạc), 12 (hai), 19 (liên), 24 (hợp tác),
		// 26 (kinh tế), 28 (thương mại); one step each, two where it matches: 12 steps in all.
		int[] stoppedAt = { -1, 0, 7, 7, 12, 19, 24, 24, 26, 26, 28, 28 };
		for (boolean shortcuts : new boolean[] { true, false }) {
			for (int budget = 1; budget < stoppedAt.length; budget++) {
				DocumentResult result = RuleEngine.compile(List.of(wordList), List.of(words),
						EngineOptions.defaults().withStepBudget(budget), shortcuts)
						.run(DiplomaticRuleSet.snippet("doc-budget", TEXT));
				String at = "budget " + budget + (shortcuts ? "" : " without shortcuts");
				assertEquals(List.of("word_list"), result.problems().stream().map(p -> p.rule().ruleName()).toList(),
						at);
				assertTrue(result.problems().get(0).message().contains("stopped on document doc-budget at token "
						+ stoppedAt[budget] + " "), at + ": " + result.problems().get(0).message());
				assertEquals(List.of(), DiplomaticRuleSet.texts(result, "WORD"), at);
			}
			DocumentResult enough = RuleEngine.compile(List.of(wordList), List.of(words),
					EngineOptions.defaults().withStepBudget(12), shortcuts)
					.run(DiplomaticRuleSet.snippet("doc-budget", TEXT));
			assertEquals(List.of(), enough.problems());
			assertEquals(List.of("Hai bên", "liên lạc", "hợp tác", "kinh tế", "thương mại"),
					DiplomaticRuleSet.texts(enough, "WORD"));
		}
	}
}
