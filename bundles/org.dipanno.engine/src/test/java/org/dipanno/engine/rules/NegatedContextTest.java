package org.dipanno.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.document.PlainTextAnalyzer;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code not preceded by (…)} and {@code not followed by (…)} compiled from rule text and run. */
class NegatedContextTest {

	private static XtextResourceSet resourceSet;
	private static int files;

	@BeforeAll
	static void setUp() {
		resourceSet = new EngineRulesSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
	}

	private static RuleEngine compile(String text) throws IOException {
		Resource resource = resourceSet.createResource(URI.createURI("negated" + (++files) + ".dar"));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		assertEquals(List.of(), resource.getErrors());
		return RuleFileCompiler.compile((RuleFile) resource.getContents().get(0), VietnameseKeys.INSTANCE,
				EngineOptions.defaults()).engine();
	}

	private static List<String> run(RuleEngine engine, String text) {
		var document = PlainTextAnalyzer.analyzeBody("d", text, VietnameseKeys.INSTANCE);
		return engine.run(document).entities().stream().map(e -> e.type() + " " + e.text(text)).toList();
	}

	@Test
	void aCountryInsideALongerCapitalizedNameIsNoCountry() throws IOException {
		RuleEngine engine = compile("""
				entity COUNTRY
				lexicon Country exact { "Mỹ" }
				rule CountryName:
					not preceded by (Capitalized)
					c:Country
					not followed by (Capitalized)
					-> COUNTRY(c)
				""");
		assertEquals(List.of("COUNTRY Mỹ"), run(engine, "Ông ấy thăm Mỹ hôm qua."));
		assertEquals(List.of(), run(engine, "Huyện Phù Mỹ có mưa."));
		assertEquals(List.of(), run(engine, "Họ đến Mỹ Tho hôm qua."));
		assertEquals(List.of("COUNTRY Mỹ"), run(engine, "Mỹ và Nga họp."), "nothing before the sentence's first token");
	}

	@Test
	void negatedAndPlainContextsCombine() throws IOException {
		RuleEngine engine = compile("""
				entity PERSON
				rule AfterOng:
					preceded by ("ông")
					not preceded by ("bà" "ông")
					name:Capitalized{1,3}
					-> PERSON(name)
				""");
		assertEquals(List.of("PERSON Trump"), run(engine, "Hôm nay ông Trump nói."));
		assertEquals(List.of(), run(engine, "Hôm nay bà ông Trump nói."));
	}
}
