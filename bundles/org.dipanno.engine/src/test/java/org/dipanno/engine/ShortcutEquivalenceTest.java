package org.dipanno.engine;

import static org.dipanno.engine.patterns.Patterns.after;
import static org.dipanno.engine.patterns.Patterns.anyOf;
import static org.dipanno.engine.patterns.Patterns.before;
import static org.dipanno.engine.patterns.Patterns.capture;
import static org.dipanno.engine.patterns.Patterns.entity;
import static org.dipanno.engine.patterns.Patterns.exact;
import static org.dipanno.engine.patterns.Patterns.lexicon;
import static org.dipanno.engine.patterns.Patterns.literal;
import static org.dipanno.engine.patterns.Patterns.notAfter;
import static org.dipanno.engine.patterns.Patterns.notBefore;
import static org.dipanno.engine.patterns.Patterns.optional;
import static org.dipanno.engine.patterns.Patterns.regex;
import static org.dipanno.engine.patterns.Patterns.repeat;
import static org.dipanno.engine.patterns.Patterns.sentenceEnd;
import static org.dipanno.engine.patterns.Patterns.sequence;
import static org.dipanno.engine.patterns.Patterns.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

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
import org.junit.jupiter.api.Test;

/**
 * The shortcuts (a single lexicon reference matched by one trie walk, rules skipped where a token they need is out of
 * reach, proposals sorted on packed keys) give exactly what the general machine gives: the same entities, events,
 * conflicts with the same reasons and explanations, and the same rendered explanation.
 */
class ShortcutEquivalenceTest {

	private static final Path SEEDS = Path.of("../../seeds");
	private static final Path WORD_LIST = Path.of("../org.dipanno.text/src/main/resources/org/dipanno/text/Viet74K.txt");

	/** Everything a run produces, as text. */
	private static String render(DocumentResult result) {
		StringBuilder out = new StringBuilder();
		result.entities().forEach(e -> out.append(e).append('\n'));
		result.events().forEach(e -> out.append(e).append('\n'));
		for (Conflict c : result.conflicts()) {
			out.append(c.winner()).append(" beat ").append(c.loser()).append(": ").append(c.reason()).append(", ")
					.append(c.explanation()).append('\n');
		}
		result.problems().forEach(p -> out.append(p).append('\n'));
		return out.append(result.explanation().render()).toString();
	}

	private static void assertSameResults(List<Rule> rules, List<Lexicon> lexicons, List<EngineDocument> docs) {
		RuleEngine fast = RuleEngine.compile(rules, lexicons, EngineOptions.defaults());
		RuleEngine general = RuleEngine.compile(rules, lexicons, EngineOptions.defaults(), false);
		for (EngineDocument doc : docs) {
			assertEquals(render(general.run(doc)), render(fast.run(doc)), "document " + doc.id());
		}
	}

	/** Runs the rules with and without the shortcuts, checks they agree, and gives the texts marked {@code type}. */
	private static List<String> sameTexts(List<Rule> rules, String text, String type) {
		return sameTexts(rules, List.of(), text, type);
	}

	private static List<String> sameTexts(List<Rule> rules, List<Lexicon> lexicons, String text, String type) {
		EngineDocument doc = DiplomaticRuleSet.snippet("snippet", text);
		assertSameResults(rules, lexicons, List.of(doc));
		return DiplomaticRuleSet.texts(RuleEngine.compile(rules, lexicons, EngineOptions.defaults()).run(doc), type);
	}

	@Test
	void aPhraseAfterALexiconEntryIsLookedForAtEachEntrysEnd() {
		// Rules starting with the titles lexicon are tried where one of their phrases follows an entry there
		// (literalsAfterLexicon); the entries' ends are found once per token for all of them.
		SyllableVocabulary vocabulary = new SyllableVocabulary();
		Lexicon titles = Lexicon.builder("titles", vocabulary, VietnameseKeys.INSTANCE).add("Bộ trưởng")
				.add("Bộ trưởng Ngoại giao").add("Thứ trưởng").build();
		List<Rule> rules = List.of(
				Rule.of("wang_title", "t.rules", 1, sequence(capture("t", lexicon("titles")), literal("Vương Nghị")), 0,
						1, new MarkEntity("TITLE", "t", new NoValue())),
				Rule.of("lan_title", "t.rules", 2, sequence(capture("t", lexicon("titles")),
						anyOf(literal("Lan"), literal("Nguyễn Thị Lan"))), 0, 1, new MarkEntity("TITLE", "t", new NoValue())));
		assertEquals(List.of("Bộ trưởng Ngoại giao", "Thứ trưởng", "Bộ trưởng", "Thứ trưởng"),
				sameTexts(rules, List.of(titles), "Bộ trưởng Ngoại giao Vương Nghị, Thứ trưởng Lan và Bộ trưởng Vương "
						+ "Nghị gặp Thứ trưởng Nguyễn Thị Lan; Bộ trưởng Hùng.", "TITLE"));
	}

