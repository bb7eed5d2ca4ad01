package org.dipanno.engine.benchmark;

import static org.dipanno.engine.patterns.Patterns.after;
import static org.dipanno.engine.patterns.Patterns.anyOf;
import static org.dipanno.engine.patterns.Patterns.before;
import static org.dipanno.engine.patterns.Patterns.capture;
import static org.dipanno.engine.patterns.Patterns.entity;
import static org.dipanno.engine.patterns.Patterns.lexicon;
import static org.dipanno.engine.patterns.Patterns.literal;
import static org.dipanno.engine.patterns.Patterns.notAfter;
import static org.dipanno.engine.patterns.Patterns.optional;
import static org.dipanno.engine.patterns.Patterns.regex;
import static org.dipanno.engine.patterns.Patterns.repeat;
import static org.dipanno.engine.patterns.Patterns.sequence;
import static org.dipanno.engine.patterns.Patterns.token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.engine.Action.CaptureText;
import org.dipanno.engine.Action.CreateEvent;
import org.dipanno.engine.Action.LexiconValue;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.Action.RoleBinding;
import org.dipanno.engine.Rule;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.patterns.PatternElement;
import org.dipanno.engine.patterns.TokenClass;
import org.dipanno.text.TokenKind;

/** The benchmark's rule sets: a realistic diplomatic set, and a large one (200 rules plus a 74K word list). */
final class BenchmarkRules {

	static final String FILE = "benchmark.rules";
	static final List<String> TITLES = List.of("Bộ trưởng", "Bộ trưởng Thương mại", "Bộ trưởng Ngoại giao",
			"Ngoại trưởng", "Đại sứ", "Thủ tướng", "Phó Thủ tướng", "Chủ tịch", "Tổng thống", "Trưởng Đại diện Thương mại",
			"Trưởng đoàn đàm phán Chính phủ", "Thứ trưởng", "Người phát ngôn", "Ủy viên Bộ Chính trị");
	static final Map<String, String> COUNTRIES = new LinkedHashMap<>();
	static {
		COUNTRIES.put("Trung Quốc", "CHN");
		COUNTRIES.put("Hoa Kỳ", "USA");
		COUNTRIES.put("Mỹ", "USA");
		COUNTRIES.put("Việt Nam", "VNM");
		COUNTRIES.put("Nhật Bản", "JPN");
		COUNTRIES.put("Hàn Quốc", "KOR");
		COUNTRIES.put("Nga", "RUS");
		COUNTRIES.put("Ấn Độ", "IND");
		COUNTRIES.put("Philippines", "PHL");
		COUNTRIES.put("Australia", "AUS");
	}
	static final List<String> ORGANIZATIONS = List.of("Bộ Công Thương", "Bộ Ngoại giao", "Bộ Thương mại",
			"Đoàn đàm phán Chính phủ", "Liên Hợp Quốc", "ASEAN", "APEC", "Quốc hội", "Chính phủ", "Tân Hoa Xã");

	final SyllableVocabulary vocabulary = new SyllableVocabulary();
	final Lexicon titles;
	final Lexicon countries;
	final Lexicon organizations;

	BenchmarkRules() {
		Lexicon.Builder t = Lexicon.builder("titles", vocabulary, VietnameseKeys.INSTANCE);
		TITLES.forEach(t::add);
		titles = t.build();
		Lexicon.Builder c = Lexicon.builder("countries", vocabulary, VietnameseKeys.INSTANCE);
		COUNTRIES.forEach(c::add);
		countries = c.build();
		Lexicon.Builder o = Lexicon.builder("organizations", vocabulary, VietnameseKeys.INSTANCE);
		ORGANIZATIONS.forEach(o::add);
		organizations = o.build();
	}

	private static final PatternElement NAME_TOKEN = sequence(
			notAfter(anyOf(lexicon("titles"), lexicon("countries"), lexicon("organizations"))),
			token(TokenClass.CAPITALIZED));
	static final PatternElement NAME = sequence(NAME_TOKEN,
			repeat(anyOf(sequence(regex("\\p{Lu}"), literal(".")), NAME_TOKEN), 1, 3));

