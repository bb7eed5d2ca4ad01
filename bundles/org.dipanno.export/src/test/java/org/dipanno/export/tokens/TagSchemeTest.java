package org.dipanno.export.tokens;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.dipanno.export.EntitySpan;
import org.junit.jupiter.api.Test;

class TagSchemeTest {

	// "Ngoại trưởng Mỹ Antony Blinken": Ngoại 0-5, trưởng 6-12, Mỹ 13-15, Antony 16-22, Blinken 23-30
	private static final String TEXT = "Ngoại trưởng Mỹ Antony Blinken";
	private static final List<ExportToken> SYLLABLES = List.of(new ExportToken(0, 5, "Ngoại"), new ExportToken(6, 12, "trưởng"),
			new ExportToken(13, 15, "Mỹ"), new ExportToken(16, 22, "Antony"), new ExportToken(23, 30, "Blinken"));
	private static final List<EntitySpan> ENTITIES = List.of(new EntitySpan("a", 0, 12, "TITLE"),
			new EntitySpan("b", 13, 15, "COUNTRY"), new EntitySpan("c", 16, 30, "PERSON"));

	@Test
	void bioTagsEveryMentionWithBThenI() {
		assertEquals("Ngoại trưởng Mỹ Antony Blinken".length(), 30);
		assertArrayEquals(new String[] { "B-TITLE", "I-TITLE", "B-COUNTRY", "B-PERSON", "I-PERSON" },
				TagScheme.BIO.tag(SYLLABLES, ENTITIES));
	}

	@Test
	void bioesMarksSingleAndEndTokens() {
		assertArrayEquals(new String[] { "B-TITLE", "E-TITLE", "S-COUNTRY", "B-PERSON", "E-PERSON" },
				TagScheme.BIOES.tag(SYLLABLES, ENTITIES));
		List<ExportToken> three = List.of(new ExportToken(0, 1, "a"), new ExportToken(2, 3, "b"), new ExportToken(4, 5, "c"));
		assertArrayEquals(new String[] { "B-PERSON", "I-PERSON", "E-PERSON" },
				TagScheme.BIOES.tag(three, List.of(new EntitySpan("p", 0, 5, "PERSON"))));
	}

	@Test
	void decodingGivesBackTheTaggedRuns() {
		for (TagScheme scheme : TagScheme.values()) {
			List<TaggedSpan> spans = scheme.decode(List.of(scheme.tag(SYLLABLES, ENTITIES)));
			assertEquals(List.of(new TaggedSpan(0, 1, "TITLE"), new TaggedSpan(2, 2, "COUNTRY"),
					new TaggedSpan(3, 4, "PERSON")), spans, scheme.name());
		}
		// Adjacent mentions of one type stay apart in BIO thanks to B-.
		assertEquals(List.of(new TaggedSpan(0, 0, "COUNTRY"), new TaggedSpan(1, 1, "COUNTRY")),
				TagScheme.BIO.decode(List.of("B-COUNTRY", "B-COUNTRY")));
	}

	@Test
	void decodingRejectsSequencesTheEncoderNeverWrites() {
		IllegalArgumentException orphan = assertThrows(IllegalArgumentException.class,
				() -> TagScheme.BIO.decode(List.of("O", "I-PERSON")));
		assertEquals("Invalid BIO tag 'I-PERSON' at token 1: I- does not continue a PERSON mention", orphan.getMessage());
		assertThrows(IllegalArgumentException.class, () -> TagScheme.BIO.decode(List.of("B-PERSON", "I-COUNTRY")));
		assertThrows(IllegalArgumentException.class, () -> TagScheme.BIOES.decode(List.of("B-PERSON", "O")));
		assertThrows(IllegalArgumentException.class, () -> TagScheme.BIOES.decode(List.of("B-PERSON")));
		assertThrows(IllegalArgumentException.class, () -> TagScheme.BIO.decode(List.of("S-PERSON")));
	}

	@Test
	void labelListStartsWithOutsideThenTypesInSchemeOrder() {
		assertEquals(List.of("O", "B-PERSON", "I-PERSON", "B-COUNTRY", "I-COUNTRY"),
				TagScheme.BIO.labels(List.of("PERSON", "COUNTRY")));
		assertEquals(List.of("O", "B-DATE", "I-DATE", "E-DATE", "S-DATE"), TagScheme.BIOES.labels(List.of("DATE")));
	}

	@Test
	void outermostPolicyKeepsTheLongestMentionAndDropsNestedOnes() {
		EntitySpan title = new EntitySpan("t", 0, 31, "TITLE");
		EntitySpan country = new EntitySpan("c", 21, 31, "COUNTRY");
		EntitySpan person = new EntitySpan("p", 32, 45, "PERSON");
		OverlapResolver.Resolution resolution = OverlapResolver.outermost(List.of(country, person, title));
		assertEquals(List.of(title, person), resolution.kept());
		assertEquals(List.of(country), resolution.dropped());
	}
}
