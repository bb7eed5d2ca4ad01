package org.dipanno.model.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.dipanno.model.Document;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.Sentence;
import org.dipanno.model.Span;
import org.dipanno.model.Token;
import org.dipanno.model.Word;
import org.dipanno.text.TokenKind;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The file that holds a document's sentences, syllable tokens and words ({@code documents/ID.structure}, format
 * version 2 on). They are fixed at import and make up nine tenths of a document's spans: as XML elements a 1 MB
 * article needed 26 MB of XML and a second to load; as lines of numbers it needs 5 MB and a few milliseconds.
 *
 * <pre>
 * dipanno-text-structure 1
 * sentences N      then N lines "start end"
 * tokens N         then N lines "start end KIND" (KIND: a TokenKind name)
 * words N          then N lines "start end syllableCount"
 * </pre>
 *
 * Offsets are the stored text's, in text order. Reading checks the header, counts, numbers, kinds, order and that
 * every span lies in the text, and names the file and line of the first fault.
 */
public final class TextStructureFile {

	public static final String HEADER = "dipanno-text-structure 1";

	private TextStructureFile() {
	}

	/** The file's bytes for the document's current sentences, tokens and words. */
	public static byte[] write(Document document) {
		StringBuilder out = new StringBuilder(32 * (document.getTokens().size() + document.getWords().size()) + 64);
		out.append(HEADER).append('\n');
		out.append("sentences ").append(document.getSentences().size()).append('\n');
		for (Sentence sentence : document.getSentences()) {
			out.append(sentence.getStart()).append(' ').append(sentence.getEnd()).append('\n');
		}
		out.append("tokens ").append(document.getTokens().size()).append('\n');
		for (Token token : document.getTokens()) {
			out.append(token.getStart()).append(' ').append(token.getEnd()).append(' ').append(token.getKind().name())
					.append('\n');
		}
		out.append("words ").append(document.getWords().size()).append('\n');
		for (Word word : document.getWords()) {
			out.append(word.getStart()).append(' ').append(word.getEnd()).append(' ').append(word.getSyllableCount())
					.append('\n');
		}
		return out.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Replaces the document's sentences, tokens and words with those of the file; the document's text must be set.
	 * Nothing is changed when the file is faulty.
	 */
	public static void read(byte[] bytes, Document document, String fileName) throws StoreException {
		int textLength = document.getText() == null ? 0 : document.getText().length();
		Reader reader = new Reader(bytes, fileName, textLength);
		reader.expectLine(HEADER);
		int sentenceCount = reader.section("sentences");
		Sentence[] sentences = new Sentence[sentenceCount];
		for (int i = 0; i < sentenceCount; i++) {
			Sentence sentence = ModelFactory.eINSTANCE.createSentence();
			reader.span(sentence);
			reader.endOfLine();
			sentences[i] = sentence;
		}
		reader.resetOrder();
		int tokenCount = reader.section("tokens");
		Token[] tokens = new Token[tokenCount];
		for (int i = 0; i < tokenCount; i++) {
			Token token = ModelFactory.eINSTANCE.createToken();
			reader.span(token);
			token.setKind(reader.tokenKind());
			reader.endOfLine();
			tokens[i] = token;
		}
		reader.resetOrder();
		int wordCount = reader.section("words");
		Word[] words = new Word[wordCount];
		for (int i = 0; i < wordCount; i++) {
			Word word = ModelFactory.eINSTANCE.createWord();
			reader.span(word);
			reader.space();
			word.setSyllableCount(reader.number());
			reader.endOfLine();
			words[i] = word;
		}
		reader.expectEnd();
		// Bulk add without the duplicate check (fresh objects): one notification and one copy per list.
		replace(document.getSentences(), sentences);
		replace(document.getTokens(), tokens);
		replace(document.getWords(), words);
	}

	private static <T> void replace(EList<T> list, T[] elements) {
		list.clear();
		((InternalEList<T>) list).addAllUnique(Arrays.asList(elements));
	}

	/** A hand-written scanner: the file is ASCII numbers and names, and it is read for every opened document. */
	private static final class Reader {
		private final byte[] bytes;
		private final String fileName;
		private final int textLength;
		private int position;
		private int line = 1;
		private int previousStart;

		Reader(byte[] bytes, String fileName, int textLength) {
			this.bytes = bytes;
			this.fileName = fileName;
			this.textLength = textLength;
		}

		void expectLine(String expected) throws StoreException {
			String actual = restOfLine();
			if (!actual.equals(expected)) {
				throw fault("expected \"" + expected + "\" but found \"" + shorten(actual) + "\"");
			}
			endOfLine();
		}

		int section(String name) throws StoreException {
			int lineStart = position;
			String word = word();
			if (!word.equals(name)) {
				position = lineStart;
				throw fault("expected the section \"" + name + " COUNT\" but found \"" + shorten(restOfLine()) + "\"");
			}
			space();
			int count = number();
			endOfLine();
			// Each entry is a span of the text on a line of at least four bytes ("S E\n" plus a field): a count
			// beyond both is a damaged file, refused before anything is allocated for it.
			if (count > textLength + 1 || count > (bytes.length - position) / 4) {
				throw fault(count + " " + name + " claimed, more than the text (" + textLength
						+ " characters) and this file (" + bytes.length + " bytes) can hold");
			}
			return count;
		}

		void span(Span span) throws StoreException {
			int start = number();
			space();
			int end = number();
			if (end < start) {
				throw fault("span " + start + " " + end + " ends before it starts");
			}
			if (end > textLength) {
				throw fault("span " + start + " " + end + " ends after the text (" + textLength + " characters)");
			}
			if (start < previousStart) {
				throw fault("span " + start + " " + end + " starts before the span of the line above (text order)");
			}
			previousStart = start;
			span.setStart(start);
			span.setEnd(end);
		}

		void resetOrder() {
			previousStart = 0;
		}

		TokenKind tokenKind() throws StoreException {
			space();
			String name = word();
			for (TokenKind kind : TokenKind.values()) {
				if (kind.name().equals(name)) {
					return kind;
				}
			}
			throw fault("unknown token kind \"" + shorten(name) + "\"");
		}

		int number() throws StoreException {
			int start = position;
			long value = 0;
			while (position < bytes.length && bytes[position] >= '0' && bytes[position] <= '9') {
				value = value * 10 + (bytes[position++] - '0');
				if (value > Integer.MAX_VALUE) {
					throw fault("number too large");
				}
			}
			if (position == start) {
				throw fault("expected a number but found \"" + shorten(restOfLine()) + "\"");
			}
			return (int) value;
		}

		void space() throws StoreException {
			if (position >= bytes.length || bytes[position] != ' ') {
				throw fault("expected a space but found \"" + shorten(restOfLine()) + "\"");
			}
			position++;
		}

		void endOfLine() throws StoreException {
			if (position >= bytes.length) {
				throw fault("the file ends in the middle of a line (cut short?)");
			}
			if (bytes[position] != '\n') {
				throw fault("unexpected \"" + shorten(restOfLine()) + "\" at the end of the line");
			}
			position++;
			line++;
		}

		void expectEnd() throws StoreException {
			if (position != bytes.length) {
				throw fault("unexpected content after the words section: \"" + shorten(restOfLine()) + "\"");
			}
		}

		private String word() {
			int start = position;
			while (position < bytes.length && bytes[position] != ' ' && bytes[position] != '\n') {
				position++;
			}
			return new String(bytes, start, position - start, StandardCharsets.US_ASCII);
		}

		private String restOfLine() {
			int start = position;
			while (position < bytes.length && bytes[position] != '\n') {
				position++;
			}
			return new String(bytes, start, position - start, StandardCharsets.UTF_8);
		}

		private StoreException fault(String message) {
			return new StoreException(fileName + ": line " + line + ": " + message);
		}

		private static String shorten(String text) {
			return text.length() > 60 ? text.substring(0, 60) + "..." : text;
		}
	}
}
