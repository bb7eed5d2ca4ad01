package org.dipanno.export.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.format.ConllFormat;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TaggedSpan;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;

/**
 * CoNLL BIO or BIOES as dipanno exports it: {@code token tag} lines, a blank line after each sentence,
 * {@code -DOCSTART- O} opening each document; tokens are syllables or words with their syllables joined by {@code _}.
 * The scheme is BIOES when a tag starts with {@code S-} or {@code E-}, else BIO. CoNLL holds neither document ids nor
 * offsets: the n-th document of {@code train.conll} is the n-th id of {@code train} in the dataset's
 * {@code splits.json}; without one, a document is the corpus document whose text its tokens fit. Tokens are then
 * found in the text in order (a sentence may start after text that was not exported); a token that does not fit is
 * an error naming file, line and offset.
 */
final class ConllReader implements AnnotationReader {

	@Override
	public String format() {
		return "conll";
	}

	@Override
	public String description() {
		return "CoNLL BIO/BIOES (syllables or _-joined words): a dataset folder (its conll/syllable/bio), a folder of .conll files or one; ids from the dataset's splits.json, else by the text";
	}

	@Override
	public List<AnnotationSource> sources(Path path) {
		throw new IllegalArgumentException("CoNLL files hold no document text; they are read against a corpus");
	}

	/** A token line with its line number. */
	private record Line(String form, String tag, int number) {
	}

	/** One document of a CoNLL file: its sentences of token lines and the line of its -DOCSTART-. */
	private record ConllDocument(List<List<Line>> sentences, int line) {
	}

	@Override
	public List<AnnotationSource> sources(Path path, Corpus corpus) throws IOException {
		List<Path> files = DatasetFiles.find(path, ".conll",
				"conll/syllable/bio".replace('/', java.io.File.separatorChar),
				"CoNLL files as dipanno exports them, e.g. conll/syllable/bio/train.conll");
		List<AnnotationSource> sources = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		for (Path file : files) {
			List<ConllDocument> documents = parse(DatasetFiles.utf8(file), file.toString());
			TagScheme scheme = documents.stream().flatMap(d -> d.sentences().stream()).flatMap(List::stream)
					.anyMatch(l -> l.tag().startsWith("S-") || l.tag().startsWith("E-")) ? TagScheme.BIOES : TagScheme.BIO;
			Optional<List<String>> ids = DatasetFiles.splitIds(file, DatasetFiles.baseName(file));
			if (ids.isPresent() && ids.get().size() != documents.size()) {
				throw new IllegalArgumentException(file + ": " + documents.size() + " documents, but the dataset's splits.json lists "
						+ ids.get().size() + " for " + DatasetFiles.baseName(file));
			}
			for (int i = 0; i < documents.size(); i++) {
				ConllDocument conll = documents.get(i);
				String where = file + ":" + conll.line();
				String id = ids.isPresent() ? ids.get().get(i) : findByText(corpus, conll, taken, where);
				taken.add(id);
				sources.add(new AnnotationSource() {
					@Override
					public String documentId() {
						return id;
					}

					@Override
					public String name() {
						return where;
					}

					@Override
					public ImportedAnnotations read() {
						Document document = corpus.findDocument(id);
						if (document == null) {
							throw new IllegalArgumentException(where + ": the corpus has no document " + id
									+ " (import its article first with dipanno-cli import)");
						}
						return new ImportedAnnotations(id, file.getFileName() + ":" + conll.line(), document.getText(),
								entities(conll, document.getText(), scheme, file.toString(), id), List.of());
					}
				});
			}
		}
		return sources;
	}

