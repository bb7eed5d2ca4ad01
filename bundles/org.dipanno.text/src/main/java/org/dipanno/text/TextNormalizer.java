package org.dipanno.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.dipanno.text.TextImportException.Problem;

/**
 * Imports the bytes of an article file into the stored form on which all
 * offsets (tokens, annotations, exports) are defined.
 *
 * <h2>Stored form</h2>
 * <ul>
 * <li>decoded as strict UTF-8 (malformed or unmappable input is rejected, never
 * replaced);</li>
 * <li>no byte order mark; no zero-width characters: U+200B ZERO WIDTH SPACE,
 * U+200C ZWNJ, U+200D ZWJ, U+2060 WORD JOINER and U+FEFF are removed wherever
 * they are;</li>
 * <li>line ends are LF: CRLF and lone CR become LF;</li>
 * <li>Unicode NFC.</li>
 * </ul>
 * Everything else is kept as it is, in particular NBSP (U+00A0), curly quotes,
 * ellipsis (U+2026) and dashes: annotations keep the original text, and the
 * tokenizer treats NBSP as a space. The {@link OffsetMap} maps every stored
 * offset to the decoded original file and back.
 *
 * <h2>Rejected files</h2> A {@link TextImportException} names the file and the
 * problem: not UTF-8 (with the byte offset), binary (a NUL byte, or more than
 * {@value #MAX_CONTROL_CHAR_PERCENT}% control characters other than tab, LF,
 * CR, form feed), empty or whitespace only, a line longer than
 * {@value #MAX_LINE_CHARS} characters, a file larger than
 * {@value #MAX_FILE_BYTES} bytes. Instances are stateless; the class is
 * thread-safe.
 */
public final class TextNormalizer {

	/** Largest accepted file: 16 MiB, far above any news article. */
	public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

	/** Longest accepted line, in stored characters. */
	public static final int MAX_LINE_CHARS = 100_000;

	/** Largest accepted share of control characters (other than tab, LF, CR, FF), in percent. */
	public static final int MAX_CONTROL_CHAR_PERCENT = 1;

	private TextNormalizer() {
	}

	/** True for the characters removed from the stored text. */
	public static boolean isRemovedInvisible(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
	}

