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
import java.util.stream.Stream;

import org.dipanno.export.ExportDocument;
import org.dipanno.export.format.BratStandoff;
import org.dipanno.model.imports.ArticleImporter;

/**
 * brat standoff: a folder of {@code NAME.ann} files, each beside the {@code NAME.txt} it annotates (or one
 * {@code .ann} file). The document id is the one {@code dipanno-cli import} gives {@code NAME.txt}. brat counts
 * offsets in code points; they are turned into chars here, so text outside the Basic Multilingual Plane keeps its
 * spans.
 */
final class BratReader implements AnnotationReader {

	@Override
	public String format() {
		return "brat";
	}

	@Override
	public String description() {
		return "a folder of brat standoff NAME.ann files beside their NAME.txt (or one .ann file)";
	}

	@Override
	public List<AnnotationSource> sources(Path path) throws IOException {
		List<Path> annFiles = new ArrayList<>();
		if (Files.isDirectory(path)) {
			try (Stream<Path> entries = Files.list(path)) {
				entries.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(annFiles::add);
			}
			if (annFiles.isEmpty()) {
				throw new IllegalArgumentException(path + ": no brat .ann files in this folder");
			}
		} else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".ann")) {
			annFiles.add(path);
		} else {
			throw new IllegalArgumentException(path + ": neither a folder of brat files nor a .ann file");
		}
		List<AnnotationSource> sources = new ArrayList<>();
		for (Path ann : annFiles) {
			String annName = ann.getFileName().toString();
			String base = annName.substring(0, annName.length() - ".ann".length());
			Path txt = ann.resolveSibling(base + ".txt");
			sources.add(new AnnotationSource() {
				@Override
				public String documentId() {
					return ArticleImporter.documentId(base + ".txt");
				}

				@Override
				public String name() {
					return ann.toString();
				}

				@Override
				public ImportedAnnotations read() throws IOException {
					if (!Files.isRegularFile(txt)) {
						throw new IllegalArgumentException(ann + ": its text " + txt.getFileName()
								+ " is missing (brat needs both files)");
					}
					String text = utf8(txt);
					String annText = utf8(ann);
					ExportDocument document = BratStandoff.read(documentId(), text, codePointsToChars(annText, text, ann),
							ann.toString());
					return new ImportedAnnotations(documentId(), ann.getFileName().toString(), text, document.entities(),
							document.events());
				}
			});
		}
		return sources;
	}

	private static String utf8(Path file) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
					.toString();
		} catch (CharacterCodingException e) {
			throw new IllegalArgumentException(file + ": not UTF-8 text", e);
		}
	}

	/** The .ann with the offsets of its T lines counted in chars of the text instead of code points. */
	static String codePointsToChars(String ann, String text, Path file) {
		if (text.codePointCount(0, text.length()) == text.length()) {
			return ann;
		}
		int codePoints = text.codePointCount(0, text.length());
		StringBuilder converted = new StringBuilder(ann.length());
		String[] lines = ann.split("\n", -1);
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1];
			String[] fields = line.split("\t", -1);
			if (!line.startsWith("T") || fields.length < 2 || fields[1].indexOf(' ') < 0) {
				converted.append(line);
			} else {
				int space = fields[1].indexOf(' ');
				StringBuilder offsets = new StringBuilder();
				for (String fragment : fields[1].substring(space + 1).split(";")) {
					String[] pair = fragment.split(" ");
					if (offsets.length() > 0) {
						offsets.append(';');
					}
					for (int i = 0; i < pair.length; i++) {
						int offset;
						try {
							offset = Integer.parseInt(pair[i]);
						} catch (NumberFormatException e) {
							throw new IllegalArgumentException(file + ":" + number + ": offset '" + pair[i]
									+ "' is not a number in line '" + line + "'");
						}
						if (offset < 0 || offset > codePoints) {
							throw new IllegalArgumentException(file + ":" + number + ": offset " + offset
									+ " lies outside the text (" + codePoints + " code points) in line '" + line + "'");
						}
						offsets.append(i == 0 ? "" : " ").append(text.offsetByCodePoints(0, offset));
					}
				}
				fields[1] = fields[1].substring(0, space + 1) + offsets;
				converted.append(String.join("\t", fields));
			}
			if (number < lines.length) {
				converted.append('\n');
			}
		}
		return converted.toString();
	}
}