	@Test
	void aPhraseAfterAMentionIsLookedForWhereTheMentionEnds() {
		// The second rule is tried at PERSON mentions only where "và phái đoàn" follows (literalsAfterEntity).
		List<Rule> rules = List.of(
				Rule.of("person", "t.rules", 1, anyOf(literal("Vương Nghị"), literal("Lan")), 0, 1,
						new MarkEntity("PERSON", null, new NoValue())),
				Rule.of("delegation", "t.rules", 2, sequence(entity("PERSON"), capture("d", literal("và phái đoàn"))),
						0, 1, new MarkEntity("DELEGATION", "d", new NoValue())));
		assertEquals(List.of("và phái đoàn"), sameTexts(rules,
				"Vương Nghị và phái đoàn đến. Lan và ông Vương Nghị và phái viên. Lan phái đoàn và phái đoàn.",
				"DELEGATION"));
	}

	@Test
	void aRequiredPhraseIsComparedWholeNotByItsFirstWord() {
		// Scheduled by "đến" but only where "đến thăm chính thức" is written whole (requiredPhrases).
		List<Rule> rules = List.of(Rule.of("visitor", "t.rules", 1,
				sequence(capture("n", token(TokenClass.CAPITALIZED)), literal("đến thăm chính thức")), 0, 1,
				new MarkEntity("VISITOR", "n", new NoValue())));
		assertEquals(List.of("Lan", "Minh"), sameTexts(rules,
				"Ông Lan đến thăm chính thức Hà Nội. Bà Mai đến thăm Huế, Hùng đến thăm chính Huế; Minh đến thăm "
						+ "chính thức.",
				"VISITOR"));
	}

	@Test
	void theTokenAfterALeadingPhraseIsCheckedBeforeTheRuleIsTried() {
		// Each rule starts with phrases of one length; the token after them must fit what follows (followOffset):
		// a class, a lookahead, an id or a mention. The last two rules say nothing of that token.
		List<Rule> rules = List.of(
				Rule.of("country", "t.rules", 1, literal("Nhật Bản"), 0, 1, new MarkEntity("COUNTRY", null, new NoValue())),
				Rule.of("talks_end", "t.rules", 2, sequence(capture("x", literal("hội đàm")),
						after(token(TokenClass.PUNCTUATION))), 0, 1, new MarkEntity("TALKS", "x", new NoValue())),
				Rule.of("minister", "t.rules", 3, sequence(anyOf(literal("Bộ trưởng"), literal("Thứ trưởng")),
						capture("x", repeat(token(TokenClass.CAPITALIZED), 1, 3))), 0, 1,
						new MarkEntity("NAME", "x", new NoValue())),
				Rule.of("visit", "t.rules", 4, sequence(capture("x", literal("thăm")), optional(literal("chính thức")),
						entity("COUNTRY")), 0, 1, new MarkEntity("VISIT", "x", new NoValue())),
				Rule.of("met", "t.rules", 5, sequence(capture("x", literal("gặp")), notAfter(literal("gỡ"))), 0, 1,
						new MarkEntity("MET", "x", new NoValue())),
				Rule.of("talks_last", "t.rules", 6, sequence(capture("x", literal("đàm phán")), sentenceEnd()), 0, 1,
						new MarkEntity("LAST", "x", new NoValue())));
		String text = "Bộ trưởng Lan Anh hội đàm, rồi thăm chính thức Nhật Bản và thăm Nhật Bản; thăm Huế. Thứ trưởng "
				+ "nói hội đàm tiếp. Họ gặp gỡ và gặp Bộ trưởng Minh rồi đàm phán\nhội đàm";
		assertEquals(List.of("hội đàm"), sameTexts(rules, text, "TALKS"));
		assertEquals(List.of("Lan Anh", "Minh"), sameTexts(rules, text, "NAME"));
		assertEquals(List.of("thăm", "thăm"), sameTexts(rules, text, "VISIT"));
		assertEquals(List.of("gặp"), sameTexts(rules, text, "MET"));
		assertEquals(List.of("đàm phán"), sameTexts(rules, text, "LAST"));
	}

