package org.dipanno.model.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dipanno.model.Document;
import org.dipanno.text.NormalizedText;
import org.dipanno.text.Sentence;
import org.dipanno.text.TextNormalizer;
import org.dipanno.text.Token;
import org.dipanno.text.TokenKind;
import org.dipanno.text.Word;
import org.dipanno.text.Zone;
import org.dipanno.text.ZoneKind;
import org.junit.jupiter.api.Test;

class ArticleImporterTest {

	/** "Mỹ" arrives decomposed and with CRLF; the stored text is NFC with LF. */
	private static final String ORIGINAL = "Tin nhanh\r\nVOV.VN - Bộ trưởng Mỹ thăm Hà Nội.\r\n";

	@Test
	void analysisResultsBecomeTheDocumentsTextStructure() throws Exception {
		NormalizedText normalized = TextNormalizer.normalize(
				ORIGINAL.replace("Mỹ", "My\u0303").getBytes(StandardCharsets.UTF_8), "tin.txt");
		String text = normalized.text();
		assertEquals("Tin nhanh\nVOV.VN - Bộ trưởng Mỹ thăm Hà Nội.\n", text);
		Document document = ArticleImporter.toDocument("tin", "tin.txt", normalized,
				List.of(new Zone(ZoneKind.TITLE, 0, 10), new Zone(ZoneKind.LEAD, 10, 45)),
				List.of(new Sentence(0, 9), new Sentence(10, 44)),
				List.of(new Token(19, 21, TokenKind.WORD), new Token(22, 28, TokenKind.WORD),
						new Token(43, 44, TokenKind.PUNCTUATION)),
				List.of(new Word(19, 28, 0, 2), new Word(43, 44, 2, 3)));
		assertEquals("tin", document.getId());
		assertEquals("tin.txt", document.getSourceName());
		assertEquals("Tin nhanh", document.getTitle());
		assertEquals("VOV.VN", document.getOutlet());
		assertNull(document.getPublicationDate());
		assertEquals(text, document.getText());
		assertEquals(List.of(ZoneKind.TITLE, ZoneKind.LEAD), document.getZones().stream().map(z -> z.getKind()).toList());
		assertEquals("VOV.VN - Bộ trưởng Mỹ thăm Hà Nội.", document.getSentences().get(1).getText());
		assertEquals("trưởng", document.getTokens().get(1).getText());
		assertEquals(TokenKind.PUNCTUATION, document.getTokens().get(2).getKind());
		assertEquals("Bộ trưởng", document.getWords().get(0).getText());
		assertEquals(2, document.getWords().get(0).getSyllableCount());
		int my = text.indexOf("Mỹ");
		assertEquals(29, my);
		assertEquals(30, document.getOffsetMap().toOriginalStart(my), "after the CR of the first line");
		assertEquals(33, document.getOffsetMap().toOriginalEnd(my + 2), "\"My\" + combining tilde is three chars");
	}
}
