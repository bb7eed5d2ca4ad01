package org.dipanno.engine;

import static org.dipanno.engine.patterns.Patterns.before;
import static org.dipanno.engine.patterns.Patterns.entity;
import static org.dipanno.engine.patterns.Patterns.literal;
import static org.dipanno.engine.patterns.Patterns.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.junit.jupiter.api.Test;

class StageOrderTest {

	@Test
	void producersRunBeforeConsumersWhateverTheListOrder() {
		DiplomaticRuleSet set = new DiplomaticRuleSet();
		RuleEngine engine = set.engine();
		assertEquals(List.of(List.of("country", "title", "organization", "person_after_title", "person_after_with",
				"date"), List.of("phone_call", "meeting")), engine.stages());
	}

	@Test
	void chainsOfTypesMakeAsManyStages() {
		Rule call = Rule.of("call", "s.rules", 1, sequence(before(entity("PERSON")), literal("điện đàm")), 0, 1,
				new MarkEntity("CALL", null, new NoValue()));
		Rule person = Rule.of("person", "s.rules", 2, sequence(before(entity("TITLE")), literal("Diên")), 0, 1,
				new MarkEntity("PERSON", null, new NoValue()));
		Rule title = Rule.of("title", "s.rules", 3, literal("Bộ trưởng"), 0, 1,
				new MarkEntity("TITLE", null, new NoValue()));
		RuleEngine engine = RuleEngine.compile(List.of(call, person, title), List.of(), EngineOptions.defaults());
		assertEquals(List.of(List.of("title"), List.of("person"), List.of("call")), engine.stages());
		DocumentResult result = engine.run(DiplomaticRuleSet.snippet("s", "Bộ trưởng Diên điện đàm"));
		assertEquals(List.of("TITLE", "PERSON", "CALL"), result.entities().stream().map(EntityProposal::type).toList());
		assertEquals(List.of(0, 1, 2), result.entities().stream().map(EntityProposal::stage).toList());
	}

	@Test
	void cyclesAreReportedWithTheRulesInvolved() {
		Rule a = Rule.of("org_from_person", "cycle.rules", 1, sequence(entity("PERSON"), literal("và")), 0, 1,
				new MarkEntity("ORGANIZATION", null, new NoValue()));
		Rule b = Rule.of("person_from_org", "cycle.rules", 2, sequence(entity("ORGANIZATION"), literal("ông")), 0,
				1, new MarkEntity("PERSON", null, new NoValue()));
		RuleCompilationException e = assertThrows(RuleCompilationException.class,
				() -> RuleEngine.compile(List.of(a, b), List.of(), EngineOptions.defaults()));
		assertEquals("Rules cannot be ordered in stages, they depend on each other in a cycle (each uses a type "
				+ "marked by the next): org_from_person (cycle.rules:1) [marks [ORGANIZATION]] -> "
				+ "person_from_org (cycle.rules:2) [marks [PERSON]] -> org_from_person", e.getMessage());
	}

	@Test
	void aRuleUsingTheTypeItMarksIsACycle() {
		Rule self = Rule.of("person_pairs", "cycle.rules", 5, sequence(entity("PERSON"), literal("và")), 0, 1,
				new MarkEntity("PERSON", null, new NoValue()));
		RuleCompilationException e = assertThrows(RuleCompilationException.class,
				() -> RuleEngine.compile(List.of(self), List.of(), EngineOptions.defaults()));
		assertEquals("Rules cannot be ordered in stages, they depend on each other in a cycle (each uses a type "
				+ "marked by the next): person_pairs (cycle.rules:5) [marks [PERSON]] -> person_pairs", e.getMessage());
	}
}
