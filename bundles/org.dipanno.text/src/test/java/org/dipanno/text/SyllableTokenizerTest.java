package org.dipanno.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyllableTokenizerTest {

	/** Tokens as "text/KIND" strings. */
	static List<String> tokens(String text) {
		return SyllableTokenizer.tokenize(text).stream().map(t -> t.text(text) + "/" + t.kind()).toList();
	}

	@Test
	void hyphenBetweenSyllablesIsItsOwnToken() {
		assertEquals(List.of("kinh/WORD", "tế/WORD", "-/PUNCTUATION", "thương/WORD", "mại/WORD", "Trung/WORD",
				"-/PUNCTUATION", "Mỹ/WORD", "–/PUNCTUATION", "Nga/WORD"), tokens("kinh tế-thương mại Trung-Mỹ – Nga"));
	}

	@Test
	void datesTimesAndNumbers() {
		assertEquals(List.of("Ngày/WORD", "28/8/DATE", ",/PUNCTUATION", "12/4/2025/DATE", "9/2025/DATE",
				"07:59/TIME", "|/SYMBOL", "16/09/2024/DATE", "8,5/NUMBER", "%/SYMBOL", "780.000/NUMBER",
				"15/NUMBER", "-/PUNCTUATION", "17/3/DATE", "753/NUMBER", "//PUNCTUATION", "QĐ/WORD",
				"-/PUNCTUATION", "TTg/WORD", "2023/NUMBER", "./PUNCTUATION"),
				tokens("Ngày 28/8, 12/4/2025 9/2025 07:59 | 16/09/2024 8,5% 780.000 15-17/3 753/QĐ-TTg 2023."));
	}

	@Test
	void implausibleDatesAreNumbers() {
		assertEquals(List.of("45/NUMBER", "//PUNCTUATION", "13/NUMBER"), tokens("45/13"));
	}

	@Test
	void endMarkerEllipsisAndDomainNames() {
		assertEquals(List.of("nước/WORD", "././PUNCTUATION", "-/PUNCTUATION", "Từ/WORD", "khóa/WORD",
				":/PUNCTUATION"), tokens("nước./.- Từ khóa :"));
		assertEquals(List.of("Trung/WORD", "Quốc/WORD", ".../PUNCTUATION", "này/WORD", "…/PUNCTUATION"),
				tokens("Trung Quốc... này…"));
		assertEquals(List.of("(/PUNCTUATION", "Ảnh/WORD", ":/PUNCTUATION", "mofcom.gov.cn/WORD", ")/PUNCTUATION",
				"VOV.VN/WORD", "Korea.net/WORD", "TP/WORD", "./PUNCTUATION", "Hồ/WORD"),
				tokens("(Ảnh: mofcom.gov.cn) VOV.VN Korea.net TP. Hồ"));
	}

	@Test
	void aMissingSpaceAfterAFullStopStillSplits() {
		assertEquals(List.of("IPEF/WORD", "./PUNCTUATION", "Là/WORD"), tokens("IPEF.Là"));
	}

	@Test
	void quotesAreTokensAndNbspSeparates() {
		assertEquals(List.of("Raimondo/WORD", "./PUNCTUATION", "Hai/WORD", "“/PUNCTUATION", "đáp/WORD", "lễ/WORD",
				"”/PUNCTUATION", "\"/PUNCTUATION", "G20/WORD", "\"/PUNCTUATION"),
				tokens("Raimondo.\u00A0Hai \u201Cđáp lễ\u201D \"G20\""));
	}

	@Test
	void rangeTokenizingStopsAtTheRangeEnd() {
		String text = "nước./.- Từ khóa";
		List<Token> tokens = SyllableTokenizer.tokenize(text, 0, text.indexOf('-'));
		assertEquals(List.of(new Token(0, 4, TokenKind.WORD), new Token(4, 7, TokenKind.PUNCTUATION)), tokens);
	}

	@ParameterizedTest
	@MethodSource("org.dipanno.text.TextNormalizerTest#seeds")
	void seedTokensNeverContainSpacesAndCoverEveryVisibleCharacter(String seed) {
		String text = Seeds.text(seed);
		List<Token> tokens = SyllableTokenizer.tokenize(text);
		int covered = 0;
		int previousEnd = 0;
		for (Token token : tokens) {
			for (int i = token.start(); i < token.end(); i++) {
				assertFalse(Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0', token.toString());
			}
			for (int i = previousEnd; i < token.start(); i++) {
				assertFalse(!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i)),
						"uncovered character at " + i);
			}
			covered += token.end() - token.start();
			previousEnd = token.end();
		}
		long visible = text.chars().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
		assertEquals(visible, covered);
	}
}
