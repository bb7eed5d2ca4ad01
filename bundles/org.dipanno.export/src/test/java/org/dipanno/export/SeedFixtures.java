package org.dipanno.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds export documents from the seed articles for tests. {@link #seeds()}
 * uses the real import (text bundle analysis through the model);
 * {@link #seedsWithFixtureAnalysis()} a small,
 * deterministic stand-in analysis (line zones, sentence split at ". ",
 * syllables at whitespace and punctuation, words by longest match in a short
 * lexicon) and gazetteer annotations with normalized values, nested mentions
 * and events.
 */
public final class SeedFixtures {

	public static final List<String> SEED_FILES = List.of("000_bf9587ca5d7394a3.txt", "001_19fe77e609455608.txt",
			"002_cb3ffdcf37eaec80.txt", "003_641f89a9d16cf0c7.txt", "004_4e00300c40552043.txt");

	private static final List<String> LEXICON = List.of("bộ trưởng", "thương mại", "trung quốc", "bắc kinh",
			"hội đàm", "thủ đô", "tuyên bố", "thiết lập", "liên lạc", "vương văn đào", "gina raimondo", "hoa kỳ",
			"việt nam", "ngoại giao", "ngoại trưởng", "điện đàm", "đàm phán", "kinh tế", "quan hệ", "hợp tác",
			"vương nghị", "antony blinken", "tần cương", "nicholas burns", "hai bên", "cho biết", "nhấn mạnh");

	private static final String[][] GAZETTEER = {
			{ "Bộ trưởng Thương mại Trung Quốc", "TITLE", null },
			{ "Bộ trưởng Thương mại", "TITLE", null },
			{ "Bộ trưởng Ngoại giao", "TITLE", null },
			{ "Ngoại trưởng", "TITLE", null },
			{ "Bộ Thương mại", "ORGANIZATION", null },
			{ "Trung Quốc", "COUNTRY", "CHN" },
			{ "Mỹ", "COUNTRY", "USA" },
			{ "Hoa Kỳ", "COUNTRY", "USA" },
			{ "Việt Nam", "COUNTRY", "VNM" },
			{ "Vương Văn Đào", "PERSON", "Wang Wentao" },
			{ "Gina Raimondo", "PERSON", "Gina Raimondo" },
			{ "Vương Nghị", "PERSON", "Wang Yi" },
			{ "Tần Cương", "PERSON", "Qin Gang" },
			{ "Antony Blinken", "PERSON", "Antony Blinken" },
			{ "Nicholas Burns", "PERSON", "Nicholas Burns" },
			{ "Bắc Kinh", "LOCATION", null },
			{ "Washington", "LOCATION", null },
			{ "Bali", "LOCATION", null },
			{ "Ngày 28/8", "DATE", "--08-28" } };

	private static final Map<String, String> TRIGGERS = Map.of("hội đàm", "MEET", "điện đàm", "PHONE_CALL", "đàm phán",
			"NEGOTIATE", "thăm", "VISIT");

	private static final List<String> BOILERPLATE_MARKERS = List.of("Có thể bạn quan tâm", "Tin liên quan", "Xem thêm",
			"Tin cùng chuyên mục", "Tin mới", "- Từ khóa");

	private SeedFixtures() {
	}

	public static String seedText(String fileName) {
		Path folder = Path.of(System.getProperty("dipanno.seeds", "../../seeds"));
		try {
			String raw = Files.readString(folder.resolve(fileName), StandardCharsets.UTF_8);
			// NBSP to space keeps offsets; NFC as the stored form.
			return Normalizer.normalize(raw.replace('\u00A0', ' ').replace("\r\n", "\n"), Normalizer.Form.NFC);
		} catch (IOException e) {
			throw new UncheckedIOException("Seed " + fileName + " not found under " + folder, e);
		}
	}

	/**
	 * The seed corpus as imported by the model (the text bundle's real zones,
	 * sentences, syllables and words), annotated by the gazetteer.
	 */
	public static List<ExportDocument> seeds() {
		List<ExportDocument> documents = new ArrayList<>();
		for (ExportDocument analysed : org.dipanno.export.model.ModelExportAdapter.toExportDocuments(
				org.dipanno.seeds.SeedCorpus.importCorpus(),
				org.dipanno.export.model.AnnotationSelection.gold())) {
			documents.add(annotate(analysed));
		}
		return documents;
	}

	/** The seeds with this class's own small analysis (no text bundle): a second, independent tokenization. */
	public static List<ExportDocument> seedsWithFixtureAnalysis() {
		List<ExportDocument> documents = new ArrayList<>();
		for (String file : SEED_FILES) {
			documents.add(annotate(analyse(file.substring(0, file.length() - 4), seedText(file))));
		}
		return documents;
	}

	/** Zones, sentences, syllables and words of a text, without annotations. */
	public static ExportDocument analyse(String id, String text) {
		List<ExportZone> zones = new ArrayList<>();
		List<Span> sentences = new ArrayList<>();
		List<Span> syllables = new ArrayList<>();
		boolean boilerplate = false;
		boolean leadSeen = false;
		int lineStart = 0;
		int lineNumber = 0;
		while (lineStart < text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			if (!line.isBlank()) {
				String kind;
				if (BOILERPLATE_MARKERS.stream().anyMatch(line::startsWith)) {
					boilerplate = true;
				}
				if (boilerplate) {
					kind = "BOILERPLATE";
				} else if (lineNumber == 0) {
					kind = "TITLE";
				} else if (line.contains("(Ảnh:") || line.endsWith(".jpg")) {
					kind = "CAPTION";
				} else if (!leadSeen) {
					kind = "LEAD";
					leadSeen = true;
				} else {
					kind = "BODY";
				}
				zones.add(new ExportZone(kind, lineStart, lineEnd));
				int sentenceStart = lineStart;
				for (int i = lineStart; i < lineEnd; i++) {
					char c = text.charAt(i);
					if ((c == '.' || c == '?' || c == '!') && i + 2 < lineEnd && text.charAt(i + 1) == ' '
							&& Character.isUpperCase(text.charAt(i + 2))) {
						sentences.add(new Span(sentenceStart, i + 1));
						sentenceStart = i + 2;
					}
				}
				sentences.add(new Span(sentenceStart, lineEnd));
				syllables.addAll(syllables(text, lineStart, lineEnd));
			}
			lineStart = lineEnd + 1;
			lineNumber++;
		}
		return new ExportDocument(id, text, zones, sentences, syllables, words(text, syllables), List.of(), List.of());
	}

	static List<Span> syllables(String text, int from, int to) {
		List<Span> tokens = new ArrayList<>();
		int i = from;
		while (i < to) {
			while (i < to && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < to && !Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int end = i;
			int wordStart = start;
			while (wordStart < end && isPunctuation(text.charAt(wordStart))) {
				tokens.add(new Span(wordStart, wordStart + 1));
				wordStart++;
			}
			int wordEnd = end;
			while (wordEnd > wordStart && isPunctuation(text.charAt(wordEnd - 1))) {
				wordEnd--;
			}
			if (wordStart < wordEnd) {
				tokens.add(new Span(wordStart, wordEnd));
			}
			for (int p = wordEnd; p < end; p++) {
				tokens.add(new Span(p, p + 1));
			}
		}
		return tokens;
	}

	private static boolean isPunctuation(char c) {
		return ",.:;!?\"“”()'…".indexOf(c) >= 0;
	}

	/** Longest match of lexicon entries over syllables (each at most four syllables). */
	static List<Span> words(String text, List<Span> syllables) {
		List<Span> words = new ArrayList<>();
		int i = 0;
		while (i < syllables.size()) {
			int longest = 1;
			for (int n = Math.min(4, syllables.size() - i); n >= 2; n--) {
				Span first = syllables.get(i);
				Span last = syllables.get(i + n - 1);
				String candidate = text.substring(first.start(), last.end()).replaceAll("\\s+", " ")
						.toLowerCase(Locale.ROOT);
				if (LEXICON.contains(candidate) && !text.substring(first.start(), last.end()).contains("\n")) {
					longest = n;
					break;
				}
			}
			words.add(new Span(syllables.get(i).start(), syllables.get(i + longest - 1).end()));
			i += longest;
		}
		return words;
	}

	/** Gazetteer mentions (nested ones included) and trigger events with participants in the same sentence. */
	public static ExportDocument annotate(ExportDocument document) {
		String text = document.text();
		List<EntitySpan> entities = new ArrayList<>();
		for (String[] entry : GAZETTEER) {
			int from = 0;
			int at;
			while ((at = text.indexOf(entry[0], from)) >= 0) {
				int end = at + entry[0].length();
				boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
				boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
				if (startsWord && endsWord) {
					SortedMap<String, String> attributes = new TreeMap<>();
					if (entry[1].equals("PERSON")) {
						attributes.put("Status", "ACCEPTED");
					}
					entities.add(new EntitySpan("m" + (entities.size() + 1), at, end, entry[1], entry[2], attributes));
				}
				from = at + 1;
			}
		}
		List<EventSpan> events = new ArrayList<>();
		for (Map.Entry<String, String> trigger : new TreeMap<>(TRIGGERS).entrySet()) {
			int from = 0;
			int at;
			while ((at = text.indexOf(trigger.getKey(), from)) >= 0) {
				int end = at + trigger.getKey().length();
				from = end;
				if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
						|| end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
					continue;
				}
				int triggerStart = at;
				Span sentence = document.sentences().stream().filter(s -> s.start() <= triggerStart && s.end() >= end)
						.findFirst().orElse(null);
				List<ExportEventArgument> arguments = new ArrayList<>();
				if (sentence != null) {
					for (EntitySpan entity : entities) {
						if (sentence.contains(entity.span()) && arguments.size() < 3) {
							if (entity.type().equals("PERSON") || entity.type().equals("COUNTRY")) {
								arguments.add(new ExportEventArgument("Participant", entity.id()));
							} else if (entity.type().equals("DATE")) {
								arguments.add(new ExportEventArgument("Time", entity.id()));
							}
						}
					}
				}
				events.add(new EventSpan("ev" + (events.size() + 1), trigger.getValue(), at, end, arguments));
			}
		}
		return document.withAnnotations(entities, events);
	}

	public static DatasetProvenance provenance() {
		return new DatasetProvenance("dipanno seed test dataset", "seeds (5 articles)", "gold",
				List.of("rules/diplomacy.dipr"), "2026-01-15T10:00:00Z", "dipanno tests");
	}
}
