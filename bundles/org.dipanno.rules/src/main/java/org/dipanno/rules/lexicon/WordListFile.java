package org.dipanno.rules.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.scoping.RulesImportUriGlobalScopeProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;

/**
 * Reads a word-list file of a lexicon ({@code lexicon Title from "lexicons/titles.txt"}).
 * Format: UTF-8, one entry per line, {@code text} or {@code text => VALUE};
 * blank lines and lines starting with {@code #} are ignored. The path is
 * relative to the rule file.
 */
public final class WordListFile {

	/** One entry: its text, its normalized value (may be null) and its line number (1-based). */
	public record Entry(String text, String value, int line) {
	}

	/** A line that is not a valid entry. */
	public record Problem(int line, String message) {
	}

	/** What a file holds; {@code problems} is empty for a valid file. */
	public record Content(URI location, List<Entry> entries, List<Problem> problems) {
	}

	private WordListFile() {
	}

	/** The location a lexicon's file path points at, seen from the rule file holding it. */
	public static Optional<URI> locate(Lexicon lexicon) {
		Resource resource = lexicon.eResource();
		if (resource == null || lexicon.getFile() == null || lexicon.getFile().isBlank()) {
			return Optional.empty();
		}
		return RulesImportUriGlobalScopeProvider.resolveImport(resource, lexicon.getFile());
	}

	/**
	 * Reads the word list of a lexicon declared {@code from} a file.
	 *
	 * @throws IOException when the file is missing or unreadable; the message names the file
	 */
	public static Content read(Lexicon lexicon) throws IOException {
		URI location = locate(lexicon)
				.orElseThrow(() -> new IOException("'" + lexicon.getFile() + "' is not a valid file path"));
		Resource resource = lexicon.eResource();
		checkConfined(location, resource.getURI());
		URIConverter converter = resource.getResourceSet() != null ? resource.getResourceSet().getURIConverter()
				: new ExtensibleURIConverterImpl();
		try (InputStream in = converter.createInputStream(location)) {
			return parse(location, new LimitedInputStream(in));
		} catch (CharacterCodingException notUtf8) {
			throw new IOException(location + " is not UTF-8 text", notUtf8);
		} catch (WordListTooLarge tooLarge) {
			throw new IOException(location + " is larger than " + MAX_BYTES / (1024 * 1024)
					+ " MiB, the limit for a word list", tooLarge);
		} catch (IOException | RuntimeException unreadable) {
			throw new IOException("cannot read " + location + ": " + unreadable.getMessage(), unreadable);
		}
	}

	/** The largest word list read, in bytes (the 74K-entry Viet74K list is about 1 MiB). */
	public static final int MAX_BYTES = 32 * 1024 * 1024;

	/**
	 * A word list is read only from the rule file's folder or a folder below it: a rule file (shared, downloaded)
	 * must not make the tools read {@code /etc/shadow} or {@code ../../etc/passwd} into a lexicon, nor a link out of
	 * the folder, nor a device or pipe that never ends.
	 */
	static void checkConfined(URI location, URI ruleFile) throws IOException {
		if (ruleFile == null) {
			return;
		}
		URI folder = ruleFile.trimSegments(1);
		String prefix = folder.toString().endsWith("/") ? folder.toString() : folder + "/";
		if (!location.toString().startsWith(prefix) || location.segmentsList().contains("..")) {
			throw new IOException("a word list must be in the rule file's folder or a folder below it, and "
					+ location + " is not");
		}
		if (location.isFile() && ruleFile.isFile()) {
			java.nio.file.Path path = java.nio.file.Path.of(location.toFileString());
			if (!java.nio.file.Files.exists(path)) {
				return; // reading reports the missing file
			}
			java.nio.file.Path real = path.toRealPath();
			if (!real.startsWith(java.nio.file.Path.of(folder.toFileString()).toRealPath())) {
				throw new IOException(location + " is a link to " + real
						+ ", outside the rule file's folder; word lists are read only from there");
			}
			if (!java.nio.file.Files.isRegularFile(real)) {
				throw new IOException(location + " is not a regular file (a device, pipe or folder)");
			}
		}
	}

	private static final class WordListTooLarge extends IOException {
		private static final long serialVersionUID = 1L;
	}

	/** Stops reading one byte past {@link #MAX_BYTES}: an endless source (a device) or a huge file is refused. */
	private static final class LimitedInputStream extends java.io.FilterInputStream {
		private long count;

		LimitedInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && ++count > MAX_BYTES) {
				throw new WordListTooLarge();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0 && (count += n) > MAX_BYTES) {
				throw new WordListTooLarge();
			}
			return n;
		}
	}

	/** Parses word-list text; malformed lines become problems, never exceptions. */
	public static Content parse(URI location, InputStream in) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		List<Entry> entries = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				int arrow = trimmed.indexOf("=>");
				String text = arrow < 0 ? trimmed : trimmed.substring(0, arrow).strip();
				String value = arrow < 0 ? null : trimmed.substring(arrow + 2).strip();
				if (text.isEmpty()) {
					problems.add(new Problem(number, "line " + number + " has no text before '=>'"));
				} else if (value != null && value.isEmpty()) {
					problems.add(new Problem(number, "line " + number + " has no value after '=>'"));
				} else {
					entries.add(new Entry(text, value, number));
				}
			}
		}
		return new Content(location, List.copyOf(entries), List.copyOf(problems));
	}
}
