package org.dipanno.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.engine.EventProposal.EventArgument;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.PlainTextAnalyzer;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.junit.jupiter.api.Test;

class DiplomaticRuleSetTest {

	private final DiplomaticRuleSet set = new DiplomaticRuleSet();
	private final RuleEngine engine = set.engine();

	@Test
	void titleCountryAndPersonOfTheBeijingMeeting() {
		DocumentResult result = engine.run(DiplomaticRuleSet.snippet("000",
				"Bộ trưởng Thương mại Trung Quốc Vương Văn Đào đã hội đàm với Bộ trưởng Thương mại Mỹ Gina Raimondo."));
		assertEquals(List.of("Bộ trưởng Thương mại", "Bộ trưởng Thương mại"), DiplomaticRuleSet.texts(result, "TITLE"));
		assertEquals(List.of("Trung Quốc", "Mỹ"), DiplomaticRuleSet.texts(result, "COUNTRY"));
		assertEquals(List.of("CHN", "USA"),
				result.entities("COUNTRY").stream().map(EntityProposal::normalizedValue).toList());
		assertEquals(List.of("Vương Văn Đào", "Gina Raimondo"), DiplomaticRuleSet.texts(result, "PERSON"));
		EntityProposal wang = result.entities("PERSON").get(0);
		assertEquals(32, wang.start());
		assertEquals(45, wang.end());
		assertEquals(6, wang.startToken());
		assertEquals(9, wang.endToken());
		assertEquals("person_after_title", wang.rule().ruleName());
		assertEquals(7, wang.rule().line());
		assertEquals("diplomatic.rules", wang.rule().sourceFile());

		EventProposal meeting = result.events("MEET").get(0);
		assertEquals("hội đàm", result.text().substring(meeting.start(), meeting.end()));
		assertEquals("Vương Văn Đào", meeting.argument("participant").orElseThrow().text(result.text()));
		assertEquals("Gina Raimondo", meeting.argument("counterpart").orElseThrow().text(result.text()));
	}

	@Test
	void phoneCallHasBothParticipants() {
		DocumentResult result = engine.run(DiplomaticRuleSet.snippet("001",
				"Bộ trưởng Nguyễn Hồng Diên đã có cuộc điện đàm với Jamieson L. Greer"));
		assertEquals(List.of("Nguyễn Hồng Diên", "Jamieson L. Greer"), DiplomaticRuleSet.texts(result, "PERSON"));
		List<EventProposal> calls = result.events("PHONE_CALL");
		assertEquals(1, calls.size());
		EventProposal call = calls.get(0);
		assertEquals("điện đàm", result.text().substring(call.start(), call.end()));
		EventArgument participant = call.argument("participant").orElseThrow();
		EventArgument counterpart = call.argument("counterpart").orElseThrow();
		assertEquals("Nguyễn Hồng Diên", participant.text(result.text()));
		assertEquals("Jamieson L. Greer", counterpart.text(result.text()));
		assertEquals("person_after_title", participant.mention().rule().ruleName());
		assertEquals("person_after_with", counterpart.mention().rule().ruleName());
		assertEquals("phone_call", call.rule().ruleName());
	}

	@Test
	void seedArticleOfTheTradeTalksByPhone() throws Exception {
		String text = Files.readString(Path.of("../../seeds/001_19fe77e609455608.txt"), StandardCharsets.UTF_8);
		EngineDocument doc = PlainTextAnalyzer.analyze("001_19fe77e609455608", text, VietnameseKeys.INSTANCE);
		DocumentResult result = engine.run(doc);
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		// "tối 23/4, Bộ trưởng Bộ Công Thương, Trưởng đoàn đàm phán Chính phủ Nguyễn Hồng Diên đã có cuộc điện đàm
		// với Trưởng Đại diện Thương mại Hoa Kỳ Jamieson L. Greer"
		EventProposal call = result.events("PHONE_CALL").get(0);
		assertEquals("Nguyễn Hồng Diên", call.argument("participant").orElseThrow().text(text));
		assertEquals("Jamieson L. Greer", call.argument("counterpart").orElseThrow().text(text));
		assertTrue(DiplomaticRuleSet.texts(result, "DATE").contains("23/4"));
		assertTrue(DiplomaticRuleSet.texts(result, "ORGANIZATION").contains("Bộ Công Thương"));
		// The title line ("... Việt Nam - Hoa Kỳ") is not a target zone: the first COUNTRY is in the lead.
		EntityProposal firstCountry = result.entities("COUNTRY").get(0);
		assertTrue(firstCountry.start() > text.indexOf('\n'), "first COUNTRY at " + firstCountry.start());
		assertEquals("VNM", firstCountry.normalizedValue());
	}
}
