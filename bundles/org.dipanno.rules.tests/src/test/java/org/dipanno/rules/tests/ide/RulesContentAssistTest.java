package org.dipanno.rules.tests.ide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.dipanno.rules.model.RuleFile;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.TextRegion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Content assist proposals of the generic ide services, at a cursor marked '|'. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesIdeInjectorProvider.class)
class RulesContentAssistTest {

	private static final String SCHEMA = """
			entity PERSON
			entity DATE
			event MEET { roles { participant: PERSON, time: DATE } }
			lexicon Title { "Bộ trưởng" }
			""";

	@Inject
	private ParseHelper<RuleFile> parseHelper;
	@Inject
	private Provider<ContentAssistContextFactory> contextFactories;
	@Inject
	private IdeContentProposalProvider proposalProvider;
	@Inject
	private Provider<IdeContentProposalAcceptor> acceptors;
	private final ExecutorService pool = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopPool() {
		pool.shutdownNow();
	}

	private List<String> proposalsAt(String textWithCursor) throws Exception {
		int offset = textWithCursor.indexOf('|');
		String text = textWithCursor.substring(0, offset) + textWithCursor.substring(offset + 1);
		XtextResource resource = (XtextResource) parseHelper.parse(text).eResource();
		ContentAssistContextFactory factory = contextFactories.get();
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptors.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<String> proposals = new java.util.ArrayList<>();
		acceptor.getEntries().forEach(entry -> proposals.add(entry.getProposal()));
		return proposals;
	}

	@Test
	void patternPositionProposesTokenClassesLexiconsAndEntityTypes() throws Exception {
		List<String> proposals = proposalsAt(SCHEMA + "rule R: |");
		for (String expected : List.of("Capitalized", "AllCaps", "Number", "DateLike", "Punct", "Any", "Title",
				"PERSON", "DATE", "exact", "(", "^")) {
			assertTrue(proposals.contains(expected), () -> expected + " missing from " + proposals);
		}
		assertFalse(proposals.contains("MEET"), "an event type cannot be matched");
	}

	@Test
	void negatedContextsAreProposedBeforeAndAfterThePattern() throws Exception {
		assertTrue(proposalsAt(SCHEMA + "rule R: |").containsAll(List.of("not", "preceded")));
		assertTrue(proposalsAt(SCHEMA + "rule R: not |").contains("preceded"));
		List<String> afterPattern = proposalsAt(SCHEMA + "rule R: p:PERSON |");
		assertTrue(afterPattern.containsAll(List.of("not", "followed", "->")), afterPattern::toString);
	}

	@Test
	void eventArgumentProposesOnlyTheRolesOfTheEventType() throws Exception {
		List<String> proposals = proposalsAt(SCHEMA + "rule R: p:PERSON t:\"gặp\" -> event MEET(trigger=t, |");
		assertTrue(proposals.containsAll(List.of("participant", "time")), proposals::toString);
		assertFalse(proposals.contains("PERSON"), proposals::toString);
	}

	@Test
	void argumentValueProposesTheCapturesOfTheRuleAndNearest() throws Exception {
		List<String> proposals = proposalsAt(SCHEMA + "rule R: p:PERSON t:\"gặp\" -> event MEET(trigger=t, participant=|");
		assertTrue(proposals.containsAll(List.of("p", "t", "nearest")), proposals::toString);
	}

	@Test
	void actionPositionProposesEntityTypesAndEvent() throws Exception {
		List<String> proposals = proposalsAt(SCHEMA + "rule R: p:PERSON -> |");
		assertTrue(proposals.containsAll(List.of("PERSON", "DATE", "event")), proposals::toString);
		assertFalse(proposals.contains("Title"), "a lexicon is no entity type");
	}

	@Test
	void importProposesTheBundledWellKnownFiles() throws Exception {
		List<String> proposals = proposalsAt("import |");
		assertTrue(proposals.containsAll(List.of("\"diplomatic\"", "\"diplomatic-rules\"")), proposals::toString);
	}

	@Test
	void datasetBodyProposesItsSettings() throws Exception {
		List<String> proposals = proposalsAt("dataset ner { |");
		assertTrue(proposals.containsAll(List.of("include", "zones", "format", "tags", "tokens", "split", "to")),
				proposals::toString);
	}
}
