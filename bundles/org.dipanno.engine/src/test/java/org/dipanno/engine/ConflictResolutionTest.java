package org.dipanno.engine;

import static org.dipanno.engine.patterns.Patterns.literal;
import static org.dipanno.engine.patterns.Patterns.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.patterns.PatternElement;
import org.junit.jupiter.api.Test;

class ConflictResolutionTest {

	private static final String TEXT = "Bộ trưởng Thương mại Trung Quốc Vương Văn Đào";

	private static Rule rule(String name, int line, PatternElement pattern, int priority, String type) {
		return Rule.of(name, "conflicts.rules", line, pattern, priority, 1, new MarkEntity(type, null, new NoValue()));
	}

	private final List<Rule> rules = List.of(
			rule("trade_china", 1, sequence(literal("Thương mại"), literal("Trung Quốc")), 5, "MISC"),
			rule("china", 2, literal("Trung Quốc"), 10, "COUNTRY"),
			rule("wang_short", 3, literal("Vương Văn"), 3, "PERSON"),
			rule("wang_full", 4, literal("Vương Văn Đào"), 3, "PERSON"),
			rule("minister", 5, literal("Bộ trưởng"), 1, "TITLE"),
			rule("minister_trade", 6, literal("trưởng Thương"), 1, "TITLE"),
			rule("mai_x", 7, literal("mại"), 0, "X"),
			rule("mai_y", 8, literal("mại"), 0, "Y"));

	private final DocumentResult result = RuleEngine.compile(rules, List.of(), EngineOptions.defaults())
			.run(DiplomaticRuleSet.snippet("000", TEXT));

	private Conflict lossOf(String ruleName) {
		return result.conflicts().stream().filter(c -> c.loser().rule().ruleName().equals(ruleName)).findFirst()
				.orElseThrow(() -> new AssertionError("no conflict lost by " + ruleName + ": " + result.conflicts()));
	}

	@Test
	void acceptedProposalsFollowPriorityThenLengthThenLeftmostThenRuleOrder() {
		assertEquals(List.of("Bộ trưởng", "mại", "Trung Quốc", "Vương Văn Đào"),
				result.entities().stream().map(e -> e.text(TEXT)).toList());
		assertEquals(List.of("minister", "mai_x", "china", "wang_full"),
				result.entities().stream().map(e -> e.rule().ruleName()).toList());
		assertEquals(4, result.conflicts().size());
	}

	@Test
	void eachLossRecordsWinnerAndReason() {
		Conflict priority = lossOf("trade_china");
		assertEquals("china", priority.winner().rule().ruleName());
		assertEquals(ConflictReason.HIGHER_PRIORITY, priority.reason());
		assertEquals("higher priority (10 > 5)", priority.explanation());

		Conflict longer = lossOf("wang_short");
		assertEquals("wang_full", longer.winner().rule().ruleName());
		assertEquals(ConflictReason.LONGER, longer.reason());
		assertEquals("same priority 3, longer (3 > 2 tokens)", longer.explanation());

		Conflict leftmost = lossOf("minister_trade");
		assertEquals("minister", leftmost.winner().rule().ruleName());
		assertEquals(ConflictReason.LEFTMOST, leftmost.reason());
		assertEquals("same priority and length, leftmost (token 0 < 1)", leftmost.explanation());

		Conflict order = lossOf("mai_y");
		assertEquals("mai_x", order.winner().rule().ruleName());
		assertEquals(ConflictReason.EARLIER_RULE, order.reason());
	}