	@Test
	void theWordListAndTheDiplomaticRulesGiveTheSameResultsOnTheSeeds() throws IOException {
		DiplomaticRuleSet set = new DiplomaticRuleSet();
		Lexicon.Builder words = Lexicon.builder("words", set.vocabulary, VietnameseKeys.INSTANCE);
		for (String line : Files.readAllLines(WORD_LIST, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				words.add(line.strip());
			}
		}
		List<Lexicon> lexicons = new ArrayList<>(set.lexicons());
		lexicons.add(words.build());
		List<Rule> rules = new ArrayList<>(set.rules());
		rules.add(Rule.of("word_list", "words.rules", 1, lexicon("words"), -10, 0.3,
				new MarkEntity("WORD", null, new NoValue())));
		rules.add(Rule.of("country_word", "words.rules", 2, lexicon("countries"), -10, 0.3,
				new MarkEntity("WORD", null, new LexiconValue())));
		rules.add(Rule.of("names_before_sides", "words.rules", 3,
				sequence(capture("x", repeat(token(TokenClass.CAPITALIZED), 2, 4)), literal("hai bên")), 1, 0.5,
				new MarkEntity("MISC", "x", new NoValue())));
		rules.add(Rule.of("title_then_person", "words.rules", 4,
				sequence(capture("x", lexicon("titles")), entity("PERSON")), 2, 0.5,
				new MarkEntity("MISC", "x", new NoValue())));
		List<EngineDocument> docs = new ArrayList<>();
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				docs.add(PlainTextAnalyzer.analyze(file.getFileName().toString(), Files.readString(file),
						VietnameseKeys.INSTANCE));
			}
		}
		assertTrue(docs.size() >= 5, "seed articles found: " + docs.size());
		DocumentResult first = RuleEngine.compile(rules, lexicons, EngineOptions.defaults()).run(docs.get(0));
		assertTrue(first.conflicts().size() > 100, "the word list competes: " + first.conflicts().size());
		assertSameResults(rules, lexicons, docs);
	}

	private static final String[] SYLLABLES = { "hòa", "hoà", "Hòa", "hoa", "bình", "Bình", "Việt", "Nam", "của",
			"và", "với", "Minh", "MINH", "an", "ninh", "1", "12", "2024", "12/3", ".", ",", "gặp", "hai", "bên" };

	private static String randomPhrase(Random random, int maxTokens) {
		int n = 1 + random.nextInt(maxTokens);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String s = SYLLABLES[random.nextInt(SYLLABLES.length)];
			if (!s.equals(".") && !s.equals(",")) {
				tokens.add(s);
			}
		}
		return tokens.isEmpty() ? "an" : String.join(" ", tokens);
	}

	private static PatternElement randomElement(Random random, int depth) {
		int choice = random.nextInt(depth > 1 ? 7 : 13);
		return switch (choice) {
		case 0, 1 -> literal(randomPhrase(random, 2));
		case 2 -> lexicon(random.nextBoolean() ? "a" : "b");
		case 3 -> token(TokenClass.values()[random.nextInt(TokenClass.values().length)]);
		case 4 -> exact(randomPhrase(random, 1));
		case 5 -> regex(random.nextBoolean() ? "\\d+" : "\\p{Lu}\\p{L}*");
		case 6 -> entity(random.nextBoolean() ? "A" : "B");
		case 7 -> sequence(randomElement(random, depth + 1), randomElement(random, depth + 1));
		case 8 -> anyOf(randomElement(random, depth + 1), randomElement(random, depth + 1));
		case 9 -> repeat(randomElement(random, depth + 1), random.nextInt(2), 1 + random.nextInt(3));
		case 10 -> optional(randomElement(random, depth + 1));
		case 11 -> switch (random.nextInt(4)) {
			case 0 -> before(randomElement(random, depth + 1));
			case 1 -> after(randomElement(random, depth + 1));
			case 2 -> notBefore(randomElement(random, depth + 1));
			default -> notAfter(randomElement(random, depth + 1));
			};
		default -> sequence(randomElement(random, depth + 1), capture("x", randomElement(random, depth + 1)));
		};
	}

	/** More word lists than a stage keeps per id as bits (64): each is then asked whether an entry starts there. */
	@Test
	void manyWordListsGiveTheSameResultsWithAndWithoutShortcuts() {
		Random random = new Random(20261130);
		for (int count : List.of(3, 64, 70)) {
			SyllableVocabulary vocabulary = new SyllableVocabulary();
			List<Lexicon> lexicons = new ArrayList<>();
			List<Rule> rules = new ArrayList<>();
			for (int k = 0; k < count; k++) {
				Lexicon.Builder builder = Lexicon.builder("l" + k, vocabulary, VietnameseKeys.INSTANCE);
				for (int i = 0; i < 1 + random.nextInt(6); i++) {
					builder.add(randomPhrase(random, 3), null, random.nextInt(5) == 0);
				}
				lexicons.add(builder.build());
				rules.add(Rule.of("list" + k, "lists.rules", k + 1, lexicon("l" + k), random.nextInt(3), 0.5,
						new MarkEntity("T" + k % 4, null, new NoValue())));
			}
			List<EngineDocument> docs = new ArrayList<>();
			for (int d = 0; d < 4; d++) {
				docs.add(PlainTextAnalyzer.analyzeBody("lists-" + count + "-" + d, randomPhrase(random, 60) + ". "
						+ randomPhrase(random, 60), VietnameseKeys.INSTANCE));
			}
			RuleEngine engine = RuleEngine.compile(rules, lexicons, EngineOptions.defaults());
			int marked = docs.stream().mapToInt(doc -> engine.run(doc).entities().size()).sum();
			assertTrue(marked > 0, count + " word lists mark nothing");
			assertSameResults(rules, lexicons, docs);
		}
	}

	@Test
	void randomRulesGiveTheSameResultsWithAndWithoutShortcuts() {
		Random random = new Random(20261129);
		int compared = 0;
		for (int round = 0; round < 80; round++) {
			SyllableVocabulary vocabulary = new SyllableVocabulary();
			List<Lexicon> lexicons = new ArrayList<>();
			for (String name : List.of("a", "b")) {
				Lexicon.Builder builder = Lexicon.builder(name, vocabulary, VietnameseKeys.INSTANCE);
				for (int i = 0; i < 5 + random.nextInt(40); i++) {
					builder.add(randomPhrase(random, 3), random.nextBoolean() ? null : "v" + i, random.nextInt(5) == 0);
				}
				lexicons.add(builder.build());
			}
			List<Rule> rules = new ArrayList<>();
			for (int i = 0; i < 4 + random.nextInt(12); i++) {
				PatternElement pattern = switch (random.nextInt(4)) {
				case 0 -> lexicon(random.nextBoolean() ? "a" : "b");
				default -> randomElement(random, 0);
				};
				boolean captures = pattern.toString().contains("Capture[name=x");
				String type = List.of("A", "B", "C").get(random.nextInt(3));
				Action mark = new MarkEntity(type, captures && random.nextBoolean() ? "x" : null,
						switch (random.nextInt(3)) {
						case 0 -> new LexiconValue();
						case 1 -> captures ? new CaptureText("x") : new NoValue();
						default -> new NoValue();
						});
				List<Action> actions = new ArrayList<>(List.of(mark));
				if (captures && random.nextInt(3) == 0) {
					actions.add(new CreateEvent("E", "x", List.of(RoleBinding.nearest("who", "A"))));
				}
				if (random.nextInt(4) == 0) {
					actions.add(new MarkEntity("C", null, new NoValue()));
				}
				rules.add(new Rule("r" + i, pattern, actions, random.nextInt(5) - 2, 0.5,
						new Provenance("r" + i, "random.rules", i + 1)));
			}
			List<EngineDocument> docs = new ArrayList<>();
			for (int d = 0; d < 5; d++) {
				StringBuilder text = new StringBuilder();
				for (int sentence = 0; sentence < 1 + random.nextInt(6); sentence++) {
					text.append(randomPhrase(random, 25)).append(random.nextBoolean() ? ". " : "\n");
				}
				docs.add(PlainTextAnalyzer.analyzeBody("doc-" + round + "-" + d, text.toString(),
						VietnameseKeys.INSTANCE));
			}
			try {
				assertSameResults(rules, lexicons, docs);
				compared++;
			} catch (RuleCompilationException e) {
				// A random rule set can be invalid (a stage cycle, a looping repetition): nothing to compare.
			} catch (AssertionError e) {
				throw new AssertionError("round " + round + ", rules " + rules, e);
			}
		}
		assertTrue(compared >= 30, "rule sets compared: " + compared);
	}
}
