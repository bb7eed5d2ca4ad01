package org.dipanno.rules.tests;

import static org.dipanno.rules.model.ModelPackage.Literals.*;
import static org.dipanno.rules.tests.TextPositions.offsetOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.validation.IssueCodes;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every validation: its code, severity, exact place and message. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class RulesValidationTest {

	private static final String SCHEMA = """
			entity PERSON { key "p" }
			entity COUNTRY { key "c" }
			entity DATE { key "d" }
			event MEET { cameo "040" roles { participant: PERSON | COUNTRY, time: DATE } }
			""";

	@Inject
	private ParseHelper<RuleFile> parseHelper;
	@Inject
	private ValidationTestHelper validation;

	private RuleFile parse(String text) throws Exception {
		return parseHelper.parse(text);
	}

	private long count(RuleFile file, String code) {
		return validation.validate(file).stream().filter(issue -> code.equals(issue.getCode())).count();
	}

	// ---------------------------------------------------------------- linking

	@Test
	void unknownEntityTypeInAnActionIsReportedOnTheName() throws Exception {
		String text = SCHEMA + "rule R: \"Bộ trưởng\" -> PERSONN\n";
		validation.assertError(parse(text), MARK_ACTION, IssueCodes.UNRESOLVED_ENTITY_TYPE, offsetOf(text, "PERSONN"),
				7, "Unknown entity type 'PERSONN'");
	}

	@Test
	void unknownEventTypeIsReportedOnTheName() throws Exception {
		String text = SCHEMA + "rule R: t:\"gặp\" -> event MEETING(trigger=t)\n";
		validation.assertError(parse(text), EVENT_ACTION, IssueCodes.UNRESOLVED_EVENT_TYPE,
				offsetOf(text, "MEETING"), 7, "Unknown event type 'MEETING'");
	}

	@Test
	void unknownLexiconOrTypeInAPatternIsReportedOnTheReference() throws Exception {
		String text = SCHEMA + "rule R: Titel p:PERSON -> PERSON(p)\n";
		validation.assertError(parse(text), REFERENCE_PATTERN, IssueCodes.UNRESOLVED_PATTERN_REFERENCE,
				offsetOf(text, "Titel"), 5, "Unknown lexicon or entity type 'Titel'");
	}

	@Test
	void unknownLexiconAsValueSourceIsReported() throws Exception {
		String text = SCHEMA + "rule R: c:\"Mỹ\" -> COUNTRY(c) value lexicon Countries\n";
		validation.assertError(parse(text), LEXICON_VALUE, IssueCodes.UNRESOLVED_LEXICON,
				offsetOf(text, "Countries"), 9, "Unknown lexicon 'Countries'");
	}

	@Test
	void unknownCaptureIsReportedWhereItIsUsed() throws Exception {
		String text = SCHEMA + "rule R: name:Capitalized -> PERSON(nam)\n";
		validation.assertError(parse(text), MARK_ACTION, IssueCodes.UNRESOLVED_CAPTURE, offsetOf(text, "nam)"), 3,
				"Unknown capture 'nam'");
	}

	@Test
	void roleNotDeclaredForTheEventTypeListsTheDeclaredRoles() throws Exception {
		String text = SCHEMA + "rule R: p:PERSON t:\"gặp\" -> event MEET(trigger=t, host=p)\n";
		validation.assertError(parse(text), ARGUMENT, IssueCodes.UNDECLARED_ROLE, offsetOf(text, "host"), 4,
				"Event type MEET has no role 'host'; its roles are: participant, time");
	}

	@Test
	void missingImportIsReportedOnThePath() throws Exception {
		String text = "import \"missing/schema.dar\"\n" + SCHEMA;
		validation.assertError(parse(text), IMPORT, IssueCodes.UNRESOLVED_IMPORT,
				offsetOf(text, "\"missing/schema.dar\""), 20, "Cannot find the imported file 'missing/schema.dar'");
	}

	// ------------------------------------------------------------------ names

	@Test
	void duplicateDeclarationsAreReportedOnTheLaterName() throws Exception {
		String text = SCHEMA + """
				lexicon Title { "Bộ trưởng" }
				lexicon PERSON { "ông" }
				rule R: t:Title -> PERSON(t)
				rule R: t:Title -> PERSON(t)
				""";
		RuleFile file = parse(text);
		validation.assertError(file, LEXICON, IssueCodes.DUPLICATE_NAME, offsetOf(text, "lexicon PERSON", "PERSON"), 6,
				"Duplicate name 'PERSON': already declared on line 1");
		validation.assertError(file, RULE, IssueCodes.DUPLICATE_NAME, text.lastIndexOf("rule R") + 5, 1,
				"Duplicate name 'R': already declared on line 7");
	}

	@Test
	void duplicateCaptureRoleArgumentAndLexiconEntryAreReported() throws Exception {
		// lexicon entries repeat when they fold alike: case, spacing and tone placement ("hoà" = "hòa")
		String text = """
				entity PERSON
				event MEET { roles { participant: PERSON, participant: PERSON } }
				lexicon Title { "Bộ trưởng", "bộ  Trưởng", "Hoà bình", "hòa bình" }
				lexicon Acronym exact { "DOC", "doc" }
				rule R: t:Title a:PERSON a:PERSON -> event MEET(trigger=t, participant=a, participant=a)
				""";
		RuleFile file = parse(text);
		validation.assertError(file, ROLE, IssueCodes.DUPLICATE_ROLE, offsetOf(text, "participant: PERSON }"), 11,
				"Duplicate role 'participant' in event type MEET");
		validation.assertWarning(file, LEXICON_ENTRY, IssueCodes.DUPLICATE_LEXICON_ENTRY,
				offsetOf(text, "\"bộ  Trưởng\""), 12, "repeats \"Bộ trưởng\"");
		validation.assertWarning(file, LEXICON_ENTRY, IssueCodes.DUPLICATE_LEXICON_ENTRY,
				offsetOf(text, "\"hòa bình\""), 10, "Entry \"hòa bình\" repeats \"Hoà bình\" of lexicon Title");
		assertEquals(2, count(file, IssueCodes.DUPLICATE_LEXICON_ENTRY), "an exact lexicon keeps DOC and doc apart");
		validation.assertError(file, CAPTURE, IssueCodes.DUPLICATE_CAPTURE, offsetOf(text, "a:PERSON ->") , 1,
				"Duplicate capture 'a' in rule R");
		validation.assertError(file, ARGUMENT, IssueCodes.DUPLICATE_ARGUMENT, offsetOf(text, "participant=a)"), 11,
				"Role 'participant' is bound twice");
	}

	@Test
	@Timeout(10)
	void cyclicTypeHierarchiesAreReportedOnTheSuperType() throws Exception {
		// the role check walks A's super types: it must stop on the cycle
		String text = "entity A extends B\nentity B extends A\nevent E extends E { }\nentity P\n"
				+ "event M { roles { who: P } }\nrule R: a:A t:\"gặp\" -> event M(trigger=t, who=a)\n";
		RuleFile file = parse(text);
		validation.assertError(file, ENTITY_TYPE, IssueCodes.CYCLIC_TYPE_HIERARCHY, offsetOf(text, "B\nentity"), 1,
				"Entity type A extends itself");
		validation.assertError(file, EVENT_TYPE, IssueCodes.CYCLIC_TYPE_HIERARCHY, offsetOf(text, "E {"), 1,
				"Event type E extends itself");
		validation.assertError(file, ARGUMENT, IssueCodes.ROLE_TYPE_MISMATCH, offsetOf(text, "who=a", "a"), 1,
				"Role who of M accepts P, not A");
	}

	// ----------------------------------------------------------------- schema

	@Test
	void schemaAttributesAreChecked() throws Exception {
		String text = """
				entity PERSON { color "red" key "p" }
				entity PLACE { color "#12AB9f" key "p" }
				event MEET { cameo "04A" color "#GGGGGG" key "p" }
				""";
		RuleFile file = parse(text);
		validation.assertError(file, ENTITY_TYPE, IssueCodes.INVALID_COLOR, offsetOf(text, "\"red\""), 5,
				"Colour \"red\" is not of the form #RRGGBB");
		validation.assertError(file, ENTITY_TYPE, IssueCodes.DUPLICATE_KEY, offsetOf(text, "\"p\" }\nevent"), 3,
				"Key \"p\" is already used by PERSON");
		validation.assertError(file, EVENT_TYPE, IssueCodes.INVALID_COLOR, offsetOf(text, "\"#GGGGGG\""), 9,
				"Colour \"#GGGGGG\" is not of the form #RRGGBB");
		validation.assertError(file, EVENT_TYPE, IssueCodes.DUPLICATE_KEY, offsetOf(text, "\"#GGGGGG\" key \"p\"", "\"p\""), 3,
				"Key \"p\" is already used by PERSON");
		validation.assertError(file, EVENT_TYPE, IssueCodes.INVALID_CAMEO_CODE, offsetOf(text, "\"04A\""), 5,
				"CAMEO code \"04A\" must be 2 to 4 digits");
		validation.assertNoIssues(parse("entity PLACE { color \"#12AB9f\" }\nevent MEET { cameo \"0431\" }\n"));
	}

	// --------------------------------------------------------------- patterns

	@Test
	void invalidRegularExpressionCarriesTheRegexEngineMessage() throws Exception {
		String text = SCHEMA + "rule R: d:/[0-9(/ -> DATE(d)\n";
		validation.assertError(parse(text), REGEX_PATTERN, IssueCodes.INVALID_REGEX, offsetOf(text, "/[0-9(/"), 7,
				"Invalid regular expression: Unclosed character class near index 4");
	}

	@Test
	void patternsThatCanMatchNothingAreErrors() throws Exception {
		String text = SCHEMA + "rule R: (p:PERSON)? ^ -> PERSON(p)\n";
		validation.assertError(parse(text), RULE, IssueCodes.PATTERN_MATCHES_EMPTY, offsetOf(text, "(p:PERSON)? ^"),
				13, "The pattern of rule R can match without any token");
		validation.assertNoError(parse(SCHEMA + "rule R: ^ p:PERSON? \"ông\" $ -> PERSON(p)\n"),
				IssueCodes.PATTERN_MATCHES_EMPTY);
	}

	@Test
	void unboundedRepetitionsAreErrorsOnTheOperator() throws Exception {
		String text = SCHEMA + "rule R: p:(Capitalized* Number+ Any{2,}) -> PERSON(p)\n";
		RuleFile file = parse(text);
		validation.assertError(file, REPETITION, IssueCodes.UNBOUNDED_REPETITION, offsetOf(text, "*"), 1,
				"'*' is unbounded");
		validation.assertError(file, REPETITION, IssueCodes.UNBOUNDED_REPETITION, offsetOf(text, "+"), 1,
				"'+' is unbounded");
		validation.assertError(file, REPETITION, IssueCodes.UNBOUNDED_REPETITION, offsetOf(text, "{2,}") + 2, 1,
				"{2,} is unbounded");
	}

	@Test
	void repetitionBoundsMustMakeSense() throws Exception {
		String text = SCHEMA + "rule R: p:(Capitalized{3,2} Number{0}) -> PERSON(p)\n";
		RuleFile file = parse(text);
		validation.assertError(file, REPETITION, IssueCodes.INVALID_REPETITION_BOUNDS, offsetOf(text, "{3,2}") + 3,
				1, "Upper bound 2 must be at least 3");
		validation.assertError(file, REPETITION, IssueCodes.INVALID_REPETITION_BOUNDS, offsetOf(text, "{0}") + 1, 1,
				"{0} repeats the element zero times");
	}

	@Test
	void emptyLiteralAndOutOfRangeConfidenceAreErrors() throws Exception {
		String text = SCHEMA + "rule R confidence 1.5: p:PERSON \" \" -> PERSON(p)\n";
		RuleFile file = parse(text);
		validation.assertError(file, LITERAL_PATTERN, IssueCodes.EMPTY_LITERAL, offsetOf(text, "\" \""), 3,
				"Empty literal");
		validation.assertError(file, RULE, IssueCodes.INVALID_CONFIDENCE, offsetOf(text, "1.5"), 3,
				"Confidence 1.5 must be greater than 0 and at most 1");
	}

	@Test
	void ruleFullyShadowedByAnEarlierRuleOfHigherPriorityIsAWarning() throws Exception {
		String text = SCHEMA + """
				rule First priority 5: p:PERSON "gặp" -> PERSON(p)
				rule Second priority 2: p:PERSON "gặp" -> COUNTRY(p)
				rule Third priority 9: p:PERSON "gặp" -> PERSON(p)
				""";
		RuleFile file = parse(text);
		validation.assertWarning(file, RULE, IssueCodes.RULE_SHADOWED, offsetOf(text, "Second"), 6,
				"Rule Second matches exactly what rule First (priority 5) matches first: it never applies");
		assertEquals(1, count(file, IssueCodes.RULE_SHADOWED), "Third has a higher priority: not shadowed");
	}

	// ---------------------------------------------------------------- actions

	@Test
	void captureOfATypeTheRoleDoesNotAcceptIsAnError() throws Exception {
		String text = SCHEMA + """
				rule R: d:DATE t:"gặp" p:PERSON -> event MEET(trigger=t, participant=d, time=p)
				rule S: t:"gặp" -> event MEET(trigger=t, time=nearest COUNTRY before)
				""";
		RuleFile file = parse(text);
		validation.assertError(file, ARGUMENT, IssueCodes.ROLE_TYPE_MISMATCH, offsetOf(text, "participant=d", "d"),
				1, "Role participant of MEET accepts PERSON|COUNTRY, not DATE");
		validation.assertError(file, ARGUMENT, IssueCodes.ROLE_TYPE_MISMATCH, offsetOf(text, "time=p", "p"), 1,
				"Role time of MEET accepts DATE, not PERSON");
		validation.assertError(file, ARGUMENT, IssueCodes.ROLE_TYPE_MISMATCH, offsetOf(text, "COUNTRY before"), 7,
				"Role time of MEET accepts DATE, not COUNTRY");
	}

	@Test
	void captureMarkedByTheRuleCountsAsItsTypeAndSubtypesAreAccepted() throws Exception {
		String text = SCHEMA + """
				entity MINISTER extends PERSON
				rule R: n:(Capitalized{2,3}) t:"gặp" m:MINISTER
				  -> DATE(n), event MEET(trigger=t, participant=n, time=m)
				""";
		RuleFile file = parse(text);
		validation.assertError(file, ARGUMENT, IssueCodes.ROLE_TYPE_MISMATCH, offsetOf(text, "participant=n", "n"),
				1, "Role participant of MEET accepts PERSON|COUNTRY, not DATE");
		validation.assertError(file, ARGUMENT, IssueCodes.ROLE_TYPE_MISMATCH, offsetOf(text, "time=m", "m"), 1,
				"Role time of MEET accepts DATE, not MINISTER");
		validation.assertNoErrors(parse(SCHEMA
				+ "entity MINISTER extends PERSON\nrule R: t:\"gặp\" m:MINISTER -> event MEET(trigger=t, participant=m)\n"));
	}

	@Test
	void valueFromALexiconTheCaptureDoesNotMatchIsAWarning() throws Exception {
		String text = SCHEMA + """
				lexicon Country { "Mỹ" => USA }
				rule R: c:Capitalized Country -> COUNTRY(c) value lexicon Country
				""";
		validation.assertWarning(parse(text), LEXICON_VALUE, IssueCodes.VALUE_LEXICON_NOT_MATCHED,
				offsetOf(text, "lexicon Country\n") + 8, 7, "Lexicon Country is not matched inside capture c");
	}

	@Test
	void negatedContextsBindNothingAndMustConsumeTokens() throws Exception {
		String text = SCHEMA + """
				rule R: not preceded by (x:"ông") n:Capitalized not followed by ("a"?) -> PERSON(n)
				""";
		RuleFile file = parse(text);
		validation.assertError(file, CAPTURE, IssueCodes.CAPTURE_IN_NEGATED_CONTEXT, offsetOf(text, "x:"), 1,
				"Capture x is in a negated context, which matches nothing to bind");
		validation.assertError(file, RULE, IssueCodes.NEGATED_CONTEXT_MATCHES_EMPTY, offsetOf(text, "\"a\"?"), 4,
				"This negated context can match without any token, so rule R would never match");
		RuleFile valid = parse(SCHEMA + """
				rule R: preceded by ("ông") not preceded by ("bà" "ông") n:Capitalized not followed by (Capitalized)
					-> PERSON(n)
				""");
		validation.assertNoErrors(valid);
		org.dipanno.rules.model.Rule rule = (org.dipanno.rules.model.Rule) valid.getElements().get(valid.getElements().size() - 1);
		assertEquals(2, ((org.dipanno.rules.model.Sequence) rule.getNotBefore()).getElements().size());
		assertEquals(org.dipanno.rules.model.TokenClass.CAPITALIZED,
				((org.dipanno.rules.model.TokenClassPattern) rule.getNotAfter()).getTokenClass());
	}

	@Test
	void unusedCapturesAndLexiconsAreWarnings() throws Exception {
		String text = SCHEMA + """
				lexicon Unused { "x" }
				lexicon Title { "Bộ trưởng" }
				rule R: t:Title name:(Capitalized{2,4}) -> PERSON(name)
				""";
		RuleFile file = parse(text);
		validation.assertWarning(file, CAPTURE, IssueCodes.UNUSED_CAPTURE, offsetOf(text, "t:Title"), 1,
				"Capture 't' is never used by an action");
		validation.assertWarning(file, LEXICON, IssueCodes.UNUSED_LEXICON, offsetOf(text, "Unused"), 6,
				"Lexicon Unused is never used in this file");
		assertEquals(1, count(file, IssueCodes.UNUSED_LEXICON), "Title is used");
	}

	// --------------------------------------------------------------- lexicons

	@Test
	void missingWordListFileIsAnErrorOnThePath() throws Exception {
		String text = SCHEMA + "lexicon Title from \"lexicons/none.txt\"\nrule R: t:Title -> PERSON(t)\n";
		validation.assertError(parse(text), LEXICON, IssueCodes.LEXICON_FILE_MISSING,
				offsetOf(text, "\"lexicons/none.txt\""), 19, "Word list \"lexicons/none.txt\" cannot be read");
	}

	@Test
	void emptyInlineLexiconIsAWarning() throws Exception {
		String text = SCHEMA + "lexicon Title { }\nrule R: t:Title -> PERSON(t)\n";
		validation.assertWarning(parse(text), LEXICON, IssueCodes.EMPTY_LEXICON, offsetOf(text, "Title {"), 5,
				"Lexicon Title has no entries");
	}

	// --------------------------------------------------------------- datasets

	@Test
	void datasetSplitOutputAndCompletenessAreChecked() throws Exception {
		String text = """
				dataset ner { format conll split train 80 dev 10 test 5 seed 1 to "../elsewhere" }
				dataset abs { format brat to "/tmp/out" }
				dataset partial { tags bio }
				""";
		RuleFile file = parse(text);
		validation.assertError(file, SPLIT, IssueCodes.SPLIT_NOT_100, offsetOf(text, "split train 80 dev 10 test 5 seed 1"),
				35, "Split ratios 80 + 10 + 5 = 95, not 100");
		validation.assertError(file, DATASET, IssueCodes.OUTPUT_OUTSIDE_PROJECT, offsetOf(text, "\"../elsewhere\""),
				14, "Output folder \"../elsewhere\" is outside the project");
		validation.assertError(file, DATASET, IssueCodes.OUTPUT_OUTSIDE_PROJECT, offsetOf(text, "\"/tmp/out\""), 10,
				"is outside the project");
		validation.assertError(file, DATASET, IssueCodes.DATASET_INCOMPLETE, offsetOf(text, "partial"), 7,
				"Dataset partial needs format and to");
		validation.assertNoIssues(parse(
				"dataset ok { format conll split train 70 dev 15 test 15 to \"datasets/./ner/../ner\" }\n"));
	}

	// --------------------------------------------------------------- examples

	@Test
	void exampleWithoutARuleEngineIsReportedAsNotRunNeverAsPassed() throws Exception {
		String text = SCHEMA + "example \"Ông Vương Nghị kêu gọi\" yields PERSON \"Vương Nghị\"\n";
		validation.assertIssue(parse(text), EXAMPLE, IssueCodes.EXAMPLE_NOT_RUN, offsetOf(text, "\"Ông Vương Nghị kêu gọi\""),
				24, Severity.INFO, "Example not run: no rule engine available");
	}
}
