package org.dipanno.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.engine.RuleCompilationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetsTest {

	@TempDir
	Path corpus;

	@Test
	void aCorpusWithoutRuleFilesUsesTheBundledSet() throws IOException {
		RuleSet rules = RuleSets.forCorpus(corpus);
		assertEquals("the bundled diplomatic-rules", rules.origin());
		assertEquals(List.of(), rules.errors());
		assertTrue(rules.compile().engine().ruleCount() > 10);
	}

	@Test
	void aCorpusWithRuleFilesUsesAllOfThemAsOneSet() throws IOException {
		Files.createDirectories(corpus.resolve("rules"));
		Files.writeString(corpus.resolve("rules/b.dar"), """
				import "diplomatic"
				rule Minister:
					t:"Bộ trưởng" -> TITLE(t)
				""");
		Files.writeString(corpus.resolve("rules/a.dar"), """
				import "diplomatic"
				rule Hanoi:
					p:"Hà Nội" -> LOCATION(p)
				""");
		Files.writeString(corpus.resolve("rules/notes.txt"), "not a rule file");
		RuleSet rules = RuleSets.forCorpus(corpus);
		assertEquals(List.of("a.dar", "b.dar"),
				rules.files().stream().map(file -> file.eResource().getURI().lastSegment()).toList());
		var compiled = rules.compile();
		assertEquals(List.of("Hanoi", "Minister"), compiled.rules().stream().map(rule -> rule.name()).toList());
	}

	@Test
	void aSetWithErrorsIsNotCompiledAndTheErrorIsNamed() throws IOException {
		Files.createDirectories(corpus.resolve("rules"));
		Files.writeString(corpus.resolve("rules/broken.dar"), """
				import "diplomatic"
				rule Minister:
					t:"Bộ trưởng" -> MINISTER(t)
				""");
		RuleSet rules = RuleSets.forCorpus(corpus);
		assertEquals(1, rules.errors().size(), rules.errors().toString());
		RuleCompilationException failure = assertThrows(RuleCompilationException.class, rules::compile);
		assertTrue(failure.getMessage().contains("broken.dar:3:"), failure.getMessage());
	}

	@Test
	void theDefaultSetCopiedIntoACorpusIsItsRuleSetAndCompilesToTheSameRules() throws IOException {
		Path copied = RuleSets.copyDefaultRules(corpus);
		assertEquals(corpus.resolve("rules/diplomatic-rules.dar"), copied);
		assertTrue(Files.isRegularFile(corpus.resolve("rules/lexicons/titles.txt")));
		RuleSet rules = RuleSets.forCorpus(corpus);
		assertTrue(rules.origin().startsWith("the corpus's rules"), rules.origin());
		assertEquals(List.of(), rules.errors());
		assertEquals(RuleSets.named(List.of(RuleSets.DEFAULT_RULES)).compile().rules().size(),
				rules.compile().rules().size());
		assertThrows(IOException.class, () -> RuleSets.copyDefaultRules(corpus), "never overwrites the corpus's file");
	}

	@Test
	void aMissingFileIsNamed() {
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
				() -> RuleSets.named(List.of(corpus.resolve("missing.dar").toString())));
		assertTrue(failure.getMessage().contains("missing.dar: no such rule file"), failure.getMessage());
	}
}
