package org.dipanno.rules.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The formatter lays out every kind of declaration. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class RulesFormatterTest {

	@Inject
	private FormatterTestHelper formatter;

	@Test
	void formatsSchemaLexiconsRulesExamplesAndDatasets() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("""
					import   "diplomatic"   entity PERSON{color "#E6194B"   key "p"}
					event CALL { cameo "041" roles{ participant : PERSON , counterpart:PERSON } }
					lexicon Country{"Mỹ"=>USA,"Hoa Kỳ"   =>  USA}
					rule Call priority 4 : a : PERSON "đã có cuộc" ? trig:"điện đàm" "với" b:PERSON { 1 , 2 } ( "x" | Capitalized ) -> event CALL ( trigger = trig , participant = a , counterpart = b ) , PERSON ( b ) value lexicon Country
					example "Mỹ gọi" yields PERSON "Mỹ" = USA , event CALL "gọi" ( participant = "Mỹ" )
					dataset ner{format conll;split train 80 dev 10 test 10 seed 42 ; to "datasets/ner"}
					""");
			request.setExpectation("""
					import "diplomatic"

					entity PERSON {
						color "#E6194B"
						key "p"
					}

					event CALL {
						cameo "041"
						roles {
							participant: PERSON,
							counterpart: PERSON
						}
					}

					lexicon Country {
						"Mỹ" => USA,
						"Hoa Kỳ" => USA
					}

					rule Call priority 4:
						a:PERSON "đã có cuộc"? trig:"điện đàm" "với" b:PERSON{1,2} ("x" | Capitalized)
						-> event CALL(trigger=trig, participant=a, counterpart=b), PERSON(b) value lexicon Country

					example "Mỹ gọi"
						yields PERSON "Mỹ" = USA, event CALL "gọi"(participant="Mỹ")

					dataset ner {
						format conll;
						split train 80 dev 10 test 10 seed 42;
						to "datasets/ner"
					}
					""");
		});
	}
}
