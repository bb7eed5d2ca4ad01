package org.dipanno.engine.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.text.TokenKind;
import org.dipanno.text.ZoneKind;
import org.junit.jupiter.api.Test;

class PlainTextAnalyzerTest {

	private static List<String> describe(EngineDocument doc) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < doc.tokenCount(); i++) {
			out.add(doc.tokenText(i) + "/" + doc.kind(i) + "/s" + doc.sentence(i));
		}
		return out;
	}

	@Test
	void tokensKindsAndSentencesOfASeedLine() {
		EngineDocument doc = PlainTextAnalyzer.analyzeBody("001",
				"tối 23/4, Trưởng Đại diện Jamieson L. Greer để khởi động. Đây là 07:59 | 16/09/2024 với 1.000 USD…",
				VietnameseKeys.INSTANCE);
		assertEquals(List.of("tối/WORD/s0", "23/4/DATE/s0", ",/PUNCTUATION/s0", "Trưởng/WORD/s0",
				"Đại/WORD/s0", "diện/WORD/s0", "Jamieson/WORD/s0", "L/WORD/s0", "./PUNCTUATION/s0", "Greer/WORD/s0",
				"để/WORD/s0", "khởi/WORD/s0", "động/WORD/s0", "./PUNCTUATION/s0", "Đây/WORD/s1", "là/WORD/s1",
				"07:59/TIME/s1", "|/SYMBOL/s1", "16/09/2024/DATE/s1", "với/WORD/s1", "1.000/NUMBER/s1",
				"USD/WORD/s1", "…/PUNCTUATION/s1"), describe(doc));
		assertEquals(4, doc.tokenStart(1));
		assertEquals(8, doc.tokenEnd(1));
	}

	@Test
	void firstLineIsTheTitleAndLineBreaksEndSentences() {
		EngineDocument doc = PlainTextAnalyzer.analyze("002", "Ngoại trưởng Mỹ thăm Việt Nam\n\nNgày 28/8\nQuang cảnh",
				VietnameseKeys.INSTANCE);
		assertEquals(ZoneKind.TITLE, doc.zone(5));
		assertEquals(ZoneKind.BODY, doc.zone(6));
		assertEquals(List.of(0, 0, 0, 0, 0, 0, 1, 1, 2, 2), java.util.stream.IntStream.range(0, doc.tokenCount())
				.map(doc::sentence).boxed().toList());
		assertEquals(6, doc.tokenStartingAt(31));
		assertEquals(-1, doc.tokenStartingAt(32));
	}

	@Test
	void nbspAndZeroWidthSpaceSeparateTokens() {
		EngineDocument doc = PlainTextAnalyzer.analyzeBody("x", "Hoa\u00A0Kỳ\u200Bvà", VietnameseKeys.INSTANCE);
		assertEquals(List.of("Hoa/WORD/s0", "Kỳ/WORD/s0", "và/WORD/s0"), describe(doc));
	}

	@Test
	void inconsistentArraysAreRefusedNamingTheDocument() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new EngineDocument("d7", "Hoa Kỳ", new int[] { 0, 2 }, new int[] { 3, 6 },
						new String[] { "hoa", "kỳ" }, new TokenKind[] { TokenKind.WORD, TokenKind.WORD },
						new int[] { 0, 0 }, new ZoneKind[] { ZoneKind.BODY, ZoneKind.BODY }));
		assertEquals("Document d7: token 1 at 2 overlaps token 0 ending at 3", e.getMessage());
	}
}
