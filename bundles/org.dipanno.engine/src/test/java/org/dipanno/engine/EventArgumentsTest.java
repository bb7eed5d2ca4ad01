package org.dipanno.engine;

import static org.dipanno.engine.patterns.Patterns.capture;
import static org.dipanno.engine.patterns.Patterns.literal;
import static org.dipanno.engine.patterns.Patterns.sequence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.Action.RoleBinding;
import org.junit.jupiter.api.Test;

/** How an event's roles find their arguments: by capture, or the nearest mention of a type in the sentence. */
class EventArgumentsTest {

	private static final String TEXT = "Ông Lan gặp bà Hoa tại Hà Nội. Ông Minh gặp ông Tuấn.";

	private static Rule mark(String name, int line, String phrase, String type) {
		return Rule.of(name, "events.rules", line, literal(phrase), 1, 1, new MarkEntity(type, null, new NoValue()));
	}

	private final List<Rule> mentions = List.of(mark("lan", 1, "Lan", "PERSON"), mark("hoa", 2, "Hoa", "PERSON"),
			mark("minh", 3, "Minh", "PERSON"), mark("tuan", 4, "Tuấn", "PERSON"), mark("ha_noi", 5, "Hà Nội", "LOCATION"),
			mark("ong", 6, "Ông", "TITLE"));

	private List<String> arguments(RoleBinding... roles) {
		Rule meeting = Rule.of("meeting", "events.rules", 10,
				sequence(capture("trigger", literal("gặp")), capture("after", literal("bà"))), 1, 1,
				new CreateEvent("MEET", "trigger", List.of(roles)));
		List<Rule> rules = new java.util.ArrayList<>(mentions);
		rules.add(meeting);
		DocumentResult result = RuleEngine.compile(rules, List.of(), EngineOptions.defaults())
				.run(DiplomaticRuleSet.snippet("ev", TEXT));
		assertEquals(1, result.events().size(), "only the first sentence's 'gặp bà' is a meeting");
		return result.events().get(0).arguments().stream()
				.map(a -> a.role() + "=" + a.text(TEXT) + (a.mention() == null ? "" : " (" + a.mention().type() + ")"))
				.toList();
	}

	@Test
	void nearestMentionsOfTheTypeBeforeAndAfterTheTrigger() {
		assertEquals(List.of("participant=Lan (PERSON)", "counterpart=Hoa (PERSON)", "place=Hà Nội (LOCATION)"),
				arguments(RoleBinding.nearestBefore("participant", "PERSON"),
						RoleBinding.nearestAfter("counterpart", "PERSON"), RoleBinding.nearest("place", "LOCATION")));
	}

	@Test
	void eitherSideTakesTheCloserMentionAndStaysInTheSentence() {
		// "Lan" ends one token before "gặp", "Hoa" starts two after it; "Minh" and "Tuấn" are in the next sentence.
		assertEquals(List.of("who=Lan (PERSON)"), arguments(RoleBinding.nearest("who", "PERSON")));
		assertEquals(List.of("title=Ông (TITLE)"), arguments(RoleBinding.nearestBefore("title", "TITLE")));
		assertEquals(List.of(), arguments(RoleBinding.nearestAfter("title", "TITLE")));
	}

	@Test
	void aTypeNoRuleMarksGivesNoArgumentAndACaptureGivesItsTokens() {
		assertEquals(List.of("with=bà"),
				arguments(RoleBinding.nearest("org", "ORGANIZATION"), RoleBinding.capture("with", "after")));
	}
}
