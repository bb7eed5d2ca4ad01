package org.dipanno.rules.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Thousands of randomly broken variants of the default rule files (deleted,
 * duplicated, swapped tokens, stray punctuation, truncation): parsing and
 * validation never throw, and no check fails internally.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class RulesMutationTest {

	private static final int VARIANTS_PER_FILE = 1000;
	private static final Pattern TOKEN = Pattern.compile("\"[^\"\\n]*\"|\\S+");
	private static final String[] STRAY = { "(", ")", "{", "}", "\"", ":", ",", "/", "|", "->", "=>", "?", "*", "{2,",
			"rule", "event", "lexicon", "import", "yields", "nearest", "^", "$", "=" };

	@Inject
	private ParseHelper<RuleFile> parseHelper;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void mutatedDefaultSchemaNeverBreaksParserOrValidator() throws Exception {
		assertSurvivesMutations("diplomatic-schema.dar", new Random(20260422L));
	}

	@Test
	void mutatedDefaultRulesNeverBreakParserOrValidator() throws Exception {
		assertSurvivesMutations("diplomatic-rules.dar", new Random(42L));
	}

	private void assertSurvivesMutations(String defaultFile, Random random) throws Exception {
		URI original = DefaultRuleFiles.bundledFile(defaultFile).orElseThrow();
		String text = read(original);
		XtextResourceSet resourceSet = resourceSets.get();
		int withErrors = 0;
		for (int variant = 0; variant < VARIANTS_PER_FILE; variant++) {
			String mutated = mutate(text, random);
			// beside the original, so that imports and word lists resolve as in the real file
			URI uri = original.trimSegments(1).appendSegment("mutant" + variant + ".dar");
			RuleFile file = parseHelper.parse(mutated, uri, resourceSet);
			Resource resource = file == null ? resourceSet.getResource(uri, false) : file.eResource();
			List<Issue> issues = file == null ? List.of() : validation.validate(file);
			int current = variant;
			assertTrue(issues.stream().noneMatch(issue -> IssueCodes.INTERNAL_VALIDATION_ERROR.equals(issue.getCode())),
					() -> "variant " + current + " of " + defaultFile + ": " + issues + "\n" + mutated);
			if (!resource.getErrors().isEmpty()
					|| issues.stream().anyMatch(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
				withErrors++;
			}
			resource.unload();
			resourceSet.getResources().remove(resource);
		}
		// most random edits break something; all of them were diagnosed, none threw
		assertTrue(withErrors > VARIANTS_PER_FILE / 2, "only " + withErrors + " variants had errors");
	}

	private static String mutate(String text, Random random) {
		List<int[]> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(new int[] { matcher.start(), matcher.end() });
		}
		StringBuilder result = new StringBuilder(text);
		int edits = 1 + random.nextInt(3);
		for (int edit = 0; edit < edits; edit++) {
			int[] token = tokens.get(random.nextInt(tokens.size()));
			if (token[1] > result.length()) {
				continue;
			}
			String tokenText = result.substring(token[0], token[1]);
			switch (random.nextInt(5)) {
				case 0 -> result.delete(token[0], token[1]);
				case 1 -> result.insert(token[0], tokenText + " ");
				case 2 -> {
					int[] other = tokens.get(random.nextInt(tokens.size()));
					if (other[1] <= result.length() && other[0] > token[1]) {
						String otherText = result.substring(other[0], other[1]);
						result.replace(other[0], other[1], tokenText);
						result.replace(token[0], token[1], otherText);
					}
				}
				case 3 -> result.insert(token[0], STRAY[random.nextInt(STRAY.length)] + " ");
				default -> result.setLength(random.nextInt(result.length() + 1));
			}
		}
		return result.toString();
	}

	private static String read(URI uri) throws IOException {
		try (InputStream in = new java.net.URL(uri.toString()).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
