package org.dipanno.export.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventArgument;
import org.dipanno.export.EventSpan;
import org.dipanno.export.agreement.AnnotatorSet;
import org.junit.jupiter.api.Test;

class CuratorTest {

	private static TreeSet<String> who(String... annotators) {
		return new TreeSet<>(List.of(annotators));
	}

	/**
	 * Three annotators. [0,3) PER: all three (C without value). [8,9) LOC: A, B; C says [8,11).
	 * [12,15): A ORG, B PER, C LOC. [16,17) PER: B only. MEET [18,19): A, B (A adds a participant
	 * ORG[12,15)). VISIT [4,5): C only.
	 */
	private static List<AnnotatorSet> threeAnnotators() {
		AnnotatorSet a = new AnnotatorSet("A",
				List.of(new EntitySpan("a1", 0, 3, "PER", "Wang Wentao"), new EntitySpan("a2", 8, 9, "LOC"),
						new EntitySpan("a3", 12, 15, "ORG")),
				List.of(new EventSpan("ae", "MEET", 18, 19, List.of(new EventArgument("Participant", "a1"),
						new EventArgument("Place", "a2"), new EventArgument("Participant", "a3")))));
		AnnotatorSet b = new AnnotatorSet("B",
				List.of(new EntitySpan("b1", 0, 3, "PER", "Wang Wentao"), new EntitySpan("b2", 8, 9, "LOC"),
						new EntitySpan("b3", 12, 15, "PER"), new EntitySpan("b4", 16, 17, "PER")),
				List.of(new EventSpan("be", "MEET", 18, 19,
						List.of(new EventArgument("Participant", "b1"), new EventArgument("Place", "b2")))));
		AnnotatorSet c = new AnnotatorSet("C",
				List.of(new EntitySpan("c1", 0, 3, "PER"), new EntitySpan("c2", 8, 11, "LOC"),
						new EntitySpan("c3", 12, 15, "LOC")),
				List.of(new EventSpan("cv", "VISIT", 4, 5, List.of())));
		return List.of(a, b, c);
	}

	@Test
	void majorityMergeTakesMajoritiesRejectsMinoritiesAndListsConflicts() {
		CurationResult result = Curator.curate("d1", threeAnnotators(), CurationStrategy.MAJORITY);
		assertEquals(List.of(new EntitySpan("g1", 0, 3, "PER", "Wang Wentao"), new EntitySpan("g2", 8, 9, "LOC")),
				result.goldEntities());
		assertEquals(List.of(new EventSpan("v1", "MEET", 18, 19,
				List.of(new EventArgument("Participant", "g1"), new EventArgument("Place", "g2")))), result.goldEvents());
		assertEquals(List.of(new EntityCandidate(8, 11, "LOC", who("C")), new EntityCandidate(16, 17, "PER", who("B"))),
				result.rejectedEntities());
		assertEquals(List.of(new EventCandidate("VISIT", 4, 5, who("C"))), result.rejectedEvents());
		assertEquals(List.of(
				new CurationConflict("d1", ConflictKind.NO_MAJORITY, 12, 15,
						List.of(new EntityCandidate(12, 15, "LOC", who("C")), new EntityCandidate(12, 15, "ORG", who("A")),
								new EntityCandidate(12, 15, "PER", who("B"))),
						List.of(), List.of(), List.of()),
				// The MEET event has two voters; A's extra participant has one of two votes: a tie.
				new CurationConflict("d1", ConflictKind.ARGUMENT, 18, 19, List.of(),
						List.of(new EventCandidate("MEET", 18, 19, who("A", "B"))),
						List.of(new ArgumentCandidate("Participant", 12, 15, "ORG", who("A"))), List.of())),
				result.conflicts());
	}

	@Test
	void unanimousMergeTakesOnlyWhatEveryoneMarked() {
		CurationResult result = Curator.curate("d1", threeAnnotators(), CurationStrategy.UNANIMOUS);
		// [0,3) PER is unanimous but the values differ (C gave none): in gold without value, listed as a conflict.
		assertEquals(List.of(new EntitySpan("g1", 0, 3, "PER")), result.goldEntities());
		assertEquals(List.of(), result.goldEvents());
		// In text order: the value at [0,3), VISIT [4,5), region [8,11), region [12,15), [16,17), MEET [18,19).
		assertEquals(List.of(ConflictKind.NORMALIZED_VALUE, ConflictKind.NOT_UNANIMOUS, ConflictKind.NOT_UNANIMOUS,
				ConflictKind.NOT_UNANIMOUS, ConflictKind.NOT_UNANIMOUS, ConflictKind.NOT_UNANIMOUS),
				result.conflicts().stream().map(CurationConflict::kind).toList());
		assertEquals(List.of(new EventCandidate("MEET", 18, 19, who("A", "B"))), result.conflicts().get(5).eventCandidates());
		CurationConflict value = result.conflicts().get(0);
		assertEquals(List.of("A=Wang Wentao", "B=Wang Wentao", "C=(none)"), value.normalizedValues());
		assertEquals(List.of(new EntityCandidate(8, 9, "LOC", who("A", "B")), new EntityCandidate(8, 11, "LOC", who("C"))),
				result.conflicts().get(2).entityCandidates());
	}

	@Test
	void twoAnnotatorsDisagreeingIsATie() {
		AnnotatorSet a = new AnnotatorSet("lan", List.of(new EntitySpan("1", 0, 10, "COUNTRY", "CHN"),
				new EntitySpan("2", 20, 25, "LOCATION")), List.of());
		AnnotatorSet b = new AnnotatorSet("minh", List.of(new EntitySpan("x", 0, 10, "COUNTRY", "USA")), List.of());
		CurationResult result = Curator.curate("d", List.of(a, b), CurationStrategy.MAJORITY);
		assertEquals(List.of(new EntitySpan("g1", 0, 10, "COUNTRY")), result.goldEntities());
		assertEquals(List.of(
				new CurationConflict("d", ConflictKind.NORMALIZED_VALUE, 0, 10,
						List.of(new EntityCandidate(0, 10, "COUNTRY", who("lan", "minh"))), List.of(), List.of(),
						List.of("lan=CHN", "minh=USA")),
				new CurationConflict("d", ConflictKind.TIE, 20, 25,
						List.of(new EntityCandidate(20, 25, "LOCATION", who("lan"))), List.of(), List.of(), List.of())),
				result.conflicts());
	}
}
