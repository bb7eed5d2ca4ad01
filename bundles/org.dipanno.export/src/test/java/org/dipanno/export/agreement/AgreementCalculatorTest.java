package org.dipanno.export.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.dipanno.export.EntitySpan;
import org.dipanno.export.EventSpan;
import org.dipanno.export.ExportEventArgument;
import org.dipanno.export.Span;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed fixture. Document d1 has ten one-character tokens
 * (text "a b c d e f g h i j", token i = [2i, 2i+1)).
 *
 * <pre>
 * token      0    1    2 3 4    5    6    7    8    9
 * A          B-P  I-P  O O B-L  O    B-O  I-O  O    O     PER[0,3) LOC[8,9) ORG[12,15)
 * B          B-P  I-P  O O B-L  I-L  O    O    B-P  O     PER[0,3) LOC[8,11) PER[16,17)
 * C          B-P  I-P  O O B-L  O    O    O    O    O     PER[0,3) LOC[8,9)
 * </pre>
 *
 * A/B exact: PER 1 of (1, 2) -> F1 2/3; LOC 0 of (1, 1); ORG 0 of (1, 0); overall 1 of (3, 3) -> 1/3.
 * A/B overlap: LOC [8,9) overlaps [8,11) -> LOC 1.0, overall 2 of (3, 3) -> 2/3.
 * A/B Cohen: observed 6/10 (tokens 0-4, 9); A's labels B-P 1, I-P 1, O 5, B-L 1, B-O 1, I-O 1;
 * B's B-P 2, I-P 1, O 5, B-L 1, I-L 1; expected .1*.2 + .1*.1 + .5*.5 + .1*.1 = .29;
 * kappa = (.6 - .29) / (1 - .29) = 31/71 = 0.43662.
 * A/C Cohen: observed 8/10; C's B-P 1, I-P 1, O 7, B-L 1; expected .01 + .01 + .35 + .01 = .38;
 * kappa = .42 / .62 = 21/31 = 0.67742.
 * Fleiss (A, B, C): items 0-4 and 9 agree fully (P_i = 1), items 5-8 two against one
 * (P_i = (4 + 1 - 3) / 6 = 1/3): mean 22/30. Category totals over 30 ratings: B-P 4, I-P 3, O 17,
 * B-L 3, I-L 1, B-O 1, I-O 1: expected (16 + 9 + 289 + 9 + 1 + 1 + 1) / 900 = 326/900;
 * kappa = (660 - 326) / (900 - 326) = 334/574 = 0.58188.
 */
class AgreementCalculatorTest {

	private static final List<Span> TEN_TOKENS = IntStream.range(0, 10).mapToObj(i -> new Span(2 * i, 2 * i + 1)).toList();

	private static final AnnotatorSet A = new AnnotatorSet("A",
			List.of(new EntitySpan("a1", 0, 3, "PER"), new EntitySpan("a2", 8, 9, "LOC"), new EntitySpan("a3", 12, 15, "ORG")),
			List.of(new EventSpan("ae", "MEET", 10, 11, List.of(new ExportEventArgument("Participant", "a1")))));
	private static final AnnotatorSet B = new AnnotatorSet("B",
			List.of(new EntitySpan("b1", 0, 3, "PER"), new EntitySpan("b2", 8, 11, "LOC"), new EntitySpan("b3", 16, 17, "PER")),
			List.of(new EventSpan("be", "MEET", 10, 11,
					List.of(new ExportEventArgument("Participant", "b1"), new ExportEventArgument("Participant", "b3"))),
					new EventSpan("bv", "VISIT", 18, 19, List.of())));
	private static final AnnotatorSet C = new AnnotatorSet("C",
			List.of(new EntitySpan("c1", 0, 3, "PER"), new EntitySpan("c2", 8, 9, "LOC")), List.of());

	private static void assertFigure(double expected, double actual) {
		assertEquals(expected, actual, 1e-9);
	}

	@Test
	void spanF1ExactAndOverlapPerTypeAndOverall() {
		PairAgreement pair = AgreementCalculator.compute(List.of(new AgreementDocument("d1", TEN_TOKENS, List.of(A, B))))
				.documents().get(0).pairs().get(0);
		assertEquals(new MatchCounts(1, 1, 2), pair.exactPerType().get("PER"));
		assertFigure(2.0 / 3, pair.exactPerType().get("PER").f1());
		assertFigure(0.0, pair.exactPerType().get("LOC").f1());
		assertFigure(0.0, pair.exactPerType().get("ORG").f1());
		assertEquals(new MatchCounts(1, 3, 3), pair.exact());
		assertFigure(1.0 / 3, pair.exact().f1());
		assertFigure(1.0, pair.overlapPerType().get("LOC").f1());
		assertFigure(2.0 / 3, pair.overlap().f1());
		assertFigure(0.5, pair.exactPerType().get("PER").precision());
		assertFigure(1.0, pair.exactPerType().get("PER").recall());
	}

