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
}
