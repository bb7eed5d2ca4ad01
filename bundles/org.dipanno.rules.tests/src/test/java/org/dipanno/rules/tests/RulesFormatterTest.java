package org.dipanno.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter lays out every kind of declaration. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class RulesFormatterTest {

	@Inject
	private FormatterTestHelper formatter;
	@Inject
	private IFormatter2 formatter2;
	@Inject
	private Provider<FormatterRequest> requests;
	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;
	@Inject
	private ParseHelper<RuleFile> parseHelper;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** Formatting the default files keeps their meaning and is stable: formatting again changes nothing. */
	@ParameterizedTest
	@ValueSource(strings = { "diplomatic-schema.dar", "diplomatic-rules.dar" })
	void formattingTheDefaultFilesKeepsTheirModelAndIsIdempotent(String defaultFile) throws Exception {
		URI original = DefaultRuleFiles.bundledFile(defaultFile).orElseThrow();
		XtextResourceSet resourceSet = resourceSets.get();
		URI beside = original.trimSegments(1);
		RuleFile parsed = parseHelper.parse(read(original), beside.appendSegment("original.dar"), resourceSet);
		String formatted = format((XtextResource) parsed.eResource());
		RuleFile reparsed = parseHelper.parse(formatted, beside.appendSegment("formatted.dar"), resourceSet);
		assertTrue(reparsed.eResource().getErrors().isEmpty(), () -> reparsed.eResource().getErrors() + "\n" + formatted);
		assertTrue(EcoreUtil.equals(parsed, reparsed), () -> "the formatted file means something else:\n" + formatted);
		assertEquals(formatted, format((XtextResource) reparsed.eResource()));
	}

	private String format(XtextResource resource) {
		FormatterRequest request = requests.get();
		ITextRegionAccess regions = regionAccessBuilders.get().forNodeModel(resource).create();
		request.setTextRegionAccess(regions);
		return regions.getRewriter().renderToString(formatter2.format(request));
	}

	private static String read(URI uri) throws IOException {
		try (InputStream in = new java.net.URL(uri.toString()).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void negatedContextsKeepTheirKeywordsTogether() {
		formatter.assertFormatted(request -> {
			request.setUseSerializer(false);
			request.setToBeFormatted("entity PERSON rule R : not   preceded by ( \"bà\" ) n : Capitalized not\tfollowed by ( Capitalized ) -> PERSON ( n )");
			request.setExpectation("""
					entity PERSON

					rule R:
						not preceded by ("bà") n:Capitalized not followed by (Capitalized)
						-> PERSON(n)
					""");
		});
	}

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
