package org.dipanno.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.dipanno.text.TextImportException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleAnalyzerTest {

	private static final UnaryOperator<String> NFD = t -> Normalizer.normalize(t, Normalizer.Form.NFD);
	private static final UnaryOperator<String> CRLF = t -> t.replace("\n", "\r\n");
	private static final UnaryOperator<String> CR = t -> t.replace("\n", "\r");
	private static final UnaryOperator<String> BOM = t -> "\uFEFF" + t;
	/** Zero-width characters after spaces, inside words ("n\u200Cg") and at line starts. */
	private static final UnaryOperator<String> ZERO_WIDTH = t -> "\u2060"
			+ t.replace(" ", " \u200B").replace("ng", "n\u200Cg").replace("\n", "\n\u200D").replace("Bộ", "B\uFEFFộ");
	private static final UnaryOperator<String> ALL = t -> BOM.apply(CRLF.apply(NFD.apply(ZERO_WIDTH.apply(t))));

	static Stream<Arguments> seedVariants() {
		List<Arguments> arguments = new ArrayList<>();
		for (String seed : Seeds.ALL) {
			arguments.add(Arguments.of(seed, "NFD", NFD));
			arguments.add(Arguments.of(seed, "CRLF", CRLF));
			arguments.add(Arguments.of(seed, "CR", CR));
			arguments.add(Arguments.of(seed, "BOM", BOM));
			arguments.add(Arguments.of(seed, "zero-width", ZERO_WIDTH));
			arguments.add(Arguments.of(seed, "all at once", ALL));
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("seedVariants")
	void variantsGiveTheIdenticalArticleAndMapBackToTheOriginal(String seed, String variantName,
			UnaryOperator<String> variant) throws Exception {
		AnalyzedArticle reference = ArticleAnalyzer.analyze(Seeds.bytes(seed), seed);
		String original = variant.apply(Seeds.text(seed));
		assertNotEquals(Seeds.text(seed), original);
		AnalyzedArticle article = ArticleAnalyzer.analyze(original.getBytes(StandardCharsets.UTF_8), seed);
		assertEquals(reference.text(), article.text());
		assertEquals(reference.zones(), article.zones());
		assertEquals(reference.sentences(), article.sentences());
		assertEquals(reference.tokens(), article.tokens());
		assertEquals(reference.words(), article.words());
		OffsetMap map = article.normalized().offsets();
		assertEquals(original.length(), map.originalLength());
		for (Token token : article.tokens()) {
			String slice = original.substring(map.toOriginalStart(token.start()), map.toOriginalEnd(token.end()));
			assertEquals(token.text(article.text()), storedForm(slice), "token " + token);
		}
		for (Word word : article.words()) {
			int start = map.toOriginalStart(word.start());
			int end = map.toOriginalEnd(word.end());
			assertEquals(word.text(article.text()), storedForm(original.substring(start, end)));
			// and forward again
			assertEquals(word.start(), map.toStoredStart(start));
			assertEquals(word.end(), map.toStoredEnd(end));
		}
	}

	/** What the normalizer makes of an original slice: no zero-width, no CR, NFC. */
	private static String storedForm(String slice) {
		String withoutInvisible = slice.replaceAll("[\u200B\u200C\u200D\u2060\uFEFF]", "").replace("\r\n", "\n")
				.replace('\r', '\n');
		return Normalizer.normalize(withoutInvisible, Normalizer.Form.NFC);
	}

	@Test
	void offsetMapOfTheNfdVariantPointsAtTheDecomposedCharacters() throws Exception {
		String original = NFD.apply(Seeds.text(Seeds.S000));
		AnalyzedArticle article = ArticleAnalyzer.analyze(original.getBytes(StandardCharsets.UTF_8), Seeds.S000);
		int hoiDam = article.text().indexOf("hội đàm");
		OffsetMap map = article.normalized().offsets();
		String originalHoiDam = original.substring(map.toOriginalStart(hoiDam), map.toOriginalEnd(hoiDam + 7));
		// h o + circumflex + dot below, i, space, đ a + grave, m
		assertEquals("ho\u0323\u0302i \u0111a\u0300m", originalHoiDam);
		assertTrue(map.runCount() > 1);
	}

	@ParameterizedTest
	@MethodSource("org.dipanno.text.TextNormalizerTest#seeds")
	void syllableAndWordViewsShareOffsetsAndEverythingStaysInOneZone(String seed) throws Exception {
		AnalyzedArticle article = ArticleAnalyzer.analyze(Seeds.bytes(seed), seed);
		List<Token> tokens = article.tokens();
		List<Word> words = article.words();
		int expectedFirst = 0;
		for (Word word : words) {
			assertEquals(expectedFirst, word.firstToken(), "words partition the tokens in order");
			assertEquals(tokens.get(word.firstToken()).start(), word.start());
			assertEquals(tokens.get(word.lastTokenExclusive() - 1).end(), word.end());
			assertSame(article.zoneAt(word.start()), article.zoneAt(word.end() - 1));
			expectedFirst = word.lastTokenExclusive();
		}
		assertEquals(tokens.size(), expectedFirst);
		for (Token token : tokens) {
			assertSame(article.zoneAt(token.start()), article.zoneAt(token.end() - 1));
		}
		int tokenIndex = 0;
		for (Sentence sentence : article.sentences()) {
			assertSame(article.zoneAt(sentence.start()), article.zoneAt(sentence.end() - 1));
			assertEquals(sentence.start(), tokens.get(tokenIndex).start(), "sentences follow each other token by token");
			while (tokenIndex < tokens.size() && tokens.get(tokenIndex).end() <= sentence.end()) {
				tokenIndex++;
			}
			assertEquals(sentence.end(), tokens.get(tokenIndex - 1).end());
		}
		assertEquals(tokens.size(), tokenIndex, "every token is in a sentence");
	}

	@Test
	void zoneAtFindsTheZoneOfAnyOffset() throws Exception {
		AnalyzedArticle article = ArticleAnalyzer.analyze(Seeds.bytes(Seeds.S000), Seeds.S000);
		String text = article.text();
		assertEquals(ZoneKind.TITLE, article.zoneKindAt(0));
		assertEquals(ZoneKind.LEAD, article.zoneKindAt(text.indexOf("Vương Văn Đào đã có")));
		assertEquals(ZoneKind.BOILERPLATE, article.zoneKindAt(text.length() - 1));
		assertEquals(null, article.zoneAt(text.length()));
		Word minister = article.words().stream().filter(w -> w.underscored(text).equals("Vương_Văn_Đào")).findFirst()
				.orElseThrow();
		assertEquals(ZoneKind.LEAD, article.zoneKindAt(minister.start()));
		assertEquals(3, minister.tokenCount());
	}

	@Test
	void analysisIsDeterministic() throws Exception {
		for (String seed : Seeds.ALL) {
			assertEquals(ArticleAnalyzer.analyze(Seeds.bytes(seed), seed), ArticleAnalyzer.analyze(Seeds.bytes(seed), seed));
		}
	}

	@Test
	void concurrentAnalysesGiveTheSequentialResults() throws Exception {
		List<AnalyzedArticle> sequential = new ArrayList<>();
		for (String seed : Seeds.ALL) {
			sequential.add(ArticleAnalyzer.analyze(Seeds.bytes(seed), seed));
		}
		List<AnalyzedArticle> parallel = java.util.stream.IntStream.range(0, 4 * Seeds.ALL.size()).parallel()
				.mapToObj(i -> {
					String seed = Seeds.ALL.get(i % Seeds.ALL.size());
					try {
						return ArticleAnalyzer.analyze(Seeds.bytes(seed), seed);
					} catch (TextImportException e) {
						throw new AssertionError(e);
					}
				}).toList();
		for (int i = 0; i < parallel.size(); i++) {
			assertEquals(sequential.get(i % Seeds.ALL.size()), parallel.get(i));
		}
	}

	@Test
	void badInputsAreRejectedWithTheFileNameAndTheProblem() {
		byte[] seed = Seeds.bytes(Seeds.S001);
		byte[] broken = seed.clone();
		broken[100] = (byte) 0xFF;
		TextImportException notUtf8 = assertThrows(TextImportException.class,
				() -> ArticleAnalyzer.analyze(broken, "001-broken.txt"));
		assertEquals(Problem.NOT_UTF8, notUtf8.problem());
		assertEquals(100, notUtf8.byteOffset());
		assertTrue(notUtf8.getMessage().startsWith("001-broken.txt: not valid UTF-8: malformed byte sequence (FF) at byte offset 100"),
				notUtf8.getMessage());

		byte[] binary = seed.clone();
		binary[2000] = 0;
		TextImportException nul = assertThrows(TextImportException.class, () -> ArticleAnalyzer.analyze(binary, "img.txt"));
		assertEquals("img.txt: binary file, not text: NUL byte at byte offset 2000", nul.getMessage());

		TextImportException empty = assertThrows(TextImportException.class,
				() -> ArticleAnalyzer.analyze("\r\n  \r\n".getBytes(StandardCharsets.UTF_8), "blank.txt"));
		assertEquals(Problem.EMPTY, empty.problem());

		byte[] oneLine = Seeds.text(Seeds.S002).replace('\n', ' ').repeat(20).getBytes(StandardCharsets.UTF_8);
		TextImportException longLine = assertThrows(TextImportException.class,
				() -> ArticleAnalyzer.analyze(oneLine, "one-line.txt"));
		assertEquals(Problem.LINE_TOO_LONG, longLine.problem());
		assertTrue(longLine.getMessage().startsWith("one-line.txt: line 1 is "), longLine.getMessage());
	}
}
