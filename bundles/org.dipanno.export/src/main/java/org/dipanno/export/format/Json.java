package org.dipanno.export.format;

import java.io.IOException;
import java.io.StringWriter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;

/** Gson settings shared by the JSON outputs: raw UTF-8 (no \\u escapes of Vietnamese), no HTML escaping. */
public final class Json {

	private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls()
			.create();

	private Json() {
	}

	/** Pretty-printed JSON with a final line feed (stats, labels, manifest). */
	public static String pretty(JsonElement element) {
		return PRETTY.toJson(element) + "\n";
	}

	/** A writer of one compact JSON Lines record into the given buffer. */
	static JsonWriter recordWriter(StringWriter buffer) {
		buffer.getBuffer().setLength(0);
		JsonWriter writer = new JsonWriter(buffer);
		writer.setHtmlSafe(false);
		return writer;
	}

	static void flushLine(JsonWriter writer, StringWriter buffer, Appendable out) throws IOException {
		writer.flush();
		out.append(buffer.getBuffer()).append('\n');
	}

	/**
	 * Reads JSON Lines: each non-blank line is one object, turned into a record by {@code reader}. A line that is
	 * not such an object, or that the reader refuses, is reported as {@code file:line: problem}.
	 */
	static <R> java.util.List<R> readLines(String content, String fileName,
			java.util.function.Function<com.google.gson.JsonObject, R> reader) {
		java.util.List<R> records = new java.util.ArrayList<>();
		String[] lines = content.split("\n");
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1];
			if (line.isBlank()) {
				continue;
			}
			try {
				records.add(reader.apply(com.google.gson.JsonParser.parseString(line).getAsJsonObject()));
			} catch (RuntimeException e) {
				throw new IllegalArgumentException(fileName + ":" + number + ": " + e.getMessage(), e);
			}
		}
		return records;
	}
}
