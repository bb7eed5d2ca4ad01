package org.dipanno.export.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.dipanno.export.DocumentSelector;
import org.dipanno.export.EntitySpan;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportWarning;
import org.dipanno.export.ExportZone;
import org.dipanno.export.SelectedDocument;
import org.dipanno.export.SentenceUnit;
import org.dipanno.export.Span;
import org.junit.jupiter.api.Test;

/**
 * "Quốc vương" (monarch) is a real Vietnamese word, so a segmenter may join
 * "Trung Quốc Vương Văn Đào" as Trung | Quốc_Vương | Văn_Đào. The word crosses
 * the boundary between COUNTRY "Trung Quốc" and PERSON "Vương Văn Đào" and
 * must be split there, not mislabelled.
 */
class WordBoundarySplitTest {

	// Offsets: Trung 0-5, Quốc 6-10, Vương 11-16, Văn 17-20, Đào 21-24
	private static final String TEXT = "Trung Quốc Vương Văn Đào";

	private static SelectedDocument selected() {
		List<Span> syllables = List.of(new Span(0, 5), new Span(6, 10), new Span(11, 16), new Span(17, 20),
				new Span(21, 24));
		List<Span> words = List.of(new Span(0, 5), new Span(6, 16), new Span(17, 24));
		ExportDocument document = new ExportDocument("d1", TEXT, List.of(new ExportZone("BODY", 0, 24)),
				List.of(new Span(0, 24)), syllables, words,
				List.of(new EntitySpan("c", 0, 10, "COUNTRY", "CHN"), new EntitySpan("p", 11, 24, "PERSON")),
				List.of());
		return DocumentSelector.select(document, java.util.Set.of("BODY"));
	}

	@Test
	void wordCrossingAnEntityBoundaryIsSplitAtTheBoundary() {
		SelectedDocument selected = selected();
		SentenceUnit sentence = selected.sentences().get(0);
		assertEquals(List.of(new ExportToken(0, 5, "Trung"), new ExportToken(6, 10, "Quốc"), new ExportToken(11, 16, "Vương"),
				new ExportToken(17, 24, "Văn_Đào")), sentence.words());
		assertArrayEquals(new String[] { "B-COUNTRY", "I-COUNTRY", "B-PERSON", "I-PERSON" },
				TagScheme.BIO.tag(sentence.words(), sentence.taggedEntities()));
		assertEquals(1, selected.warnings().get(ExportWarning.WORDS_SPLIT_AT_ENTITY_BOUNDARY));
		assertEquals(0, selected.warnings().get(ExportWarning.SYLLABLES_SPLIT_AT_ENTITY_BOUNDARY));
	}

	@Test
	void syllableAndWordTokensDecodeToTheSameCharacterSpans() {
		SentenceUnit sentence = selected().sentences().get(0);
		for (TagScheme scheme : TagScheme.values()) {
			List<Span> fromSyllables = charSpans(sentence.syllables(), scheme);
			List<Span> fromWords = charSpans(sentence.words(), scheme);
			assertEquals(List.of(new Span(0, 10), new Span(11, 24)), fromSyllables);
			assertEquals(fromSyllables, fromWords);
		}
	}

	@Test
	void syllableCutInsideIsSplitToo() {
		// "Trung-Mỹ" is one syllable token; the COUNTRY mention "Mỹ" ends it.
		String text = "quan hệ Trung-Mỹ";
		ExportDocument document = new ExportDocument("d2", text, List.of(), List.of(new Span(0, 16)),
				List.of(new Span(0, 4), new Span(5, 7), new Span(8, 16)), List.of(new Span(0, 7), new Span(8, 16)),
				List.of(new EntitySpan("m", 14, 16, "COUNTRY")), List.of());
		SelectedDocument selected = DocumentSelector.select(document, java.util.Set.of("BODY"));
		SentenceUnit sentence = selected.sentences().get(0);
		assertEquals(List.of(new ExportToken(0, 4, "quan"), new ExportToken(5, 7, "hệ"), new ExportToken(8, 14, "Trung-"),
				new ExportToken(14, 16, "Mỹ")), sentence.syllables());
		assertEquals(List.of(new ExportToken(0, 7, "quan_hệ"), new ExportToken(8, 14, "Trung-"), new ExportToken(14, 16, "Mỹ")),
				sentence.words());
		assertEquals(1, selected.warnings().get(ExportWarning.SYLLABLES_SPLIT_AT_ENTITY_BOUNDARY));
	}

	private static List<Span> charSpans(List<ExportToken> tokens, TagScheme scheme) {
		return scheme.decode(List.of(scheme.tag(tokens, selected().sentences().get(0).taggedEntities()))).stream()
				.map(t -> new Span(tokens.get(t.firstToken()).start(), tokens.get(t.lastToken()).end())).toList();
	}
}
