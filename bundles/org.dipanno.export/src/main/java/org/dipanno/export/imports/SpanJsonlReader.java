package org.dipanno.export.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.format.SpanJsonl;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;

/**
 * Span JSON Lines as dipanno exports them: one sentence per line with its document id, its offset in the document,
 * its text and its labels {@code [start, end, TYPE]} relative to the sentence. Each record's text must be the
 * document's text at its offset; a label must lie inside its record's text.
 */
final class SpanJsonlReader implements AnnotationReader {

	@Override
	public String format() {
		return "spans";
	}

	@Override
	public String description() {
		return "span JSON Lines (document, offset, text, label per sentence): a dataset folder (its spans/), a folder of .jsonl files or one";
	}

	@Override
	public List<AnnotationSource> sources(Path path) {
		throw new IllegalArgumentException("span JSON Lines hold sentences, not whole texts; they are read against a corpus");
	}

	/** A record with the file and line it came from. */
	private record Located(SpanJsonl.Record record, String file, int line) {
	}

	@Override
	public List<AnnotationSource> sources(Path path, Corpus corpus) throws IOException {
		Map<String, List<Located>> byDocument = new LinkedHashMap<>();
		for (Path file : DatasetFiles.find(path, ".jsonl", "spans", "span JSON Lines as dipanno exports them, e.g. spans/train.jsonl")) {
			String content = DatasetFiles.utf8(file);
			List<SpanJsonl.Record> records = SpanJsonl.read(content, file.toString());
			List<Integer> lines = nonBlankLines(content);
			for (int i = 0; i < records.size(); i++) {
				byDocument.computeIfAbsent(records.get(i).document(), d -> new ArrayList<>())
						.add(new Located(records.get(i), file.toString(), lines.get(i)));
			}
		}
		List<AnnotationSource> sources = new ArrayList<>();
		byDocument.forEach((id, records) -> sources.add(new AnnotationSource() {
			@Override
			public String documentId() {
				return id;
			}

			@Override
			public String name() {
				return records.get(0).file() + ":" + records.get(0).line();
			}

			@Override
			public ImportedAnnotations read() {
				Document document = corpus.findDocument(id);
				if (document == null) {
					throw new IllegalArgumentException(name() + ": the corpus has no document " + id
							+ " (import its article first with dipanno-cli import)");
				}
				String text = document.getText();
				List<EntitySpan> entities = new ArrayList<>();
				for (Located located : records) {
					SpanJsonl.Record record = located.record();
					String where = located.file() + ":" + located.line() + ": record " + record.id();
					int end = record.offset() + record.text().length();
					if (record.offset() < 0 || end > text.length()) {
						throw new IllegalArgumentException(where + ": offset " + record.offset() + " and its "
								+ record.text().length() + " characters do not fit document " + id + " ("
								+ text.length() + " characters)");
					}
					if (!text.regionMatches(record.offset(), record.text(), 0, record.text().length())) {
						throw new IllegalArgumentException(where + ": its text does not match document " + id
								+ " at offset " + record.offset() + ": '" + excerpt(record.text()) + "' where the document has '"
								+ excerpt(text.substring(record.offset(), end)) + "'");
					}
					for (SpanJsonl.LabelSpan label : record.labels()) {
						entities.add(new EntitySpan("T" + (entities.size() + 1), record.offset() + label.start(),
								record.offset() + label.end(), label.label(), null, null));
					}
				}
				return new ImportedAnnotations(id, name(), text, entities, List.of());
			}
		}));
		return sources;
	}

	private static List<Integer> nonBlankLines(String content) {
		List<Integer> lines = new ArrayList<>();
		String[] all = content.split("\n");
		for (int i = 0; i < all.length; i++) {
			if (!all[i].isBlank()) {
				lines.add(i + 1);
			}
		}
		return lines;
	}

	private static String excerpt(String text) {
		return (text.length() > 40 ? text.substring(0, 40) + "…" : text).replace("\n", "\\n");
	}
}
