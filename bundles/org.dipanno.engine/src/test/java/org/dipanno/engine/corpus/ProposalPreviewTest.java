package org.dipanno.engine.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.corpus.ProposalPreview.Item;
import org.dipanno.engine.corpus.ProposalPreview.Standing;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.rules.EngineRulesSetup;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.Mention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.seeds.SeedCorpus;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preview of a rule run: what applying would propose, set against the document, with the document untouched. */
class ProposalPreviewTest {

	private static RuleEngine engine;
	private Document document;

	@BeforeAll
	static void compileTheDefaultRules() {
		XtextResourceSet resourceSet = new EngineRulesSetup().createInjectorAndDoEMFRegistration()
				.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(
				DefaultRuleFiles.resolveWellKnownName(DefaultRuleFiles.DIPLOMATIC_RULES).orElseThrow(), true);
		engine = RuleFileCompiler.compile((RuleFile) resource.getContents().get(0), VietnameseKeys.INSTANCE,
				EngineOptions.defaults()).engine();
	}

	@BeforeEach
	void firstSeedArticle() {
		document = SeedCorpus.importCorpus().getDocuments().get(0);
	}

	@Test
	void thePreviewChangesNothingAndIsWhatApplyingProposes() {
		Document before = EcoreUtil.copy(document);
		ProposalPreview preview = ProposalPreview.of(engine, document);
		// Copies on both sides: a copy drops the links out of the document (to its corpus) on both alike.
		assertTrue(EcoreUtil.equals(before, EcoreUtil.copy(document)), "the preview leaves the document as it was");
		assertNull(document.findAnnotationSet(DocumentOperations.RULES_SET_ID));
		assertFalse(preview.items().isEmpty());
		assertEquals(preview.items().size(), preview.count(Standing.NEW), "nothing was proposed before");
		assertEquals(0, preview.withdrawn());
		for (Item item : preview.items()) {
			assertTrue(item.rule().line() > 0 && item.rule().sourceFile().endsWith(".dar"), item.toString());
			assertTrue(item.stage() >= 0 && item.stage() < preview.stages(), item.toString());
		}

		CorpusAnnotator.DocumentReport applied = new CorpusAnnotator(engine).annotate(document);
		assertEquals(preview.items().size(), applied.entities() + applied.events());
		assertEquals(keys(preview.items()), keys(pending(document)), "the same spans, types and kinds");
	}

	@Test
	void afterApplyingTheProposalsStandAsProposedOrDecidedAndWithdrawnOnesAreCounted() {
		new CorpusAnnotator(engine).annotate(document);
		AnnotationSet rules = document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
		ProposalPreview again = ProposalPreview.of(engine, document);
		assertEquals(again.items().size(), again.count(Standing.PROPOSED), again.describe());

		List<EntityMention> entities = rules.getEntityMentions().stream()
				.filter(m -> m.getStatus() == MentionStatus.PROPOSED).toList();
		AnnotationActions.accept(entities.get(0),
				document.getOrCreateAnnotationSet(org.dipanno.model.AnnotationSetKind.GOLD, null));
		AnnotationActions.reject(entities.get(1));
		// A pending proposal no rule makes any more: applying would take it away.
		EntityMention stale = rules.addEntityMention(0, 1, document.getCorpus().getSchema().findEntityType("MISC"));
		stale.setStatus(MentionStatus.PROPOSED);

		ProposalPreview decided = ProposalPreview.of(engine, document);
		assertEquals(2, decided.count(Standing.DECIDED), decided.describe());
		assertEquals(again.items().size() - 2, decided.count(Standing.PROPOSED));
		assertEquals(1, decided.withdrawn());
		assertTrue(decided.describe().endsWith("2 decided before; 1 pending would go"), decided.describe());
		EntityMention acceptedProposal = entities.get(0);
		Item accepted = decided.itemsAt(acceptedProposal.getStart()).stream()
				.filter(item -> !item.event() && item.end() == acceptedProposal.getEnd()
						&& item.type().equals(acceptedProposal.getType().getName()))
				.findFirst().orElseThrow();
		assertEquals(Standing.DECIDED, accepted.standing());
	}

	private static List<Mention> pending(Document document) {
		AnnotationSet rules = document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
		List<Mention> mentions = new java.util.ArrayList<>(rules.getEntityMentions());
		mentions.addAll(rules.getEventMentions());
		return mentions.stream().filter(m -> m.getStatus() == MentionStatus.PROPOSED).toList();
	}

	private static Set<String> keys(List<?> proposals) {
		Set<String> keys = new HashSet<>();
		for (Object proposal : proposals) {
			if (proposal instanceof Item item) {
				keys.add((item.event() ? "event " : "entity ") + item.start() + ":" + item.end() + " " + item.type());
			} else if (proposal instanceof org.dipanno.model.EntityMention entity) {
				keys.add("entity " + entity.getStart() + ":" + entity.getEnd() + " " + entity.getType().getName());
			} else if (proposal instanceof org.dipanno.model.EventMention event) {
				keys.add("event " + event.getStart() + ":" + event.getEnd() + " " + event.getType().getName());
			}
		}
		return keys;
	}
}
