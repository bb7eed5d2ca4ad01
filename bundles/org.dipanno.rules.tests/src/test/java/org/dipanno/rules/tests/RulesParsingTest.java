package org.dipanno.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dipanno.rules.model.Alternatives;
import org.dipanno.rules.model.AnchorPattern;
import org.dipanno.rules.model.Argument;
import org.dipanno.rules.model.Boundary;
import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.CaptureValue;
import org.dipanno.rules.model.ConstantValue;
import org.dipanno.rules.model.Dataset;
import org.dipanno.rules.model.Direction;
import org.dipanno.rules.model.EntityExpectation;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventAction;
import org.dipanno.rules.model.EventExpectation;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.Format;
import org.dipanno.rules.model.GroupPattern;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.LexiconValue;
import org.dipanno.rules.model.LiteralPattern;
import org.dipanno.rules.model.MarkAction;
import org.dipanno.rules.model.ReferencePattern;
import org.dipanno.rules.model.RegexPattern;
import org.dipanno.rules.model.Repetition;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.model.Sequence;
import org.dipanno.rules.model.TaggingScheme;
import org.dipanno.rules.model.TokenClass;
import org.dipanno.rules.model.TokenClassPattern;
import org.dipanno.rules.model.TokenUnit;
import org.dipanno.rules.model.Zone;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every construct of the language parses into the model the engine consumes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class RulesParsingTest {

	@Inject
	private ParseHelper<RuleFile> parseHelper;
	@Inject
	private ValidationTestHelper validationHelper;

	private RuleFile parse(String text) throws Exception {
		RuleFile file = parseHelper.parse(text);
		assertTrue(file.eResource().getErrors().isEmpty(), () -> "syntax errors: " + file.eResource().getErrors());
		return file;
	}

	@Test
	void schemaDeclaresEntityAndEventTypesWithRolesAndSuperTypes() throws Exception {
		RuleFile file = parse("""
				entity PERSON { color "#E6194B" key "p" description "Một người" }
				entity MINISTER extends PERSON
				event MEET { cameo "040" description "Hội đàm" roles { participant: PERSON | MINISTER, time: PERSON } }
				event PHONE_CALL extends MEET { cameo "041" }
				""");
		EntityType person = (EntityType) file.getElements().get(0);
		assertEquals("PERSON", person.getName());
		assertEquals("#E6194B", person.getColor());
		assertEquals("p", person.getKey());
		assertEquals("Một người", person.getDescription());
		EntityType minister = (EntityType) file.getElements().get(1);
		assertEquals(person, minister.getSuperType());
		EventType meet = (EventType) file.getElements().get(2);
		assertEquals("040", meet.getCameo());
		assertEquals(List.of("participant", "time"), meet.getRoles().stream().map(r -> r.getName()).toList());
		assertEquals(List.of(person, minister), meet.getRoles().get(0).getAccepts());
		assertEquals(meet, ((EventType) file.getElements().get(3)).getSuperType());
		validationHelper.assertNoErrors(file);
	}

	@Test
	void lexiconsAreInlineWithValuesOrExactOrFromAFile() throws Exception {
		RuleFile file = parse("""
				lexicon Country { "Trung Quốc" => CHN, "Hoa Kỳ" => USA, "Mỹ" => "USA", "Bali", }
				lexicon Acronym exact { "DOC", "IPEF" }
				lexicon Title from "lexicons/titles.txt"
				""");
		Lexicon country = (Lexicon) file.getElements().get(0);
		assertEquals(4, country.getEntries().size());
		assertEquals("Trung Quốc", country.getEntries().get(0).getText());
		assertEquals("CHN", country.getEntries().get(0).getValue());
		assertEquals("USA", country.getEntries().get(2).getValue());
		assertNull(country.getEntries().get(3).getValue());
		assertFalse(country.isExact());
		assertTrue(((Lexicon) file.getElements().get(1)).isExact());
		assertEquals("lexicons/titles.txt", ((Lexicon) file.getElements().get(2)).getFile());
	}

	@Test
	void patternElementsParseIntoTheirModelClasses() throws Exception {
		RuleFile file = parse("""
				entity PERSON
				lexicon Title { "Bộ trưởng" }
				rule Everything priority 3 confidence 0.75:
					preceded by (^ Title)
					exact "Ông" Capitalized AllCaps Number DateLike Punct Any /[0-9]{1,2}\\/[0-9]{1,2}/
					p:PERSON ("a" | "b" c:"c")? "d"{2} "e"{1,3} "f"* "g"+ "h"{2,} $
					followed by ("đã")
					-> PERSON(p)
				""");
		Rule rule = (Rule) file.getElements().get(2);
		assertEquals(3, rule.getPriority());
		assertEquals("0.75", rule.getConfidence());
		Sequence before = (Sequence) rule.getBefore();
		assertEquals(Boundary.SENTENCE_START, ((AnchorPattern) before.getElements().get(0)).getBoundary());
		assertInstanceOf(Lexicon.class, ((ReferencePattern) before.getElements().get(1)).getTarget());
		Sequence pattern = (Sequence) rule.getPattern();
		LiteralPattern literal = (LiteralPattern) pattern.getElements().get(0);
		assertTrue(literal.isExact());
		assertEquals("Ông", literal.getText());
		assertEquals(List.of(TokenClass.CAPITALIZED, TokenClass.ALL_CAPS, TokenClass.NUMBER, TokenClass.DATE_LIKE,
				TokenClass.PUNCTUATION, TokenClass.ANY),
				pattern.getElements().subList(1, 7).stream().map(e -> ((TokenClassPattern) e).getTokenClass()).toList());
		assertEquals("[0-9]{1,2}/[0-9]{1,2}", ((RegexPattern) pattern.getElements().get(7)).getRegex());
		Capture p = (Capture) pattern.getElements().get(8);
		assertEquals("p", p.getName());
		assertInstanceOf(EntityType.class, ((ReferencePattern) p.getElement()).getTarget());
		Repetition optionalGroup = (Repetition) pattern.getElements().get(9);
		assertTrue(optionalGroup.isOptional());
		Alternatives alternatives = (Alternatives) ((GroupPattern) optionalGroup.getElement()).getPattern();
		assertEquals(2, alternatives.getChoices().size());
		assertInstanceOf(Capture.class, ((Sequence) alternatives.getChoices().get(1)).getElements().get(1));
		Repetition exactlyTwo = (Repetition) pattern.getElements().get(10);
		assertEquals(2, exactlyTwo.getMin());
		assertFalse(exactlyTwo.isRange());
		Repetition oneToThree = (Repetition) pattern.getElements().get(11);
		assertEquals(1, oneToThree.getMin());
		assertEquals(3, oneToThree.getMax());
		assertTrue(((Repetition) pattern.getElements().get(12)).isUnboundedFromZero());
		assertTrue(((Repetition) pattern.getElements().get(13)).isUnboundedFromOne());
		Repetition twoOrMore = (Repetition) pattern.getElements().get(14);
		assertTrue(twoOrMore.isRange());
		assertEquals(Boundary.SENTENCE_END, ((AnchorPattern) pattern.getElements().get(15)).getBoundary());
		assertEquals("đã", ((LiteralPattern) rule.getAfter()).getText());
	}

	@Test
	void actionsMarkEntitiesWithValuesAndCreateEventsWithArguments() throws Exception {
		RuleFile file = parse("""
				entity PERSON
				entity COUNTRY
				event PHONE_CALL { roles { participant: PERSON, counterpart: PERSON, place: COUNTRY } }
				lexicon Country { "Mỹ" => USA }
				rule PhoneCall:
					a:PERSON "đã có cuộc"? trig:"điện đàm" "với" b:PERSON c:Country
					-> event PHONE_CALL(trigger=trig, participant=a, counterpart=b, place=nearest COUNTRY after),
					   COUNTRY(c) value lexicon Country, PERSON(a) value capture b, PERSON value "X"
				""");
		Rule rule = (Rule) file.getElements().get(4);
		EventAction event = (EventAction) rule.getActions().get(0);
		assertEquals("PHONE_CALL", event.getType().getName());
		assertEquals("trig", event.getTrigger().getName());
		Argument participant = event.getArguments().get(0);
		assertEquals("participant", participant.getRole().getName());
		assertEquals("a", participant.getCapture().getName());
		Argument place = event.getArguments().get(2);
		assertTrue(place.isNearest());
		assertEquals("COUNTRY", place.getNearestType().getName());
		assertEquals(Direction.AFTER, place.getDirection());
		MarkAction country = (MarkAction) rule.getActions().get(1);
		assertEquals("c", country.getCapture().getName());
		assertEquals("Country", ((LexiconValue) country.getValue()).getLexicon().getName());
		assertEquals("b", ((CaptureValue) ((MarkAction) rule.getActions().get(2)).getValue()).getCapture().getName());
		MarkAction whole = (MarkAction) rule.getActions().get(3);
		assertNull(whole.getCapture());
		assertEquals("X", ((ConstantValue) whole.getValue()).getText());
		validationHelper.assertNoErrors(file);
	}

	@Test
	void examplesCarryExpectedAndForbiddenAnnotations() throws Exception {
		RuleFile file = parse("""
				entity PERSON
				entity COUNTRY
				event PHONE_CALL { roles { participant: PERSON } }
				example Call "Bộ trưởng Nguyễn Hồng Diên đã có cuộc điện đàm với Jamieson L. Greer"
					yields PERSON "Nguyễn Hồng Diên", COUNTRY "Mỹ" = USA, not COUNTRY,
						event PHONE_CALL "điện đàm"(participant="Nguyễn Hồng Diên"), not event PHONE_CALL "gặp"
				example "Không có gì." yields nothing
				""");
		Example call = (Example) file.getElements().get(3);
		assertEquals("Call", call.getName());
		assertEquals(5, call.getExpectations().size());
		EntityExpectation person = (EntityExpectation) call.getExpectations().get(0);
		assertEquals("Nguyễn Hồng Diên", person.getText());
		assertFalse(person.isAbsent());
		assertEquals("USA", ((EntityExpectation) call.getExpectations().get(1)).getValue());
		assertTrue(((EntityExpectation) call.getExpectations().get(2)).isAbsent());
		EventExpectation event = (EventExpectation) call.getExpectations().get(3);
		assertEquals("điện đàm", event.getTrigger());
		assertEquals("participant", event.getArguments().get(0).getRole().getName());
		assertTrue(((EventExpectation) call.getExpectations().get(4)).isAbsent());
		assertTrue(((Example) file.getElements().get(4)).isNothing());
	}

	@Test
	void datasetsDeclareSetsZonesFormatsTaggingTokensSplitAndOutput() throws Exception {
		RuleFile file = parse("""
				dataset ner {
					include gold, "annotator lan"
					zones body, title
					format conll, hf-jsonl, spans-jsonl, brat
					tags bioes
					tokens words
					split train 80 dev 10 test 10 seed 42
					to "datasets/ner"
				}
				dataset minimal { to "out"; format brat; tags bio; tokens syllables; zones caption, boilerplate }
				""");
		Dataset ner = (Dataset) file.getElements().get(0);
		assertEquals(List.of("gold", "annotator lan"), ner.getAnnotationSets());
		assertEquals(List.of(Zone.BODY, Zone.TITLE), ner.getZones());
		assertEquals(List.of(Format.CONLL, Format.HF_JSONL, Format.SPANS_JSONL, Format.BRAT), ner.getFormats());
		assertEquals(TaggingScheme.BIOES, ner.getTagging());
		assertEquals(TokenUnit.WORDS, ner.getTokenUnit());
		assertEquals(80, ner.getSplit().getTrain());
		assertEquals(10, ner.getSplit().getDev());
		assertEquals(10, ner.getSplit().getTest());
		assertEquals(42, ner.getSplit().getSeed());
		assertEquals("datasets/ner", ner.getOutput());
		Dataset minimal = (Dataset) file.getElements().get(1);
		assertEquals(TaggingScheme.BIO, minimal.getTagging());
		assertEquals(TokenUnit.SYLLABLES, minimal.getTokenUnit());
		assertEquals(List.of(Zone.CAPTION, Zone.BOILERPLATE), minimal.getZones());
	}

	@Test
	void commentsAndCaptureNamesThatAreDatasetWordsAreAccepted() throws Exception {
		RuleFile file = parse("""
				// a line comment
				/* a block comment */
				entity TITLE
				lexicon Title { "Đại sứ" }
				rule T: title:Title -> TITLE(title)
				""");
		assertEquals("title", ((Capture) ((Rule) file.getElements().get(2)).getPattern()).getName());
		validationHelper.assertNoErrors(file);
	}
}