	/**
	 * Decodes, checks and normalizes one file.
	 *
	 * @param raw        the file's bytes
	 * @param sourceName the file name used in messages (and by callers as document id)
	 * @throws TextImportException if the file is not acceptable text (see the class comment)
	 */
	public static NormalizedText normalize(byte[] raw, String sourceName) throws TextImportException {
		if (raw.length > MAX_FILE_BYTES) {
			throw new TextImportException(sourceName, Problem.FILE_TOO_LARGE, -1, "file too large: " + raw.length
					+ " bytes, the limit is " + MAX_FILE_BYTES + " bytes (" + MAX_FILE_BYTES / (1024 * 1024) + " MiB)");
		}
		String utf16 = utf16Kind(raw);
		if (utf16 != null) {
			throw new TextImportException(sourceName, Problem.NOT_UTF8, 0, "the file is UTF-16 (" + utf16
					+ "), not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE-utf8.txt");
		}
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == 0) {
				throw new TextImportException(sourceName, Problem.BINARY, i,
						"binary file, not text: NUL byte at byte offset " + i);
			}
		}
		String original = new String(raw, StandardCharsets.UTF_8);
		if (original.indexOf('\uFFFD') >= 0) {
			original = decodeStrictly(raw, sourceName); // malformed input, or a real U+FFFD: the decoder tells
		}
		checkControlCharacters(original, raw, sourceName);
		NormalizedText normalized = normalize(original);
		checkContent(normalized.text(), sourceName);
		return normalized;
	}

	/**
	 * Normalizes an already decoded text (no checks): the stored form and offset
	 * map for it. Useful for text that was not read from a file.
	 */
	public static NormalizedText normalize(String original) {
		int length = original.length();
		int plain = plainPrefix(original, 0);
		if (plain == length) {
			return new NormalizedText(original, OffsetMap.identity(length)); // stored as read: nothing to copy
		}
		StringBuilder stored = new StringBuilder(original.length());
		OffsetMap.Builder offsets = new OffsetMap.Builder();
		int i = 0;
		while (i < length) {
			int run = plainPrefix(original, i);
			if (run > i) {
				stored.append(original, i, run);
				offsets.linear(run - i);
				i = run;
				continue;
			}
			char c = original.charAt(i);
			if (isRemovedInvisible(c)) {
				offsets.replaced(0, 1);
				i++;
			} else if (c == '\r') {
				if (i + 1 < length && original.charAt(i + 1) == '\n') {
					offsets.replaced(0, 1); // the CR of CRLF; the LF follows unchanged
				} else {
					stored.append('\n');
					offsets.linear(1);
				}
				i++;
			} else {
				// A segment that NFC can change only as a whole: a character and what may compose with it.
				int end = i + 1;
				while (end < length && !isNormalizationBoundary(original.charAt(end))) {
					end++;
				}
				if (end == i + 1 && isNfcStableAlone(c)) {
					stored.append(c);
					offsets.linear(1);
				} else {
					String segment = original.substring(i, end);
					String composed = Normalizer.normalize(segment, Normalizer.Form.NFC);
					stored.append(composed);
					if (composed.equals(segment)) {
						offsets.linear(segment.length());
					} else {
						offsets.replaced(composed.length(), segment.length());
					}
				}
				i = end;
			}
		}
		return new NormalizedText(stored.toString(), offsets.build());
	}

	/**
	 * The end of the run from {@code from} that is stored as it is, character for
	 * character: characters {@link #isNfcStableAlone NFC leaves alone}, not CR and
	 * not removed, without the last one when what follows may compose with it.
	 */
	private static int plainPrefix(String original, int from) {
		int length = original.length();
		int i = from;
		while (i < length) {
			char c = original.charAt(i);
			if (!isNfcStableAlone(c) || c == '\r' || isRemovedInvisible(c)) {
				break;
			}
			i++;
		}
		if (i < length && i > from && !isNormalizationBoundary(original.charAt(i))) {
			i--; // the segment NFC sees starts with the last plain character
		}
		return i;
	}

	/**
	 * True if NFC never combines {@code c} with the text before it: characters
	 * below U+0300 (Latin, controls, spaces) and precomposed Latin letters of
	 * U+1E00..U+1EFF (all of Vietnamese). Removed characters and CR also end a
	 * segment. Other characters stay in the segment of the character before them,
	 * so NFC sees every composable sequence whole.
	 */
	private static boolean isNormalizationBoundary(char c) {
		return c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF') || isRemovedInvisible(c)
				|| (c >= '\u2000' && c <= '\u206F'); // general punctuation: quotes, dashes, ellipsis, spaces
	}

	/**
	 * True for characters that NFC leaves unchanged when nothing combining follows
	 * them: below U+0300, precomposed Latin (U+1E00..U+1EFF, all of Vietnamese) and
	 * general punctuation (quotes, dashes, ellipsis). Saves a normalizer call per
	 * Vietnamese letter.
	 */
	private static boolean isNfcStableAlone(char c) {
		return c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF') || (c >= '\u2002' && c <= '\u206F'); // U+2000, U+2001 decompose to U+2002, U+2003
	}

	/**
	 * "little-endian" or "big-endian" when the bytes are UTF-16 text: a UTF-16 byte order mark, or (without one)
	 * NUL bytes in at least half of every other position of the first 64 byte pairs and none in the others, as ASCII and Latin text in UTF-16 has;
	 * null otherwise.
	 */
	static String utf16Kind(byte[] raw) {
		if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFF && (raw[1] & 0xFF) == 0xFE) {
			return "little-endian";
		}
		if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFE && (raw[1] & 0xFF) == 0xFF) {
			return "big-endian";
		}
		int pairs = Math.min(raw.length / 2, 64);
		if (pairs < 4) {
			return null;
		}
		int evenNuls = 0;
		int oddNuls = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			evenNuls += raw[i] == 0 ? 1 : 0;
			oddNuls += raw[i + 1] == 0 ? 1 : 0;
		}
		if (oddNuls * 2 >= pairs && evenNuls == 0) {
			return "little-endian";
		}
		if (evenNuls * 2 >= pairs && oddNuls == 0) {
			return "big-endian";
		}
		return null;
	}

	private static String decodeStrictly(byte[] raw, String sourceName) throws TextImportException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(raw);
		CharBuffer out = CharBuffer.allocate(raw.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			StringBuilder bytes = new StringBuilder();
			for (int k = offset; k < Math.min(raw.length, offset + Math.max(result.length(), 1)); k++) {
				bytes.append(bytes.isEmpty() ? "" : " ").append(String.format("%02X", raw[k] & 0xFF));
			}
			throw new TextImportException(sourceName, Problem.NOT_UTF8, offset,
					"not valid UTF-8: " + (result.isMalformed() ? "malformed" : "unmappable") + " byte sequence ("
							+ bytes + ") at byte offset " + offset + "; save the file as UTF-8");
		}
		decoder.flush(out);
		out.flip();
		return out.toString();
	}

	private static void checkControlCharacters(String original, byte[] raw, String sourceName)
			throws TextImportException {
		int controls = 0;
		int firstControl = -1;
		for (int i = 0; i < original.length(); i++) {
			char c = original.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				controls++;
				if (firstControl < 0) {
					firstControl = i;
				}
			}
		}
		if (controls > 0 && (long) controls * 100 > (long) original.length() * MAX_CONTROL_CHAR_PERCENT) {
			throw new TextImportException(sourceName, Problem.BINARY, -1,
					"binary file, not text: " + controls + " of " + original.length()
							+ " characters are control characters (first at character offset " + firstControl
							+ "), the limit is " + MAX_CONTROL_CHAR_PERCENT + "%");
		}
	}

	private static void checkContent(String stored, String sourceName) throws TextImportException {
		if (stored.isEmpty()) {
			throw new TextImportException(sourceName, Problem.EMPTY, -1, "empty file: no text to import");
		}
		boolean visible = false;
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i <= stored.length(); i++) {
			if (i == stored.length() || stored.charAt(i) == '\n') {
				if (i - lineStart > MAX_LINE_CHARS) {
					throw new TextImportException(sourceName, Problem.LINE_TOO_LONG, -1,
							"line " + line + " is " + (i - lineStart) + " characters long, the limit is "
									+ MAX_LINE_CHARS + " characters per line");
				}
				line++;
				lineStart = i + 1;
			} else if (!visible && !isSpace(stored.charAt(i))) {
				visible = true;
			}
		}
		if (!visible) {
			throw new TextImportException(sourceName, Problem.EMPTY, -1,
					"no text to import: the file holds only whitespace");
		}
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
