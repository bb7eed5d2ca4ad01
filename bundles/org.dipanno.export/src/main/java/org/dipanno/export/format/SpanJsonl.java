package org.dipanno.export.format;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.SelectedDocument;
import org.dipanno.export.SentenceUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;

/**
 * JSON Lines with character spans in doccano's sequence-labelling naming:
 * one sentence per line,
 * {@code {"id":"<doc>#<sentence>","document":"<doc>","offset":<sentence start>,"text":"...","label":[[start,end,"TYPE"],...]}}.
 * Offsets are relative to the sentence text (add {@code offset} for document
 * offsets), end exclusive, in UTF-16 code units of the stored NFC text (the
 * same as Python string indices for Vietnamese, which has no characters
 * outside the BMP). All mentions are written, nested and overlapping ones
 * included, sorted by start, end, type.
 */
public final class SpanJsonl {

	private SpanJsonl() {
	}

	/** A span read back, offsets relative to the record's text. */
	public record LabelSpan(int start, int end, String label) {
	}

	public record Record(String id, String document, int offset, String text, List<LabelSpan> labels) {
	}

	public static void write(List<SelectedDocument> documents, Appendable out) throws IOException {
		StringWriter buffer = new StringWriter();
		for (SelectedDocument document : documents) {
			String text = document.document().text();
			for (SentenceUnit sentence : document.sentences()) {
				int offset = sentence.span().start();
				JsonWriter json = Json.recordWriter(buffer);
				json.beginObject().name("id").value(sentence.unitId()).name("document").value(document.id())
						.name("offset").value(offset).name("text")
						.value(text.substring(offset, sentence.span().end())).name("label").beginArray();
				for (EntitySpan entity : sentence.entities()) {
					json.beginArray().value(entity.start() - offset).value(entity.end() - offset).value(entity.type())
							.endArray();
				}
				json.endArray().endObject();
				Json.flushLine(json, buffer, out);
			}
		}
	}

	public static List<Record> read(String content, String fileName) {
		return Json.readLines(content, fileName, object -> {
			String text = object.get("text").getAsString();
			List<LabelSpan> labels = new ArrayList<>();
			for (JsonElement element : object.getAsJsonArray("label")) {
				JsonArray triple = element.getAsJsonArray();
				LabelSpan span = new LabelSpan(triple.get(0).getAsInt(), triple.get(1).getAsInt(),
						triple.get(2).getAsString());
				if (span.start() < 0 || span.end() <= span.start() || span.end() > text.length()) {
					throw new IllegalArgumentException("span " + triple + " lies outside the text");
				}
				labels.add(span);
			}
			return new Record(object.get("id").getAsString(), object.get("document").getAsString(),
					object.get("offset").getAsInt(), text, labels);
		});
	}
}
