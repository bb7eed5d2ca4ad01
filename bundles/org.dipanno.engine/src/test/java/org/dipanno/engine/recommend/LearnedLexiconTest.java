package org.dipanno.engine.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.corpus.EngineDocuments;
import org.dipanno.engine.rules.EngineRulesSetup;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the recommender learned, written as a word list that a rule file imports and matches with. */
class LearnedLexiconTest {

	@TempDir
	Path folder;

	@Test
	void aRuleFileImportsTheLearnedWordListAndMatchesItsEntries() throws Exception {
		Corpus corpus = Corpora.create("test", "test");
		Document learnedFrom = ArticleImporter.importArticle(corpus,
				"Tin\n\nĐoàn đến Hòa Bình rồi Điện Biên, gặp ông Lò Văn Giàng.\n".getBytes(StandardCharsets.UTF_8),
				"a.txt");
		label(learnedFrom, "Hòa Bình", "LOCATION");
		label(learnedFrom, "Điện Biên", "LOCATION");
		label(learnedFrom, "Lò Văn Giàng", "PERSON");
		LearnedSurfaces learned = new AnnotationRecommender(0.5).learn(corpus.getDocuments(), LearningSource.GOLD);

		LearnedLexicon.Result places = LearnedLexicon.write(learned, Set.of("LOCATION"), 0.5, "corpus test, set gold");
		assertEquals(2, places.entries());
		assertTrue(places.text().lines().anyMatch("Hòa Bình"::equals), places.text());
		LearnedLexicon.Result all = LearnedLexicon.write(learned, Set.of(), 0.5, "corpus test, set gold");
		assertTrue(all.text().lines().anyMatch("Lò Văn Giàng => PERSON"::equals), all.text());

		Files.writeString(folder.resolve("learned-places.txt"), places.text());
		Path rules = folder.resolve("learned.dar");
		Files.writeString(rules, """
				import "diplomatic"
				lexicon LearnedPlace from "learned-places.txt"
				rule LearnedPlaceName:
					place:LearnedPlace
					-> LOCATION(place)
				""");
		XtextResourceSet resourceSet = new EngineRulesSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(URI.createFileURI(rules.toString()), true);
		assertEquals(List.of(), resource.getErrors());
		RuleEngine engine = RuleFileCompiler.compile((RuleFile) resource.getContents().get(0),
				EngineOptions.defaults().keys(), EngineOptions.defaults()).engine();

		Document unseen = ArticleImporter.importArticle(corpus,
				"Tin\n\nMưa lớn ở Hoà Bình và điện biên; ông Lò Văn Giàng nói.\n".getBytes(StandardCharsets.UTF_8),
				"b.txt");
		List<String> found = engine.run(EngineDocuments.of(unseen, engine.options().keys())).entities().stream()
				.map(p -> unseen.getText().substring(p.start(), p.end()) + "/" + p.type()).toList();
		assertEquals(List.of("Hoà Bình/LOCATION", "điện biên/LOCATION"), found);
	}

	private static void label(Document document, String surface, String type) {
		int start = document.getText().indexOf(surface);
		AnnotationActions.label(document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null), start,
				start + surface.length(), document.getCorpus().getSchema().findEntityType(type), "lan", Instant.EPOCH);
	}
}
