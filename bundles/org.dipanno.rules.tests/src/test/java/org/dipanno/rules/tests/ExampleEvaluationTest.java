package org.dipanno.rules.tests;

import static org.dipanno.rules.model.ModelPackage.Literals.*;
import static org.dipanno.rules.tests.TextPositions.offsetOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.dipanno.rules.RulesRuntimeModule;
import org.dipanno.rules.examples.ExampleCheck;
import org.dipanno.rules.examples.ExampleEvaluator;
import org.dipanno.rules.examples.ExampleOutcome;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.validation.IssueCodes;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Examples are tests: with an evaluator bound, failing examples are errors saying what came out. */
@ExtendWith(InjectionExtension.class)
@InjectWith(ExampleEvaluationTest.WithLiteralEvaluator.class)
class ExampleEvaluationTest {

	/** The language's injector with {@link LiteralExampleEvaluator} bound, as the engine binds its own. */
	public static class WithLiteralEvaluator extends RulesInjectorProvider {
		@Override
		protected RulesRuntimeModule createRuntimeModule() {
			return new RulesRuntimeModule() {
				@Override
				public ClassLoader bindClassLoaderToInstance() {
					return WithLiteralEvaluator.class.getClassLoader();
				}

				@SuppressWarnings("unused") // bound by name, as Xtext modules do
				public Class<? extends ExampleEvaluator> bindExampleEvaluator() {
					return LiteralExampleEvaluator.class;
				}
			};
		}
	}

	private static final String RULES = """
			entity COUNTRY
			entity TITLE
			event MEET { roles { participant: COUNTRY } }
			rule Usa: c:"Hoa Kỳ" -> COUNTRY(c) value USA
			rule Minister: "Bộ trưởng" -> TITLE
			""";

	@Inject
	private ParseHelper<RuleFile> parseHelper;
	@Inject
	private ValidationTestHelper validation;

	@Test
	void passingExamplesReportNothing() throws Exception {
		validation.assertNoIssues(parseHelper.parse(RULES + """
				example "Bộ trưởng Bộ Công Thương gặp đại diện hoa kỳ"
					yields COUNTRY "hoa kỳ" = USA, TITLE "Bộ trưởng", TITLE, not COUNTRY "Việt Nam"
				example "Không có gì" yields nothing
				"""));
	}

	@Test
	void failingExpectationIsAnErrorOnItSayingWhatWasExpectedAndWhatCameOut() throws Exception {
		String text = RULES + """
				example "Bộ trưởng gặp đại diện Hoa Kỳ" yields COUNTRY "Hoa Kỳ" = VNM, not TITLE, event MEET
				""";
		RuleFile file = parseHelper.parse(text);
		String produced = "the rules produced: COUNTRY \"Hoa Kỳ\" = USA, TITLE \"Bộ trưởng\"";
		validation.assertError(file, ENTITY_EXPECTATION, IssueCodes.EXAMPLE_FAILED,
				offsetOf(text, "COUNTRY \"Hoa Kỳ\" = VNM"), 22, "expected COUNTRY \"Hoa Kỳ\" = VNM but " + produced);
		validation.assertError(file, ENTITY_EXPECTATION, IssueCodes.EXAMPLE_FAILED, offsetOf(text, "not TITLE"), 9,
				"expected no TITLE but " + produced);
		validation.assertError(file, EVENT_EXPECTATION, IssueCodes.EXAMPLE_FAILED, offsetOf(text, "event MEET\n"), 10,
				"expected event MEET but " + produced);
	}

	@Test
	void exampleExpectingNothingFailsOnItsNothing() throws Exception {
		String text = RULES + "example \"Hoa Kỳ\" yields nothing\n";
		validation.assertError(parseHelper.parse(text), EXAMPLE, IssueCodes.EXAMPLE_FAILED,
				offsetOf(text, "yields nothing"), 6, "expected nothing but the rules produced: COUNTRY \"Hoa Kỳ\" = USA");
	}

	@Test
	void evaluatorFailureBecomesAnErrorOnTheExampleNotAnException() throws Exception {
		String text = RULES + "rule Anything: Capitalized -> TITLE\nexample \"Hoa Kỳ\" yields COUNTRY\n";
		validation.assertError(parseHelper.parse(text), EXAMPLE, IssueCodes.EXAMPLE_EVALUATION_ERROR,
				offsetOf(text, "\"Hoa Kỳ\" yields"), 8,
				"Example could not be run: the engine could not compile or run the rules for it; check the rules it uses"
						+ " for errors");
	}

	@Test
	void eventExpectationsCompareTriggerAndArgumentTexts() throws Exception {
		RuleFile file = parseHelper.parse(RULES + """
				example "x" yields event MEET "gặp"(participant="Hoa Kỳ"), event MEET "gặp"(participant="Mỹ")
				""");
		Example example = (Example) file.getElements().get(5);
		ExampleOutcome outcome = new ExampleOutcome(List.of(),
				List.of(new ExampleOutcome.Event("MEET", "gặp", Map.of("participant", "Hoa Kỳ"))));
		List<ExampleCheck.Failure> failures = ExampleCheck.check(example, outcome);
		assertEquals(1, failures.size());
		assertEquals(example.getExpectations().get(1), failures.get(0).expectation());
		assertEquals("expected event MEET \"gặp\"(participant=\"Mỹ\") but the rules produced: "
				+ "event MEET \"gặp\"(participant=\"Hoa Kỳ\")", failures.get(0).message());
	}
}