	private static List<ConllDocument> parse(String content, String fileName) {
		List<ConllDocument> documents = new ArrayList<>();
		List<Line> sentence = new ArrayList<>();
		String[] lines = content.split("\n", -1);
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1].endsWith("\r") ? lines[number - 1].substring(0, lines[number - 1].length() - 1)
					: lines[number - 1];
			if (line.isBlank()) {
				if (!sentence.isEmpty()) {
					documents.get(documents.size() - 1).sentences().add(List.copyOf(sentence));
					sentence.clear();
				}
				continue;
			}
			int space = line.lastIndexOf(' ');
			if (space <= 0 || space == line.length() - 1) {
				throw new IllegalArgumentException(fileName + ":" + number + ": expected '<token> <tag>', found '" + line + "'");
			}
			String form = line.substring(0, space).strip();
			String tag = line.substring(space + 1);
			if (form.equals(ConllFormat.DOCSTART)) {
				if (!sentence.isEmpty()) {
					throw new IllegalArgumentException(fileName + ":" + number + ": -DOCSTART- inside a sentence");
				}
				documents.add(new ConllDocument(new ArrayList<>(), number));
				continue;
			}
			if (documents.isEmpty()) {
				throw new IllegalArgumentException(fileName + ":" + number + ": token before the first -DOCSTART-");
			}
			sentence.add(new Line(Normalizer.normalize(form, Normalizer.Form.NFC), tag, number));
		}
		if (!sentence.isEmpty()) {
			documents.get(documents.size() - 1).sentences().add(List.copyOf(sentence));
		}
		return documents;
	}

	/** The corpus document, not yet taken, whose text the tokens fit. */
	private static String findByText(Corpus corpus, ConllDocument conll, Set<String> taken, String where) {
		if (conll.sentences().isEmpty()) {
			throw new IllegalArgumentException(where + ": a document without sentences cannot be matched to the corpus without the dataset's splits.json");
		}
		for (Document document : corpus.getDocuments()) {
			if (taken.contains(document.getId())) {
				continue;
			}
			try {
				align(conll, document.getText(), where, document.getId());
				return document.getId();
			} catch (IllegalArgumentException notThisOne) {
				// try the next document
			}
		}
		List<Line> first = conll.sentences().get(0);
		throw new IllegalArgumentException(where + ": no document of the corpus has this text (first sentence '"
				+ String.join(" ", first.stream().limit(8).map(Line::form).toList()) + (first.size() > 8 ? " …" : "")
				+ "'); import its article first, or keep the dataset's splits.json beside the conll folder");
	}

	private static List<EntitySpan> entities(ConllDocument conll, String text, TagScheme scheme, String fileName,
			String documentId) {
		int[][] spans = align(conll, text, fileName, documentId);
		List<EntitySpan> entities = new ArrayList<>();
		int token = 0;
		for (List<Line> sentence : conll.sentences()) {
			List<TaggedSpan> tagged;
			try {
				tagged = scheme.decode(sentence.stream().map(Line::tag).toList());
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(fileName + ":" + sentence.get(0).number() + ": in the sentence from here: "
						+ e.getMessage(), e);
			}
			for (TaggedSpan span : tagged) {
				entities.add(new EntitySpan("T" + (entities.size() + 1), spans[token + span.firstToken()][0],
						spans[token + span.lastToken()][1], span.type(), null, null));
			}
			token += sentence.size();
		}
		return entities;
	}

	/**
	 * The [start, end) of every token in the text, sentence by sentence. A sentence's first token is searched from
	 * where the previous sentence ended (the text between may not have been exported); its following tokens must
	 * follow with only white space between.
	 */
	private static int[][] align(ConllDocument conll, String text, String fileName, String documentId) {
		int total = conll.sentences().stream().mapToInt(List::size).sum();
		int[][] spans = new int[total][];
		int token = 0;
		int position = 0;
		for (List<Line> sentence : conll.sentences()) {
			int from = position;
			int[][] found = null;
			String firstForm = sentence.get(0).form();
			String firstSyllable = firstForm.split("_", 2)[0];
			int candidate = text.indexOf(firstSyllable.isEmpty() ? firstForm : firstSyllable, from);
			while (candidate >= 0 && found == null) {
				found = alignSentence(sentence, text, candidate);
				if (found == null) {
					candidate = text.indexOf(firstSyllable.isEmpty() ? firstForm : firstSyllable, candidate + 1);
				}
			}
			if (found == null) {
				throw misfit(sentence, text, from, fileName, documentId);
			}
			System.arraycopy(found, 0, spans, token, found.length);
			token += found.length;
			position = found[found.length - 1][1];
		}
		return spans;
	}

	private static int[][] alignSentence(List<Line> sentence, String text, int start) {
		int[][] spans = new int[sentence.size()][];
		int position = start;
		for (int i = 0; i < sentence.size(); i++) {
			if (i > 0) {
				position = skipSpace(text, position);
			}
			int end = matchAt(text, position, sentence.get(i).form());
			if (end < 0) {
				return null;
			}
			spans[i] = new int[] { position, end };
			position = end;
		}
		return spans;
	}

	/** Where the form ends when it is written at {@code start} ({@code _} standing for white space between syllables), or -1. */
	private static int matchAt(String text, int start, String form) {
		int position = start;
		for (int i = 0; i < form.length(); i++) {
			char c = form.charAt(i);
			if (position < text.length() && text.charAt(position) == c) {
				position++;
			} else if (c == '_' && position < text.length() && isSpace(text.charAt(position))) {
				position = skipSpace(text, position);
			} else {
				return -1;
			}
		}
		return position;
	}

	/** White space between tokens, the no-break space included. */
	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static int skipSpace(String text, int position) {
		while (position < text.length() && isSpace(text.charAt(position))) {
			position++;
		}
		return position;
	}

	/** Names the first token of the sentence that does not fit where the sentence fits best. */
	private static IllegalArgumentException misfit(List<Line> sentence, String text, int from, String fileName,
			String documentId) {
		String firstForm = sentence.get(0).form();
		int start = text.indexOf(firstForm.split("_", 2)[0], from);
		if (start < 0) {
			return new IllegalArgumentException(fileName + ":" + sentence.get(0).number() + ": token '" + firstForm
					+ "' does not fit the text of document " + documentId + " (not found after offset " + from + ")");
		}
		int position = start;
		for (Line line : sentence) {
			if (line != sentence.get(0)) {
				position = skipSpace(text, position);
			}
			int end = matchAt(text, position, line.form());
			if (end < 0) {
				String there = text.substring(position, Math.min(text.length(), position + Math.max(line.form().length(), 10)));
				return new IllegalArgumentException(fileName + ":" + line.number() + ": token '" + line.form()
						+ "' does not fit the text of document " + documentId + " at offset " + position + " (the text has '"
						+ there.replace("\n", "\\n") + "')");
			}
			position = end;
		}
		return new IllegalArgumentException(fileName + ":" + sentence.get(0).number() + ": the sentence does not fit the text of document " + documentId);
	}
}
