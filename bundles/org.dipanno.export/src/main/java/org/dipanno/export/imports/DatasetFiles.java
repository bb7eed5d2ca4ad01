package org.dipanno.export.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Finding the files of one format in what the user points at: a dataset folder, a format folder or files. */
final class DatasetFiles {

	private DatasetFiles() {
	}

	/**
	 * The files ending in {@code extension} at the path: the path itself, or the files of that folder, or of
	 * {@code datasetSubfolder} when the path is a dataset folder; train, dev, test first, the rest by name.
	 *
	 * @throws IllegalArgumentException saying what was expected when there are none
	 */
	static List<Path> find(Path path, String extension, String datasetSubfolder, String what) throws IOException {
		if (Files.isRegularFile(path)) {
			if (!path.getFileName().toString().endsWith(extension)) {
				throw new IllegalArgumentException(path + ": not a " + extension + " file (" + what + ")");
			}
			return List.of(path);
		}
		if (!Files.isDirectory(path)) {
			throw new IllegalArgumentException(path + ": no such file or folder");
		}
		Path folder = Files.isDirectory(path.resolve(datasetSubfolder)) ? path.resolve(datasetSubfolder) : path;
		List<Path> files = new ArrayList<>();
		try (Stream<Path> entries = Files.list(folder)) {
			entries.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(extension))
					.sorted((a, b) -> {
						int order = Integer.compare(splitOrder(a), splitOrder(b));
						return order != 0 ? order : a.getFileName().toString().compareTo(b.getFileName().toString());
					}).forEach(files::add);
		}
		if (files.isEmpty()) {
			throw new IllegalArgumentException(folder + ": no " + extension + " files in this folder (" + what + ")");
		}
		return files;
	}

	private static int splitOrder(Path file) {
		return switch (baseName(file)) {
		case "train" -> 0;
		case "dev" -> 1;
		case "test" -> 2;
		default -> 3;
		};
	}

	static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	static String utf8(Path file) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
					.toString();
		} catch (CharacterCodingException e) {
			throw new IllegalArgumentException(file + ": not UTF-8 text", e);
		}
	}

	/**
	 * The document ids of a split from the {@code splits.json} of the dataset the file lies in (searched in the
	 * file's folder and up to three folders above), if there is one that lists the split.
	 */
	static Optional<List<String>> splitIds(Path file, String split) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		for (int up = 0; up < 4 && folder != null; up++, folder = folder.getParent()) {
			Path splits = folder.resolve("splits.json");
			if (Files.isRegularFile(splits)) {
				JsonElement json;
				try {
					json = JsonParser.parseString(utf8(splits));
				} catch (RuntimeException e) {
					throw new IllegalArgumentException(splits + ": not a splits file: " + e.getMessage(), e);
				}
				if (!json.isJsonObject()) {
					throw new IllegalArgumentException(splits + ": not a splits file (no JSON object)");
				}
				JsonObject object = json.getAsJsonObject();
				if (!object.has(split) || !object.get(split).isJsonArray()) {
					return Optional.empty();
				}
				List<String> ids = new ArrayList<>();
				for (JsonElement id : (JsonArray) object.get(split)) {
					ids.add(id.getAsString());
				}
				return Optional.of(ids);
			}
		}
		return Optional.empty();
	}
}
