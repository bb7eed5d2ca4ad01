package org.dipanno.engine.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Figures computed by hand on a three-document gold set. */
class RuleScorerTest {

	private static final double EPS = 1e-9;

	private final List<GoldSpan> gold = List.of(
			new GoldSpan("d1", 0, 5, "PERSON"),
			new GoldSpan("d1", 10, 20, "COUNTRY"),
			new GoldSpan("d2", 3, 8, "PERSON"),
			new GoldSpan("d2", 30, 40, "PERSON"));

	private final List<PredictedSpan> predicted = List.of(
			new PredictedSpan("d1", 0, 5, "PERSON", "person"), // exact hit
			new PredictedSpan("d2", 3, 7, "PERSON", "person"), // overlap hit only
			new PredictedSpan("d2", 50, 55, "PERSON", "person"), // miss
			new PredictedSpan("d1", 10, 20, "COUNTRY", "country"), // exact hit
			new PredictedSpan("d1", 0, 5, "COUNTRY", "country"), // wrong type, contradicts "person"
			new PredictedSpan("d9", 0, 5, "COUNTRY", "country")); // document not scored: ignored

	private final ScoreReport report = RuleScorer.score(gold, predicted, List.of("d1", "d2", "d3"));

	@Test
	void perRuleExactAndOverlapCounts() {
		RuleScore person = report.rule("person");
		assertEquals(Set.of("PERSON"), person.types());
		assertEquals(new Counts(1, 2, 2), person.exact());
		assertEquals(1.0 / 3, person.exact().precision(), EPS);
		assertEquals(1.0 / 3, person.exact().recall(), EPS);
		assertEquals(1.0 / 3, person.exact().f1(), EPS);
		assertEquals(new Counts(2, 1, 1), person.overlap());
		assertEquals(2.0 / 3, person.overlap().f1(), EPS);

		RuleScore country = report.rule("country");
		assertEquals(new Counts(1, 1, 0), country.exact());
		assertEquals(0.5, country.exact().precision(), EPS);
		assertEquals(1.0, country.exact().recall(), EPS);
		assertEquals(2.0 / 3, country.exact().f1(), EPS);
	}

	@Test
	void coverageOverlapsAndConflicts() {
		RuleScore person = report.rule("person");
		assertEquals(3, person.mentions());
		assertEquals(2, person.documentsTouched());
		assertEquals(2.0 / 3, person.documentCoverage(), EPS);
		assertEquals(1, person.overlappingSpans());
		assertEquals(1, person.conflictingSpans());
		assertEquals(1.0 / 3, person.conflictRate(), EPS);
		RuleScore country = report.rule("country");
		assertEquals(2, country.mentions());
		assertEquals(1, country.documentsTouched());
		assertEquals(0.5, country.overlapRate(), EPS);
		assertEquals(List.of(new RulePair("country", "person", 1, 1), new RulePair("person", "country", 1, 1)),
				report.pairs());
	}

	@Test
	void allRulesTogether() {
		assertEquals(3, report.documents());
		assertEquals(new Counts(2, 3, 2), report.allExact());
		assertEquals(new Counts(3, 2, 1), report.allOverlap());
	}

	@Test
	void duplicatePredictionsOfOneGoldSpanCountOnce() {
		ScoreReport twice = RuleScorer.score(List.of(new GoldSpan("d1", 0, 5, "PERSON")),
				List.of(new PredictedSpan("d1", 0, 5, "PERSON", "r"), new PredictedSpan("d1", 0, 5, "PERSON", "r")),
				List.of("d1"));
		assertEquals(new Counts(1, 1, 0), twice.rule("r").exact());
	}

	@Test
	void rendersAPlainTextTable() {
		String table = ScoreTable.render(report);
		List<String> lines = table.lines().toList();
		assertEquals("rule         types    spans  docs  cover  TP  FP  FN      P      R     F1  oTP  oFP  oFN     oP     oR    oF1  overlap  conflict",
				lines.get(0));
		assertEquals("country      COUNTRY      2     1    33%   1   1   0  0.500  1.000  0.667    1    1    0  0.500  1.000  0.667      50%       50%",
				lines.get(1));
		assertEquals("person       PERSON       3     2    67%   1   2   2  0.333  0.333  0.333    2    1    1  0.667  0.667  0.667      33%       33%",
				lines.get(2));
		assertEquals("  country x person: 1 / 1", lines.get(5));
	}
}
