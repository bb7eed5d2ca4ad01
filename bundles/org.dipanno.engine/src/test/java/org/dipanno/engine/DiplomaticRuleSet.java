package org.dipanno.engine;

import static org.dipanno.engine.patterns.Patterns.after;
import static org.dipanno.engine.patterns.Patterns.anyOf;
import static org.dipanno.engine.patterns.Patterns.before;
import static org.dipanno.engine.patterns.Patterns.capture;
import static org.dipanno.engine.patterns.Patterns.lexicon;
import static org.dipanno.engine.patterns.Patterns.literal;
import static org.dipanno.engine.patterns.Patterns.notAfter;
import static org.dipanno.engine.patterns.Patterns.regex;
import static org.dipanno.engine.patterns.Patterns.repeat;
import static org.dipanno.engine.patterns.Patterns.sequence;
import static org.dipanno.engine.patterns.Patterns.token;

import java.util.List;

import org.dipanno.engine.Action.CaptureText;
import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.LexiconValue;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.Action.RoleBinding;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.document.PlainTextAnalyzer;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.patterns.PatternElement;
import org.dipanno.engine.patterns.TokenClass;

/**
 * A small diplomatic rule set for the engine tests, in the spirit of the default rules: titles, countries and
 * organizations from lexicons, persons as capitalized runs after a title/country/organization or after "với",
 * dates, and phone calls and meetings whose participants are the nearest persons.
 */
final class DiplomaticRuleSet {

	static final String FILE = "diplomatic.rules";

	final SyllableVocabulary vocabulary = new SyllableVocabulary();
	final Lexicon titles = Lexicon.builder("titles", vocabulary, VietnameseKeys.INSTANCE)
			.add("Bộ trưởng").add("Bộ trưởng Thương mại").add("Ngoại trưởng").add("Đại sứ").add("Thủ tướng")
			.add("Trưởng Đại diện Thương mại").add("Trưởng đoàn đàm phán Chính phủ").add("Phó Thủ tướng").build();
	final Lexicon countries = Lexicon.builder("countries", vocabulary, VietnameseKeys.INSTANCE)
			.add("Trung Quốc", "CHN").add("Hoa Kỳ", "USA").add("Mỹ", "USA").add("Việt Nam", "VNM").build();
	final Lexicon organizations = Lexicon.builder("organizations", vocabulary, VietnameseKeys.INSTANCE)
			.add("Bộ Công Thương").add("Bộ Ngoại giao").add("Bộ Thương mại").add("Đoàn đàm phán Chính phủ").build();

	static final PatternElement NAME_TOKEN = sequence(
			notAfter(anyOf(lexicon("titles"), lexicon("countries"), lexicon("organizations"))),
			token(TokenClass.CAPITALIZED));
	/** Two to four capitalized tokens; an initial may carry its period ("Jamieson L. Greer"). */
	static final PatternElement NAME = sequence(NAME_TOKEN,
			repeat(anyOf(sequence(regex("\\p{Lu}"), literal(".")), NAME_TOKEN), 1, 3));

	final Rule country = Rule.of("country", FILE, 3, lexicon("countries"), 10, 0.95,
			new MarkEntity("COUNTRY", null, new LexiconValue()));
	final Rule title = Rule.of("title", FILE, 4, lexicon("titles"), 5, 0.9,
			new MarkEntity("TITLE", null, new NoValue()));
	final Rule organization = Rule.of("organization", FILE, 5, lexicon("organizations"), 7, 0.9,
			new MarkEntity("ORGANIZATION", null, new NoValue()));
	final Rule personAfterTitle = Rule.of("person_after_title", FILE, 7,
			sequence(before(anyOf(lexicon("titles"), lexicon("countries"), lexicon("organizations"))),
					capture("name", NAME)),
			8, 0.8, new MarkEntity("PERSON", "name", new CaptureText("name")));
	final Rule personAfterWith = Rule.of("person_after_with", FILE, 9,
			sequence(before(anyOf(literal("với"), literal("gặp"))), capture("name", NAME)), 6, 0.6,
			new MarkEntity("PERSON", "name", new CaptureText("name")));
	final Rule date = Rule.of("date", FILE, 11,
			sequence(anyOf(literal("ngày"), literal("tối"), literal("sáng"), literal("chiều")),
					capture("d", regex("\\d{1,2}/\\d{1,2}(/\\d{4})?"))),
			9, 0.9, new MarkEntity("DATE", "d", new CaptureText("d")));
	final Rule phoneCall = Rule.of("phone_call", FILE, 13, capture("trigger", literal("điện đàm")), 5, 0.7,
			new CreateEvent("PHONE_CALL", "trigger",
					List.of(RoleBinding.nearestBefore("participant", "PERSON"),
							RoleBinding.nearestAfter("counterpart", "PERSON"))));
	final Rule meeting = Rule.of("meeting", FILE, 15,
			sequence(capture("trigger", anyOf(literal("hội đàm"), literal("gặp"), literal("tiếp"))),
					after(anyOf(literal("với"), token(TokenClass.CAPITALIZED), lexicon("titles")))),
			5, 0.7, new CreateEvent("MEET", "trigger",
					List.of(RoleBinding.nearestBefore("participant", "PERSON"),
							RoleBinding.nearestAfter("counterpart", "PERSON"))));

	List<Lexicon> lexicons() {
		return List.of(titles, countries, organizations);
	}

	/** Listed with the events first on purpose: stages, not list order, decide when they run. */
	List<Rule> rules() {
		return List.of(phoneCall, meeting, country, title, organization, personAfterTitle, personAfterWith, date);
	}

	RuleEngine engine() {
		return RuleEngine.compile(rules(), lexicons(), EngineOptions.defaults());
	}

	static EngineDocument snippet(String id, String text) {
		return PlainTextAnalyzer.analyzeBody(id, text, VietnameseKeys.INSTANCE);
	}

	static List<String> texts(DocumentResult result, String type) {
		return result.entities(type).stream().map(e -> e.text(result.text())).toList();
	}
}
