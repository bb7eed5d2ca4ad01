package org.dipanno.engine.corpus;

import static org.dipanno.engine.patterns.Patterns.capture;
import static org.dipanno.engine.patterns.Patterns.lexicon;
import static org.dipanno.engine.patterns.Patterns.literal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.engine.Action.LexiconValue;
import org.dipanno.engine.Action.MarkEntity;
import org.dipanno.engine.Action.NoValue;
import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.Rule;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.text.AnalyzedArticle;
import org.dipanno.text.ArticleAnalyzer;
import org.dipanno.text.ZoneKind;
import org.junit.jupiter.api.Test;

/** Documents from the text layer's analysis of seed articles, matched with the text layer's keys. */
class EngineDocumentsTest {

	private static EngineDocument seed(String file) throws Exception {
		AnalyzedArticle article = ArticleAnalyzer.analyze(Files.readAllBytes(Path.of("../../seeds/" + file)), file);
		return EngineDocuments.of(file, article);
	}

	@Test
	void offsetsZonesAndSentencesComeFromTheTextLayer() throws Exception {
		EngineDocument doc = seed("001_19fe77e609455608.txt");
		assertEquals(ZoneKind.TITLE, doc.zone(0));
		assertEquals("Chính", doc.tokenText(0));
		assertTrue(java.util.stream.IntStream.range(0, doc.tokenCount()).anyMatch(i -> doc.zone(i) == ZoneKind.BODY));
		for (int i = 1; i < doc.tokenCount(); i++) {
			assertTrue(doc.sentence(i) >= doc.sentence(i - 1));
		}
	}

	@Test
	void phoneCallSentenceOfSeed001MatchesWithTheTextLayersKeys() throws Exception {
		EngineDocument doc = seed("001_19fe77e609455608.txt");
		SyllableVocabulary vocabulary = new SyllableVocabulary();
		Lexicon countries = Lexicon.builder("countries", vocabulary, VietnameseKeys.INSTANCE).add("Hoa Kỳ", "USA")
				.add("Việt Nam", "VNM").build();
		EngineOptions options = EngineOptions.defaults().withKeys(VietnameseKeys.INSTANCE);
		List<Rule> rules = List.of(
				Rule.of("country", "t.rules", 1, lexicon("countries"), 1, 1,
						new MarkEntity("COUNTRY", null, new LexiconValue())),
				Rule.of("call", "t.rules", 2, capture("t", literal("điện đàm", VietnameseKeys.INSTANCE)), 1, 1,
						new MarkEntity("TRIGGER", "t", new NoValue())));
		DocumentResult result = RuleEngine.compile(rules, List.of(countries), options).run(doc);
		List<EntityProposal> triggers = result.entities("TRIGGER");
		assertTrue(triggers.size() >= 2, triggers.toString());
		assertEquals("điện đàm", triggers.get(0).text(doc.text()));
		assertEquals(List.of("VNM", "USA"), result.entities("COUNTRY").stream().limit(2)
				.map(EntityProposal::normalizedValue).toList());
	}
}
