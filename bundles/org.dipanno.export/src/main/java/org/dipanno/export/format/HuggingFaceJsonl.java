package org.dipanno.export.format;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.export.SelectedDocument;
import org.dipanno.export.SentenceUnit;
import org.dipanno.export.tokens.ExportToken;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TokenForm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

/**
 * JSON Lines for Hugging Face token classification: one sentence per line,
 * {@code {"id":"<doc>#<sentence>","tokens":[...],"ner_tags":[...]}}, the tags
 * as indices into the label list written beside the data ({@code labels.json},
 * a JSON array: index i is the name of tag i, O first).
 */
public final class HuggingFaceJsonl {

	private HuggingFaceJsonl() {
	}

	/** A record read back: tags already mapped to their label names. */
	public record Record(String id, List<String> tokens, List<String> tags) {
	}

	public static void write(List<SelectedDocument> documents, TokenForm form, TagScheme scheme, List<String> labels,
			Appendable out) throws IOException {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < labels.size(); i++) {
			index.put(labels.get(i), i);
		}
		StringWriter buffer = new StringWriter();
		for (SelectedDocument document : documents) {
			for (SentenceUnit sentence : document.sentences()) {
				List<ExportToken> tokens = sentence.tokens(form);
				if (tokens.isEmpty()) {
					continue;
				}
				String[] tags = scheme.tag(tokens, sentence.taggedEntities());
				JsonWriter json = Json.recordWriter(buffer);
				json.beginObject().name("id").value(sentence.unitId()).name("tokens").beginArray();
				for (ExportToken token : tokens) {
					json.value(token.form());
				}
				json.endArray().name("ner_tags").beginArray();
				for (String tag : tags) {
					Integer tagIndex = index.get(tag);
					if (tagIndex == null) {
						throw new IllegalArgumentException("Tag " + tag + " of " + sentence.unitId()
								+ " is not in the label list " + labels + " (entity type missing from the scheme?)");
					}
					json.value(tagIndex);
				}
				json.endArray().endObject();
				Json.flushLine(json, buffer, out);
			}
		}
	}

	/** The label list file content. */
	public static String labelsJson(List<String> labels) {
		JsonArray array = new JsonArray();
		labels.forEach(array::add);
		return Json.pretty(array);
	}

	public static List<String> readLabels(String content, String fileName) {
		try {
			List<String> labels = new ArrayList<>();
			for (JsonElement element : JsonParser.parseString(content).getAsJsonArray()) {
				labels.add(element.getAsString());
			}
			return labels;
		} catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
			throw new IllegalArgumentException(fileName + ": not a JSON array of label names: " + e.getMessage(), e);
		}
	}

	public static List<Record> read(String content, List<String> labels, String fileName) {
		return Json.readLines(content, fileName, object -> {
			List<String> tokens = new ArrayList<>();
			object.getAsJsonArray("tokens").forEach(t -> tokens.add(t.getAsString()));
			List<String> tags = new ArrayList<>();
			for (JsonElement tag : object.getAsJsonArray("ner_tags")) {
				int tagIndex = tag.getAsInt();
				if (tagIndex < 0 || tagIndex >= labels.size()) {
					throw new IllegalArgumentException("tag index " + tagIndex + " is not in the label list");
				}
				tags.add(labels.get(tagIndex));
			}
			if (tags.size() != tokens.size()) {
				throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
			}
			return new Record(object.get("id").getAsString(), tokens, tags);
		});
	}
}