	/** Titles + names -&gt; PERSON, countries -&gt; COUNTRY, organizations, dates, phone calls, meetings, visits. */
	List<Rule> realistic() {
		List<Rule> rules = new ArrayList<>();
		rules.add(Rule.of("country", FILE, 1, lexicon("countries"), 10, 0.95,
				new MarkEntity("COUNTRY", null, new LexiconValue())));
		rules.add(Rule.of("title", FILE, 2, lexicon("titles"), 5, 0.9, new MarkEntity("TITLE", null, new NoValue())));
		rules.add(Rule.of("organization", FILE, 3, lexicon("organizations"), 7, 0.9,
				new MarkEntity("ORGANIZATION", null, new NoValue())));
		rules.add(Rule.of("person_after_title", FILE, 4,
				sequence(before(anyOf(lexicon("titles"), lexicon("countries"), lexicon("organizations"))),
						capture("name", NAME)),
				8, 0.8, new MarkEntity("PERSON", "name", new CaptureText("name"))));
		rules.add(Rule.of("person_after_with", FILE, 5,
				sequence(before(anyOf(literal("với"), literal("gặp"), literal("ông"), literal("bà"))),
						capture("name", NAME)),
				6, 0.6, new MarkEntity("PERSON", "name", new CaptureText("name"))));
		rules.add(Rule.of("date", FILE, 6,
				sequence(anyOf(literal("ngày"), literal("tối"), literal("sáng"), literal("chiều"), literal("trưa")),
						optional(literal("mùng")), capture("d", regex("\\d{1,2}/\\d{1,2}(/\\d{4})?"))),
				9, 0.9, new MarkEntity("DATE", "d", new CaptureText("d"))));
		rules.add(Rule.of("month", FILE, 7, sequence(literal("tháng"), capture("m", regex("\\d{1,2}"))), 9, 0.8,
				new MarkEntity("DATE", null, new CaptureText("m"))));
		rules.add(event("phone_call", 8, "PHONE_CALL", anyOf(literal("điện đàm"), literal("điện thoại"))));
		rules.add(event("meeting", 9, "MEET",
				anyOf(literal("hội đàm"), literal("gặp"), literal("tiếp"), literal("hội kiến"), literal("làm việc với"))));
		rules.add(event("visit", 10, "VISIT", anyOf(literal("thăm"), literal("công du"))));
		rules.add(event("negotiate", 11, "NEGOTIATE", literal("đàm phán")));
		rules.add(event("statement", 12, "STATEMENT",
				anyOf(literal("khẳng định"), literal("nhấn mạnh"), literal("cho biết"))));
		return rules;
	}

	private static Rule event(String name, int line, String type, PatternElement trigger) {
		return Rule.of(name, FILE, line, capture("trigger", trigger), 5, 0.7, new CreateEvent(type, "trigger",
				List.of(RoleBinding.nearestBefore("participant", "PERSON"),
						RoleBinding.nearestAfter("counterpart", "PERSON"))));
	}

	/**
	 * The realistic rules, then generated rules up to {@code total}, anchored on the most frequent word bigrams of
	 * the corpus with varied templates (capitalized runs, lexicons, numbers, context, alternation, entity
	 * references), then the word list as one rule marking WORD.
	 */
	List<Rule> large(int total, List<String> bigrams, boolean withWordList) {
		List<Rule> rules = new ArrayList<>(realistic());
		int line = 100;
		int i = 0;
		while (rules.size() < total) {
			String anchor = bigrams.get(i % bigrams.size());
			String other = bigrams.get((i * 7 + 3) % bigrams.size());
			String type = "T" + (i % 17);
			PatternElement pattern = switch (i % 10) {
			case 0 -> sequence(literal(anchor), capture("x", repeat(token(TokenClass.CAPITALIZED), 1, 4)));
			case 1 -> sequence(literal(anchor), optional(literal("của")), capture("x", lexicon("countries")));
			case 2 -> sequence(before(literal(anchor)), capture("x", anyOf(token(TokenClass.NUMBER),
					token(TokenClass.DATE_LIKE))));
			case 3 -> sequence(capture("x", literal(anchor)), repeat(token(TokenClass.WORD), 0, 3), literal("với"));
			case 4 -> sequence(capture("x", anyOf(literal(anchor), literal(other))), after(token(TokenClass.PUNCTUATION)));
			case 5 -> sequence(capture("x", lexicon("titles")), literal(anchor));
			case 6 -> sequence(capture("x", repeat(token(TokenClass.CAPITALIZED), 2, 4)), literal(anchor));
			case 7 -> sequence(capture("x", token(TokenClass.NUMBER)), anyOf(literal("USD"), literal("%"),
					literal("tỷ"), literal(anchor)));
			case 8 -> sequence(entity("PERSON"), capture("x", literal(anchor)));
			default -> sequence(capture("x", literal(anchor)), regex("\\p{L}+"), optional(lexicon("organizations")));
			};
			rules.add(Rule.of("generated_" + i, FILE, line++, pattern, i % 4, 0.5,
					new MarkEntity(type, "x", new NoValue())));
			i++;
		}
		return rules;
	}

	static Rule wordListRule() {
		return Rule.of("word_list", FILE, 1000, lexicon("viet74k"), -10, 0.3,
				new MarkEntity("WORD", null, new NoValue()));
	}

	/** The most frequent bigrams of word tokens of the documents (deterministic order). */
	static List<String> frequentBigrams(List<EngineDocument> docs, int count) {
		Map<String, Integer> frequency = new LinkedHashMap<>();
		for (EngineDocument doc : docs) {
			for (int t = 0; t + 1 < doc.tokenCount(); t++) {
				if (doc.kind(t) == TokenKind.WORD
						&& doc.kind(t + 1) == TokenKind.WORD
						&& doc.sentence(t) == doc.sentence(t + 1)) {
					frequency.merge(doc.tokenText(t) + " " + doc.tokenText(t + 1), 1, Integer::sum);
				}
			}
		}
		return frequency.entrySet().stream()
				.sorted((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
						: a.getKey().compareTo(b.getKey()))
				.limit(count).map(Map.Entry::getKey).toList();
	}
}
