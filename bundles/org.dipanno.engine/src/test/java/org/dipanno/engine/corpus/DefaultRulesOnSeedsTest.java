package org.dipanno.engine.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.rules.EngineRulesSetup;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.RuleProvenance;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.seeds.SeedCorpus;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The default rule set, compiled from its parsed file, on the seed corpus. */
class DefaultRulesOnSeedsTest {

	private static Injector injector;
	private static RuleFile defaultRules;
	private static RuleFileCompiler.CompiledRules compiled;

	@BeforeAll
	static void compileTheDefaultRules() {
		injector = new EngineRulesSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(DefaultRuleFiles.resolveWellKnownName("diplomatic-rules").orElseThrow(),
				true);
		defaultRules = (RuleFile) resource.getContents().get(0);
		compiled = RuleFileCompiler.compile(defaultRules, org.dipanno.engine.lexicon.VietnameseKeys.INSTANCE, EngineOptions.defaults());
	}

	private static Document annotatedSeed(Corpus corpus, String id) {
		new CorpusAnnotator(compiled.engine()).annotate(corpus);
		return corpus.findDocument(id);
	}

	private static List<String> entities(Document document, String type) {
		return rules(document).getEntityMentions().stream().filter(m -> m.getType().getName().equals(type))
				.map(EntityMention::getText).toList();
	}

	private static AnnotationSet rules(Document document) {
		return document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
	}

	@Test
	void theDefaultFileAndItsImportsCompile() {
		assertEquals(List.of("diplomatic-rules.dar", "diplomatic-schema.dar"), compiled.files().stream()
				.map(f -> f.substring(f.lastIndexOf('/') + 1)).toList());
		assertEquals(36, compiled.engine().ruleCount());
	}

	@Test
	void personsTitlesAndCountriesOfTheFirstSeed() {
		Document seed = annotatedSeed(SeedCorpus.importCorpus(), "000_bf9587ca5d7394a3");
		assertTrue(entities(seed, "PERSON").contains("Vương Văn Đào"), entities(seed, "PERSON").toString());
		assertTrue(entities(seed, "PERSON").contains("Gina Raimondo"), entities(seed, "PERSON").toString());
		assertTrue(entities(seed, "TITLE").contains("Bộ trưởng Thương mại"), entities(seed, "TITLE").toString());
		assertTrue(entities(seed, "DATE").contains("Ngày 28/8"), entities(seed, "DATE").toString());
		EntityMention wang = rules(seed).getEntityMentions().stream()
				.filter(m -> m.getText().equals("Vương Văn Đào")).findFirst().orElseThrow();
		assertEquals(MentionStatus.PROPOSED, wang.getStatus());
		RuleProvenance provenance = (RuleProvenance) wang.getProvenance();
		assertEquals("PersonAfterTitle", provenance.getRuleName());
		assertTrue(provenance.getSourceUri().endsWith("diplomatic-rules.dar"), provenance.getSourceUri());
		assertTrue(provenance.getLine() > 0);
		assertNotNull(wang.getActor(), "the actor registry knows the minister");
		EntityMention china = rules(seed).getEntityMentions().stream()
				.filter(m -> m.getText().equals("Trung Quốc") && m.getType().getName().equals("COUNTRY")).findFirst()
				.orElseThrow();
		assertEquals("CHN", china.getCountryCode());
		assertTrue(rules(seed).getEntityMentions().stream().allMatch(m -> seed.zoneAt(m.getStart()).getKind()
				.name().matches("BODY|LEAD")), "only body and lead are matched");
	}

	@Test
	void thePhoneCallOf23AprilHasBothParticipants() {
		Document seed = annotatedSeed(SeedCorpus.importCorpus(), "001_19fe77e609455608");
		EventMention call = rules(seed).getEventMentions().stream()
				.filter(e -> e.getType().getName().equals("PHONE_CALL")).findFirst().orElseThrow();
		assertEquals("điện đàm", call.getText());
		Map<String, String> arguments = call.getArguments().stream()
				.collect(Collectors.toMap(a -> a.getRole(), a -> a.getEntity().getText()));
		assertEquals("Nguyễn Hồng Diên", arguments.get("participant"));
		assertEquals("Jamieson L. Greer", arguments.get("counterpart"));
		assertTrue(entities(seed, "DATE").contains("tối 23/4"), entities(seed, "DATE").toString());
	}

	@Test
	void theSeedEventsAreProposed() {
		Corpus corpus = SeedCorpus.importCorpus();
		new CorpusAnnotator(compiled.engine()).annotate(corpus);
		List<String> types = corpus.getDocuments().stream().flatMap(d -> rules(d).getEventMentions().stream())
				.map(e -> e.getType().getName()).distinct().sorted().toList();
		for (String expected : List.of("MEET", "PHONE_CALL", "VISIT", "NEGOTIATE", "AGREE", "APPEAL", "STATEMENT")) {
			assertTrue(types.contains(expected), expected + " in " + types);
		}
	}

	@Test
	void aNewRunKeepsDecisionsAndDoesNotProposeRejectedAgain() {
		Corpus corpus = SeedCorpus.importCorpus();
		Document seed = annotatedSeed(corpus, "000_bf9587ca5d7394a3");
		EntityMention gina = rules(seed).getEntityMentions().stream().filter(m -> m.getText().equals("Gina Raimondo"))
				.findFirst().orElseThrow();
		AnnotationActions.reject(gina);
		int before = rules(seed).getEntityMentions().size();
		new CorpusAnnotator(compiled.engine()).annotate(seed);
		assertEquals(before, rules(seed).getEntityMentions().size(), "same proposals, no duplicate of the rejected one");
		assertEquals(1, rules(seed).getEntityMentions().stream()
				.filter(m -> m.getStart() == gina.getStart() && m.getEnd() == gina.getEnd()).count());
		assertEquals(MentionStatus.REJECTED, gina.getStatus());
	}

	@Test
	void theDefaultExamplesPassWhenRunByTheEngine() throws Exception {
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(defaultRules.eResource(),
				CheckMode.ALL, CancelIndicator.NullImpl);
		List<String> problems = issues.stream().filter(i -> i.getSeverity() != Severity.INFO)
				.map(i -> i.getLineNumber() + ": " + i.getMessage()).toList();
		assertEquals(List.of(), problems);
		assertTrue(issues.stream().noneMatch(i -> i.getMessage().contains("not run")), issues.toString());
	}
}