	@Test
	void cohensKappaOnTokenLabels() {
		assertEquals(List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O"),
				AgreementCalculator.tokenLabels(TEN_TOKENS, A.entities()));
		AgreementReport report = AgreementCalculator.compute(List.of(new AgreementDocument("d1", TEN_TOKENS, List.of(A, B, C))));
		PairAgreement ab = report.documents().get(0).pairs().get(0);
		assertEquals("A", ab.first());
		assertEquals("B", ab.second());
		assertFigure(0.6, ab.tokenKappa().observed());
		assertFigure(0.29, ab.tokenKappa().expected());
		assertFigure(31.0 / 71, ab.tokenKappa().value());
		PairAgreement ac = report.documents().get(0).pairs().get(1);
		assertEquals("C", ac.second());
		assertFigure(21.0 / 31, ac.tokenKappa().value());
	}

	@Test
	void fleissKappaForThreeAnnotators() {
		AgreementReport report = AgreementCalculator.compute(List.of(new AgreementDocument("d1", TEN_TOKENS, List.of(A, B, C))));
		Kappa fleiss = report.documents().get(0).fleissKappa();
		assertEquals(10, fleiss.items());
		assertFigure(22.0 / 30, fleiss.observed());
		assertFigure(326.0 / 900, fleiss.expected());
		assertFigure(334.0 / 574, fleiss.value());
		assertNull(AgreementCalculator.compute(List.of(new AgreementDocument("d1", TEN_TOKENS, List.of(A, B))))
				.documents().get(0).fleissKappa(), "two annotators: Cohen only");
	}

	@Test
	void eventTriggerAndArgumentAgreement() {
		PairAgreement pair = AgreementCalculator.compute(List.of(new AgreementDocument("d1", TEN_TOKENS, List.of(A, B))))
				.documents().get(0).pairs().get(0);
		// MEET [10,11) matches; B's VISIT has no counterpart: 1 of (1, 2).
		assertEquals(new MatchCounts(1, 1, 2), pair.triggers());
		assertFigure(2.0 / 3, pair.triggers().f1());
		// Participant PER[0,3) matches; B's second participant PER[16,17) does not: 1 of (1, 2).
		assertEquals(new MatchCounts(1, 1, 2), pair.arguments());
	}

	@Test
	void corpusFiguresPoolCountsAndTokens() {
		// d2: tokens "x y", both annotators mark PER on x. Pooled: exact 2 of (4, 4); tokens 12, observed 8/12;
		// A's labels B-P 2, I-P 1, O 6, B-L 1, B-O 1, I-O 1; B's B-P 3, I-P 1, O 6, B-L 1, I-L 1;
		// expected (2*3 + 1*1 + 6*6 + 1*1) / 144 = 44/144; kappa = (96 - 44) / (144 - 44) = 0.52.
		List<Span> twoTokens = List.of(new Span(0, 1), new Span(2, 3));
		AgreementDocument d2 = new AgreementDocument("d2", twoTokens, List.of(
				new AnnotatorSet("A", List.of(new EntitySpan("x", 0, 1, "PER")), List.of()),
				new AnnotatorSet("B", List.of(new EntitySpan("y", 0, 1, "PER")), List.of())));
		AgreementReport report = AgreementCalculator.compute(
				List.of(new AgreementDocument("d1", TEN_TOKENS, List.of(A, B)), d2));
		assertEquals(2, report.documents().size());
		assertFigure(1.0, report.documents().get(1).pairs().get(0).exact().f1());
		PairAgreement corpus = report.corpus().pairs().get(0);
		assertEquals(AgreementReport.CORPUS, report.corpus().documentId());
		assertEquals(new MatchCounts(2, 4, 4), corpus.exact());
		assertEquals(new MatchCounts(2, 2, 3), corpus.exactPerType().get("PER"));
		assertEquals(12, corpus.tokenKappa().items());
		assertFigure(0.52, corpus.tokenKappa().value());
	}

	@Test
	void markdownReportShowsFiguresPerPairAndType() {
		String markdown = AgreementMarkdown.render(
				AgreementCalculator.compute(List.of(new AgreementDocument("d1", TEN_TOKENS, List.of(A, B, C)))));
		assertTrue(markdown.contains("| A / B | 0.333 (1/3/3) | 0.667 (2/3/3) | 0.667 (1/1/2) | 0.667 (1/1/2) | 0.437 |"), markdown);
		assertTrue(markdown.contains("Fleiss' kappa on token labels: 0.582 (10 tokens)"), markdown);
		assertTrue(markdown.contains("| PER | 0.667 (1/1/2) | 0.667 (1/1/2) | 1 | 2 |"), markdown);
		assertTrue(markdown.contains("## Document d1"));
	}

	@Test
	void undefinedFiguresAreNaNAndMismatchedAnnotatorsAreRejected() {
		assertTrue(Double.isNaN(MatchCounts.ZERO.f1()));
		assertTrue(Double.isNaN(AgreementCalculator.cohen(List.of("O", "O"), List.of("O", "O")).value()));
		AgreementDocument ab = new AgreementDocument("d1", TEN_TOKENS, List.of(A, B));
		AgreementDocument ac = new AgreementDocument("d2", TEN_TOKENS, List.of(A, C));
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> AgreementCalculator.compute(List.of(ab, ac)));
		assertEquals("Document d2 has annotators [A, C] but d1 has [A, B]", error.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new AgreementDocument("d3", TEN_TOKENS, List.of(A)));
	}
}
