package org.dipanno.rules.tests;

import static org.dipanno.rules.model.ModelPackage.Literals.LEXICON;
import static org.dipanno.rules.tests.TextPositions.offsetOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dipanno.rules.lexicon.WordListFile;
import org.dipanno.rules.model.EventAction;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.MarkAction;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Imports by relative path and well-known name, transitively; word lists beside the rule file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class RulesScopingTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private ValidationTestHelper validation;
	@TempDir
	Path project;

	private Path write(String relativePath, String content) throws IOException {
		Path file = project.resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private RuleFile load(Path file) {
		Resource resource = resourceSets.get().getResource(URI.createFileURI(file.toString()), true);
		return (RuleFile) resource.getContents().get(0);
	}

	@Test
	void typesOfARelativelyImportedFileAndOfItsImportsAreVisible() throws IOException {
		write("schema/base.dar", "entity PERSON\nevent MEET { roles { participant: PERSON } }\n");
		write("schema/extended.dar", "import \"base.dar\"\nentity MINISTER extends PERSON\n");
		Path rules = write("rules/meet.dar", """
				import "../schema/extended.dar"
				rule Meet: m:MINISTER t:"hội đàm" -> event MEET(trigger=t, participant=m)
				""");
		RuleFile file = load(rules);
		validation.assertNoIssues(file);
		EventAction action = (EventAction) ((Rule) file.getElements().get(0)).getActions().get(0);
		assertTrue(action.getType().eResource().getURI().toFileString().endsWith("base.dar"));
		assertEquals("PERSON", action.getArguments().get(0).getRole().getAccepts().get(0).getName());
	}

	@Test
	void defaultSchemaIsImportableByItsWellKnownNameFromAnyProject() throws IOException {
		Path rules = write("my.dar", """
				import "diplomatic"
				lexicon Capital { "Hà Nội" }
				rule CapitalCity: c:Capital -> LOCATION(c)
				""");
		RuleFile file = load(rules);
		validation.assertNoIssues(file);
		MarkAction mark = (MarkAction) ((Rule) file.getElements().get(1)).getActions().get(0);
		assertEquals("A place that is not acting as a state: cities (“Bắc Kinh”, “Washington”, “Hà Nội”), "
				+ "regions, venues (“Nhà Trắng” when it names the building).", mark.getType().getDescription());
	}

	@Test
	void defaultRuleSetImportBringsItsSchemaAndLexicons() throws IOException {
		Path rules = write("extra.dar", """
				import "diplomatic-rules"
				rule MinisterMeets priority 9: t:Title p:PERSON -> TITLE(t), PERSON(p)
				""");
		RuleFile file = load(rules);
		validation.assertNoIssues(file);
		Lexicon title = (Lexicon) ((org.dipanno.rules.model.ReferencePattern) ((org.dipanno.rules.model.Capture) ((org.dipanno.rules.model.Sequence) ((Rule) file
				.getElements().get(0)).getPattern()).getElements().get(0)).getElement()).getTarget();
		assertEquals("lexicons/titles.txt", title.getFile());
	}

	@Test
	void localDeclarationsAreNotVisibleToTheImportedFile() throws IOException {
		Path base = write("base.dar", "rule UsesLater: p:PERSON -> PERSON(p)\n");
		write("main.dar", "import \"base.dar\"\nentity PERSON\n");
		RuleFile file = load(base);
		assertTrue(validation.validate(file).stream()
				.anyMatch(issue -> IssueCodes.UNRESOLVED_PATTERN_REFERENCE.equals(issue.getCode())));
	}

	@Test
	void wordListBesideTheRuleFileIsReadWithValuesAndMalformedLinesAreReported() throws IOException {
		write("lexicons/countries.txt", """
				# country names
				Trung Quốc => CHN
				Hoa Kỳ => USA

				Mỹ=>USA
				""");
		write("lexicons/broken.txt", "Việt Nam => VNM\n=> USA\nLào =>\n");
		String text = """
				entity COUNTRY
				lexicon Country from "lexicons/countries.txt"
				lexicon Broken from "lexicons/broken.txt"
				rule C: c:Country -> COUNTRY(c) value lexicon Country
				rule B: b:Broken -> COUNTRY(b)
				""";
		RuleFile file = load(write("countries.dar", text));
		WordListFile.Content countries = WordListFile.read((Lexicon) file.getElements().get(1));
		assertEquals(List.of(new WordListFile.Entry("Trung Quốc", "CHN", 2), new WordListFile.Entry("Hoa Kỳ", "USA", 3),
				new WordListFile.Entry("Mỹ", "USA", 5)), countries.entries());
		validation.assertError(file, LEXICON, IssueCodes.LEXICON_FILE_INVALID,
				offsetOf(text, "\"lexicons/broken.txt\""), 21,
				"Word list \"lexicons/broken.txt\" is malformed: line 2 has no text before '=>'; line 3 has no value after '=>'");
		assertEquals(1, validation.validate(file).stream().filter(issue -> issue.getSeverity() == Severity.ERROR).count());
	}

	@Test
	void wordListWithoutEntriesIsAWarningOnThePath() throws IOException {
		write("lexicons/empty.txt", "# nothing yet\n\n");
		String text = "entity X\nlexicon L from \"lexicons/empty.txt\"\nrule R: l:L -> X(l)\n";
		RuleFile file = load(write("empty.dar", text));
		validation.assertWarning(file, LEXICON, IssueCodes.EMPTY_LEXICON, offsetOf(text, "\"lexicons/empty.txt\""),
				20, "Word list \"lexicons/empty.txt\" has no entries");
	}

	@Test
	void wordListThatIsNotUtf8IsReportedAsUnreadable() throws IOException {
		Files.createDirectories(project.resolve("lexicons"));
		Files.write(project.resolve("lexicons/latin1.txt"), new byte[] { 'V', (byte) 0xE9, 't', '\n' });
		String text = "entity X\nlexicon L from \"lexicons/latin1.txt\"\nrule R: l:L -> X(l)\n";
		RuleFile file = load(write("latin1.dar", text));
		validation.assertError(file, LEXICON, IssueCodes.LEXICON_FILE_MISSING, offsetOf(text, "\"lexicons/latin1.txt\""),
				21, "is not UTF-8 text");
	}
}
