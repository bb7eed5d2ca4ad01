package org.dipanno.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.parsing.NestingLimitedParser;
import org.dipanno.rules.parsing.RulesSyntaxErrorMessages;
import org.dipanno.rules.validation.IssueCodes;
import org.dipanno.rules.validation.PatternAnalysis;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Hostile rule files: limits are located errors in the author's words, never a stack overflow, an exhausted heap or
 * Java exception text, and word lists are read only from beside the rule file.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class RuleFileLimitsTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private ValidationTestHelper validation;
	@TempDir
	Path project;

	private RuleFile load(String relativePath, String content) throws IOException {
		Path file = project.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		Resource resource = resourceSets.get().getResource(URI.createFileURI(file.toString()), true);
		return (RuleFile) resource.getContents().get(0);
	}

	private List<Issue> errors(RuleFile file) {
		return validation.validate(file).stream().filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
	}

	private static void assertAuthorsWords(List<Issue> issues) {
		for (Issue issue : issues) {
			assertFalse(issue.getMessage().matches("(?s).*(java\\.|Exception|Error\\b|\\$).*"), issue.getMessage());
		}
	}

	@Test
	void thousandsOfNestedGroupsAreALocatedSyntaxErrorNotAStackOverflow() throws IOException {
		int depth = 5000;
		String text = "entity X\nrule Deep: " + "(".repeat(depth) + "\"a\"" + ")".repeat(depth) + " -> X\n";
		RuleFile file = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> load("deep.dar", text));
		List<Issue> errors = errors(file);
		Issue nesting = errors.stream().filter(i -> RulesSyntaxErrorMessages.NESTING_TOO_DEEP.equals(i.getCode()))
				.findFirst().orElseThrow(() -> new AssertionError(errors.toString()));
		assertEquals(2, nesting.getLineNumber());
		assertEquals("rule Deep: ".length() + NestingLimitedParser.MAX_NESTING + 1, nesting.getColumn());
		assertEquals("Groups are nested more than 50 deep from here on; no pattern needs that many: flatten it",
				nesting.getMessage());
		assertAuthorsWords(errors);
	}

	@Test
	void nestingUpToTheLimitParsesWithoutErrors() throws IOException {
		int depth = NestingLimitedParser.MAX_NESTING;
		RuleFile file = load("ok.dar", "entity X\nrule Ok: t:" + "(".repeat(depth) + "\"a\"" + ")".repeat(depth)
				+ " -> X(t)\n// (((( in a comment\nlexicon L { \"((((\" }\n");
		assertEquals(List.of(), errors(file));
	}

	@Test
	void hugeRepetitionBoundsAreLocatedErrorsAndNeverCompiled() throws IOException {
		String text = "entity X\nrule Many: t:\"a\"{2147483647} -> X(t)\nrule Range: t:\"b\"{2,1} -> X(t)\n";
		RuleFile file = load("many.dar", text);
		List<Issue> errors = errors(file);
		assertTrue(errors.stream().anyMatch(i -> i.getLineNumber() == 2
				&& IssueCodes.INVALID_REPETITION_BOUNDS.equals(i.getCode())
				&& i.getMessage().startsWith("A repetition of more than " + PatternAnalysis.MAX_REPETITION)), errors.toString());
		assertTrue(errors.stream().anyMatch(i -> i.getLineNumber() == 3
				&& i.getMessage().equals("Upper bound 1 must be at least 2")), errors.toString());
		assertAuthorsWords(errors);
	}

	@Test
	void hugeRepetitionBoundsInsideRegularExpressionsAreLocatedErrorsAndNeverRun() throws IOException {
		// Java's matcher loops once per bound even where the group matches nothing: this example would run for minutes.
		String text = "entity X\nrule Slow: t:/(a?){99999999}b/ -> X(t)\n"
				+ "example Slowly \"ab\" yields X \"ab\"\nrule Fine: t:/[{]x{1,100}\\{999}\\Q{999}\\E/ -> X(t)\n";
		RuleFile file = load("regex.dar", text);
		List<Issue> errors = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> errors(file));
		assertTrue(errors.stream().anyMatch(i -> i.getLineNumber() == 2
				&& IssueCodes.INVALID_REPETITION_BOUNDS.equals(i.getCode())
				&& i.getMessage().contains("in a regular expression")), errors.toString());
		assertTrue(errors.stream().noneMatch(i -> i.getLineNumber() == 4), errors.toString());
		assertTrue(PatternAnalysis.hasRepetitionBeyondLimits(file));
		assertAuthorsWords(errors);
	}

	@Test
	void regularExpressionBoundsSkipEscapesClassesAndQuotes() {
		assertEquals(0, PatternAnalysis.largestRegexRepetition("\\p{Lu}[a-z{5}]\\{7}\\Q{9}\\E"));
		assertEquals(12, PatternAnalysis.largestRegexRepetition("(ng|nh){1,12}x{3,}"));
		assertEquals(Long.MAX_VALUE, PatternAnalysis.largestRegexRepetition("a{99999999999999999999}"));
	}

	@Test
	void wordListsOutsideTheRuleFilesFolderAreRefused() throws IOException {
		Path outside = Files.writeString(project.resolve("secret.txt"), "mật khẩu\n");
		Files.createDirectories(project.resolve("rules/lexicons"));
		Files.createSymbolicLink(project.resolve("rules/lexicons/link.txt"), outside);
		for (String path : List.of("/etc/passwd", "../secret.txt", "lexicons/../../secret.txt", "lexicons/link.txt",
				"/dev/zero")) {
			RuleFile file = load("rules/r.dar",
					"entity X\nlexicon L from \"" + path + "\"\nrule R: l:L -> X(l)\n");
			List<Issue> errors = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> errors(file));
			assertEquals(1, errors.size(), path + ": " + errors);
			Issue issue = errors.get(0);
			assertEquals(IssueCodes.LEXICON_FILE_MISSING, issue.getCode(), path);
			assertEquals(2, issue.getLineNumber(), path);
			assertTrue(issue.getMessage().contains("rule file's folder"), path + ": " + issue.getMessage());
			assertAuthorsWords(errors);
		}
	}
}
