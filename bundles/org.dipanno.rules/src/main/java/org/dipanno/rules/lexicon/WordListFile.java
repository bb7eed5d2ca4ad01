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
		URIConverter converter = resource.getResourceSet() != null ? resource.getResourceSet().getURIConverter()
				: new ExtensibleURIConverterImpl();
		try (InputStream in = converter.createInputStream(location)) {
			return parse(location, in);
		} catch (CharacterCodingException notUtf8) {
			throw new IOException(location + " is not UTF-8 text", notUtf8);
		} catch (IOException | RuntimeException unreadable) {
			throw new IOException("cannot read " + location + ": " + unreadable.getMessage(), unreadable);
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