	@Test
	void explanationNamesTheRuleOfEveryProposalAndWhatItBeat() {
		Explanation explanation = result.explanation();
		EntityProposal china = result.entities("COUNTRY").get(0);
		assertEquals("china (conflicts.rules:2)", explanation.ruleOf(china).toString());
		assertEquals(List.of("trade_china"),
				explanation.defeatedBy(china).stream().map(c -> c.loser().rule().ruleName()).toList());
		assertEquals(List.of("trade_china", "wang_short", "minister_trade", "mai_y").stream().sorted().toList(),
				explanation.rejected().stream().map(p -> p.rule().ruleName()).sorted().toList());
		assertEquals("""
				Document 000
				  TITLE 'Bộ trưởng' [0,9) by minister (conflicts.rules:5), priority 1
				    beat TITLE 'trưởng Thương' [3,16) by minister_trade (conflicts.rules:6): same priority and length, leftmost (token 0 < 1)
				  X 'mại' [17,20) by mai_x (conflicts.rules:7), priority 0
				    beat Y 'mại' [17,20) by mai_y (conflicts.rules:8): same priority, span, earlier rule (mai_x comes before mai_y)
				  COUNTRY 'Trung Quốc' [21,31) by china (conflicts.rules:2), priority 10
				    beat MISC 'Thương mại Trung Quốc' [10,31) by trade_china (conflicts.rules:1): higher priority (10 > 5)
				  PERSON 'Vương Văn Đào' [32,45) by wang_full (conflicts.rules:4), priority 3
				    beat PERSON 'Vương Văn' [32,41) by wang_short (conflicts.rules:3): same priority 3, longer (3 > 2 tokens)
				""", explanation.render());
	}

	@Test
	void proposalsCarryTheirRulesValuesAndCompareByValue() {
		EntityProposal china = result.entities("COUNTRY").get(0);
		assertEquals("COUNTRY", china.type());
		assertEquals(new Provenance("china", "conflicts.rules", 2), china.rule());
		assertEquals(10, china.priority());
		assertEquals(1.0, china.confidence());
		assertEquals(0, china.stage());
		assertEquals(1, china.ruleOrder());
		assertEquals(0, china.actionIndex());
		assertEquals(List.of(4, 6, 21, 31, "000"),
				List.of(china.startToken(), china.endToken(), china.start(), china.end(), china.documentId()));

		// Another run of the same rules gives other objects, equal to these.
		DocumentResult again = RuleEngine.compile(rules, List.of(), EngineOptions.defaults())
				.run(DiplomaticRuleSet.snippet("000", TEXT));
		assertEquals(result.entities(), again.entities());
		assertEquals(result.entities().hashCode(), again.entities().hashCode());
		assertEquals(china.toString(), again.entities("COUNTRY").get(0).toString());
		// The same span by another rule is another proposal.
		Conflict order = lossOf("mai_y");
		assertNotEquals(order.winner(), order.loser());
		assertNotEquals(again.entities().get(0), china);
	}

	@Test
	void eachDocumentKeepsItsConflictsWhenTheEngineRunsAnother() {
		RuleEngine engine = RuleEngine.compile(rules, List.of(), EngineOptions.defaults());
		DocumentResult first = engine.run(DiplomaticRuleSet.snippet("000", TEXT));
		DocumentResult second = engine.run(DiplomaticRuleSet.snippet("001", "mại Trung Quốc"));
		// Losses are built when read: the first document's are read only after the second has run.
		assertEquals(List.of("trade_china lost to china", "wang_short lost to wang_full",
				"minister_trade lost to minister", "mai_y lost to mai_x"), losses(first));
		assertEquals(List.of("mai_y lost to mai_x"), losses(second));
		assertEquals("001", ((EntityProposal) second.conflicts().get(0).loser()).documentId());
	}

	private static List<String> losses(DocumentResult result) {
		return result.conflicts().stream()
				.map(c -> c.loser().rule().ruleName() + " lost to " + c.winner().rule().ruleName()).toList();
	}

	@Test
	void laterStagesCannotOverrideEarlierMentions() {
		Rule person = rule("wang", 1, literal("Vương Văn Đào"), 1, "PERSON");
		Rule titled = Rule.of("titled_person", "conflicts.rules", 2,
				sequence(literal("Trung Quốc"), org.dipanno.engine.patterns.Patterns.entity("PERSON")), 100, 1,
				new MarkEntity("MISC", null, new NoValue()));
		DocumentResult staged = RuleEngine.compile(List.of(titled, person), List.of(), EngineOptions.defaults())
				.run(DiplomaticRuleSet.snippet("000", TEXT));
		assertEquals(List.of("wang"), staged.entities().stream().map(e -> e.rule().ruleName()).toList());
		assertEquals(ConflictReason.EARLIER_STAGE, staged.conflicts().get(0).reason());
		assertEquals("titled_person", staged.conflicts().get(0).loser().rule().ruleName());
	}
}
