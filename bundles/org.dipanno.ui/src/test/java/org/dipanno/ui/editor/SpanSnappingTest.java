package org.dipanno.ui.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.dipanno.model.Document;
import org.dipanno.model.Token;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.text.ArticleAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SpanSnappingTest {

	private static final String SENTENCE = "Ngày 28/8, tại thủ đô Bắc Kinh, Bộ trưởng Thương mại Trung Quốc Vương Văn Đào đã có cuộc hội đàm.";
	private static String text;
	private static List<Token> tokens;

	@BeforeAll
	static void analyze() throws Exception {
		Document document = ArticleImporter.toDocument("s", "s.txt",
				ArticleAnalyzer.analyze(SENTENCE.getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.txt"));
		text = document.getText();
		tokens = document.getTokens();
	}

	private static int[] span(String part) {
		int start = text.indexOf(part);
		return new int[] { start, start + part.length() };
	}

	@Test
	void partialSyllablesGrowToWholeSyllables() {
		int[] name = span("Vương Văn Đào");
		assertArrayEquals(name, SpanSnapping.snap(tokens, name[0] + 2, name[1] - 1));
	}

	@Test
	void punctuationAtTheEdgesIsLeftOut() {
		int[] city = span("Bắc Kinh");
		assertArrayEquals(city, SpanSnapping.snap(tokens, city[0], city[1] + 1), "the comma after the name");
		int[] date = span("Ngày 28/8");
		assertArrayEquals(date, SpanSnapping.snap(tokens, date[0], date[1] + 2), "comma and space after the date");
	}

	@Test
	void aSelectionOfOnlyPunctuationKeepsIt() {
		int comma = text.indexOf(',');
		assertArrayEquals(new int[] { comma, comma + 1 }, SpanSnapping.snap(tokens, comma, comma + 1));
	}

	@Test
	void anEmptySelectionTakesTheSyllableAtTheCaret() {
		int[] hoi = span("hội");
		assertArrayEquals(hoi, SpanSnapping.snap(tokens, hoi[0] + 1, hoi[0] + 1));
	}

	@Test
	void whiteSpaceOnlyIsNoSpan() {
		int space = text.indexOf(' ');
		assertNull(SpanSnapping.trim(text, space, space + 1));
		assertArrayEquals(span("tại"), SpanSnapping.trim(text, span("tại")[0] - 1, span("tại")[1] + 1));
	}
}
