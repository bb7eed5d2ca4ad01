package org.dipanno.export.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.Span;
import org.junit.jupiter.api.Test;

class TypeConfusionTest {

	/**
	 * lan: PERSON [0,5), LOCATION [10,15), TITLE [20,30), COUNTRY [40,45). minh: PERSON [0,5), ORGANIZATION
	 * [10,15), TITLE [20,25), PERSON [50,55). Pairs: PERSON/PERSON (agreement), LOCATION/ORGANIZATION (same span),
	 * TITLE/TITLE (overlap: a boundary disagreement), COUNTRY/(none), (none)/PERSON.
	 */
	@Test
	void pairsSameSpansThenOverlapsThenNothingAndKeepsThePairingsOfEachCell() {
		AnnotatorSet lan = new AnnotatorSet("lan", List.of(new EntitySpan("l1", 0, 5, "PERSON"),
				new EntitySpan("l2", 10, 15, "LOCATION"), new EntitySpan("l3", 20, 30, "TITLE"),
				new EntitySpan("l4", 40, 45, "COUNTRY")), List.of());
		AnnotatorSet minh = new AnnotatorSet("minh", List.of(new EntitySpan("m1", 0, 5, "PERSON"),
				new EntitySpan("m2", 10, 15, "ORGANIZATION"), new EntitySpan("m3", 20, 25, "TITLE"),
				new EntitySpan("m4", 50, 55, "PERSON")), List.of());
		TypeConfusion confusion = TypeConfusion
				.compute(List.of(new AgreementDocument("d", List.of(new Span(0, 60)), List.of(lan, minh))));

		List<String> labels = confusion.labels();
		assertEquals(List.of("COUNTRY", "LOCATION", "ORGANIZATION", "PERSON", "TITLE", TypeConfusion.NONE), labels);
		int country = 0, location = 1, organization = 2, person = 3, title = 4, none = 5;
		assertEquals(1, confusion.count(person, person));
		assertEquals(List.of(), confusion.disagreements(person, person));
		assertEquals(1, confusion.count(location, organization));
		assertEquals(0, confusion.count(organization, location));
		assertEquals(1, confusion.disagreements(title, title).size());
		assertEquals(25, confusion.disagreements(title, title).get(0).secondMention().end());
		TypeConfusion.Pairing missing = confusion.disagreements(country, none).get(0);
		assertNull(missing.secondMention());
		assertEquals("minh", missing.second());
		assertEquals(1, confusion.count(none, person));
		int total = 0;
		for (int row = 0; row < labels.size(); row++) {
			for (int column = 0; column < labels.size(); column++) {
				total += confusion.count(row, column);
			}
		}
		assertEquals(5, total);
		assertEquals(1, confusion.largestCount());
		assertTrue(confusion.disagreements(none, none).isEmpty());
	}
}
