package org.dipanno.export.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.export.SelectedDocument;
import org.dipanno.export.SentenceUnit;
import org.dipanno.export.tokens.ExportToken;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TokenForm;

/**
 * CoNLL-2003-style token-per-line files: {@code <token> <tag>} separated by
 * one space, a blank line after every sentence, and a {@code -DOCSTART- O}
 * line (followed by a blank line) opening every document. Token forms never
 * contain whitespace: the syllables of a word are joined with {@code _}.
 */
public final class ConllFormat {

	public static final String DOCSTART = "-DOCSTART-";

	private ConllFormat() {
	}

	/** A token line read back. */
	public record Line(String form, String tag) {
	}

	/** One document read back: its sentences of token lines. */
	public record Document(List<List<Line>> sentences) {
	}

	public static void write(List<SelectedDocument> documents, TokenForm form, TagScheme scheme, Appendable out)
			throws IOException {
		StringBuilder buffer = new StringBuilder(1 << 16);
		for (SelectedDocument document : documents) {
			buffer.setLength(0);
			buffer.append(DOCSTART).append(" O\n\n");
			for (SentenceUnit sentence : document.sentences()) {
				List<ExportToken> tokens = sentence.tokens(form);
				if (tokens.isEmpty()) {
					continue;
				}
				String[] tags = scheme.tag(tokens, sentence.taggedEntities());
				for (int i = 0; i < tokens.size(); i++) {
					buffer.append(tokens.get(i).form()).append(' ').append(tags[i]).append('\n');
				}
				buffer.append('\n');
			}
			out.append(buffer);
		}
	}

	/**
	 * Reads a file written by {@link #write}.
	 *
	 * @param fileName used in error messages
	 * @throws IllegalArgumentException naming file and line for malformed lines or tokens before the first -DOCSTART-
	 */
	public static List<Document> read(String content, String fileName) {
		List<Document> documents = new ArrayList<>();
		List<List<Line>> sentences = null;
		List<Line> sentence = new ArrayList<>();
		String[] lines = content.split("\n", -1);
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1];
			if (line.isEmpty()) {
				if (!sentence.isEmpty()) {
					sentences.add(List.copyOf(sentence));
					sentence.clear();
				}
				continue;
			}
			int space = line.lastIndexOf(' ');
			if (space <= 0 || space == line.length() - 1 || line.indexOf(' ') != space) {
				throw new IllegalArgumentException(
						fileName + ":" + number + ": expected '<token> <tag>', found '" + line + "'");
			}
			String form = line.substring(0, space);
			String tag = line.substring(space + 1);
			if (form.equals(DOCSTART)) {
				if (!sentence.isEmpty()) {
					throw new IllegalArgumentException(fileName + ":" + number + ": -DOCSTART- inside a sentence");
				}
				sentences = new ArrayList<>();
				documents.add(new Document(sentences));
				continue;
			}
			if (sentences == null) {
				throw new IllegalArgumentException(fileName + ":" + number + ": token before the first -DOCSTART-");
			}
			sentence.add(new Line(form, tag));
		}
		if (!sentence.isEmpty()) {
			sentences.add(List.copyOf(sentence));
		}
		List<Document> frozen = new ArrayList<>();
		for (Document document : documents) {
			frozen.add(new Document(List.copyOf(document.sentences())));
		}
		return frozen;
	}
}
