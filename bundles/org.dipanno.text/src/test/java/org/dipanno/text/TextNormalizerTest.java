package org.dipanno.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.dipanno.text.TextImportException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

	static java.util.List<String> seeds() {
		return Seeds.ALL;
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void seedsAreStoredUnchangedWithAnIdentityMap(String seed) throws Exception {
		NormalizedText normalized = TextNormalizer.normalize(Seeds.bytes(seed), seed);
		assertEquals(Seeds.text(seed), normalized.text());
		assertTrue(normalized.offsets().isIdentity());
		assertEquals(1, normalized.offsets().runCount());
	}

	@Test
	void bomCrlfZeroWidthAndNfdAreNormalizedAndMappedBack() throws Exception {
		String original = "\uFEFFHoà\u200B Bình\r\nđã\u2060 ký.\rX";
		String nfdOriginal = Normalizer.normalize(original, Normalizer.Form.NFD);
		NormalizedText normalized = TextNormalizer.normalize(nfdOriginal.getBytes(StandardCharsets.UTF_8), "t.txt");
		assertEquals("Hoà Bình\nđã ký.\nX", normalized.text());
		OffsetMap map = normalized.offsets();
		// "Hoà": stored [0,3) comes from original [1,5): BOM skipped, "a" + combining grave composed
		assertEquals(1, map.toOriginalStart(0));
		assertEquals(5, map.toOriginalEnd(3));
		assertEquals("Hoa\u0300", nfdOriginal.substring(map.toOriginalStart(0), map.toOriginalEnd(3)));
		// the space after the removed ZWSP
		assertEquals(' ', nfdOriginal.charAt(map.toOriginalStart(3)));
		// the LF of CRLF
		int lf = normalized.text().indexOf('\n');
		assertEquals("\n", nfdOriginal.substring(map.toOriginalStart(lf), map.toOriginalEnd(lf + 1)));
		// the lone CR became LF and maps to it
		int secondLf = normalized.text().lastIndexOf('\n');
		assertEquals('\r', nfdOriginal.charAt(map.toOriginalStart(secondLf)));
		// forward: the BOM maps to stored 0, the combining grave into "à"
		assertEquals(0, map.toStoredStart(0));
		assertEquals(2, map.toStoredStart(4));
		assertEquals(3, map.toStoredEnd(5));
		assertEquals(normalized.text().length(), map.toStoredStart(nfdOriginal.length()));
	}

	@Test
	void utf16IsNamedWithHowToConvertNotCalledBinary() {
		String article = "Hà Nội - Bộ Ngoại giao đã họp với các đối tác.";
		for (var charset : new java.nio.charset.Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
				StandardCharsets.UTF_16 }) {
			TextImportException e = assertThrows(TextImportException.class,
					() -> TextNormalizer.normalize(article.getBytes(charset), "a.txt"));
			assertEquals(Problem.NOT_UTF8, e.problem(), charset.name());
			assertTrue(e.getMessage().startsWith("a.txt: the file is UTF-16 ("), e.getMessage());
			assertTrue(e.getMessage().contains("iconv -f UTF-16 -t UTF-8"), e.getMessage());
		}
	}

	@Test
	void invalidUtf8IsRejectedWithFileAndByteOffset() {
		byte[] bytes = "Hội đàm".getBytes(StandardCharsets.UTF_8);
		byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 3);
		bad[bytes.length] = ' ';
		bad[bytes.length + 1] = (byte) 0xC3;
		bad[bytes.length + 2] = (byte) 0x28;
		TextImportException e = assertThrows(TextImportException.class, () -> TextNormalizer.normalize(bad, "bad.txt"));
		assertEquals(Problem.NOT_UTF8, e.problem());
		assertEquals(bytes.length + 1, e.byteOffset());
		assertEquals("bad.txt: not valid UTF-8: malformed byte sequence (C3) at byte offset " + (bytes.length + 1)
				+ "; save the file as UTF-8", e.getMessage());
	}

	@Test
	void windows1258TextIsNotUtf8() {
		byte[] latin = { 'H', (byte) 0xF4, 'i' };
		TextImportException e = assertThrows(TextImportException.class,
				() -> TextNormalizer.normalize(latin, "cp1258.txt"));
		assertTrue(e.getMessage().startsWith("cp1258.txt: not valid UTF-8"), e.getMessage());
		assertEquals(1, e.byteOffset());
	}

	@Test
	void nulBytesMeanBinary() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 };
		TextImportException e = assertThrows(TextImportException.class, () -> TextNormalizer.normalize(png, "x.png"));
		assertEquals(Problem.BINARY, e.problem());
		assertEquals("x.png: binary file, not text: NUL byte at byte offset 4", e.getMessage());
	}

	@Test
	void manyControlCharactersMeanBinary() {
		byte[] bytes = "abc\u0001\u0002\u0003def ghi jkl mno".getBytes(StandardCharsets.UTF_8);
		TextImportException e = assertThrows(TextImportException.class, () -> TextNormalizer.normalize(bytes, "c.bin"));
		assertEquals(Problem.BINARY, e.problem());
		assertTrue(e.getMessage().startsWith("c.bin: binary file, not text: 3 of 21 characters are control characters"),
				e.getMessage());
	}

	@Test
	void emptyAndWhitespaceOnlyFilesAreRejected() {
		TextImportException empty = assertThrows(TextImportException.class,
				() -> TextNormalizer.normalize(new byte[0], "empty.txt"));
		assertEquals(Problem.EMPTY, empty.problem());
		assertEquals("empty.txt: empty file: no text to import", empty.getMessage());
		byte[] blank = "\uFEFF \r\n\u00A0\t\u200B\n".getBytes(StandardCharsets.UTF_8);
		TextImportException whitespace = assertThrows(TextImportException.class,
				() -> TextNormalizer.normalize(blank, "blank.txt"));
		assertEquals(Problem.EMPTY, whitespace.problem());
		assertEquals("blank.txt: no text to import: the file holds only whitespace", whitespace.getMessage());
	}

	@Test
	void anEnormousSingleLineIsRejected() {
		String line = "Bộ trưởng ".repeat(12_000); // 120,000 chars
		byte[] bytes = ("Tiêu đề\n" + line + "\nkết thúc").getBytes(StandardCharsets.UTF_8);
		TextImportException e = assertThrows(TextImportException.class, () -> TextNormalizer.normalize(bytes, "long.txt"));
		assertEquals(Problem.LINE_TOO_LONG, e.problem());
		assertEquals("long.txt: line 2 is 120000 characters long, the limit is 100000 characters per line",
				e.getMessage());
	}

	@Test
	void anOversizedFileIsRejected() {
		byte[] bytes = new byte[TextNormalizer.MAX_FILE_BYTES + 1];
		java.util.Arrays.fill(bytes, (byte) 'a');
		TextImportException e = assertThrows(TextImportException.class, () -> TextNormalizer.normalize(bytes, "big.txt"));
		assertEquals(Problem.FILE_TOO_LARGE, e.problem());
		assertEquals("big.txt: file too large: 16777217 bytes, the limit is 16777216 bytes (16 MiB)", e.getMessage());
	}

	@Test
	void normalizingAStoredTextAgainChangesNothing() {
		String original = Normalizer.normalize("\uFEFFHoà\u200B Bình\r\nđã ký.\r\n", Normalizer.Form.NFD);
		NormalizedText once = TextNormalizer.normalize(original);
		NormalizedText twice = TextNormalizer.normalize(once.text());
		assertEquals(once.text(), twice.text());
		assertTrue(twice.offsets().isIdentity());
		// runs: BOM, "Ho", "à", ZWSP, " B", "ì", "nh", CR, "\nđ", "ã", " k", "ý", ".", CR, "\n"
		assertEquals(15, once.offsets().runCount(), once.offsets().toString());
	}

	@Test
	void nbspCurlyQuotesEllipsisAndEnDashAreKept() throws Exception {
		String text = "Gina Raimondo.\u00A0Hai \u201Cđáp lễ\u201D \u2013 Trung\u2026";
		assertEquals(text, TextNormalizer.normalize(text.getBytes(StandardCharsets.UTF_8), "k.txt").text());
	}
}
