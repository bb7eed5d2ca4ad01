package org.dipanno.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The bundled default schema and rule set are complete and validate cleanly. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class DefaultRuleFilesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private ValidationTestHelper validationHelper;

	private RuleFile load(String wellKnownName) {
		URI uri = DefaultRuleFiles.resolveWellKnownName(wellKnownName).orElseThrow();
		Resource resource = resourceSets.get().getResource(uri, true);
		assertTrue(resource.getErrors().isEmpty(), () -> uri + ": " + resource.getErrors());
		return (RuleFile) resource.getContents().get(0);
	}

	private List<Issue> errorsAndWarnings(RuleFile file) {
		return validationHelper.validate(file).stream().filter(issue -> issue.getSeverity() != Severity.INFO).toList();
	}

	@Test
	void diplomaticSchemaDeclaresTheDefaultEntityAndEventTypes() {
		RuleFile schema = load(DefaultRuleFiles.DIPLOMATIC_SCHEMA);
		assertEquals(List.of(), errorsAndWarnings(schema));
		assertEquals(List.of("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "TITLE", "DATE", "MISC"),
				EcoreUtil2.typeSelect(schema.getElements(), EntityType.class).stream().map(EntityType::getName)
						.toList());
		List<EventType> events = EcoreUtil2.typeSelect(schema.getElements(), EventType.class);
		assertEquals(List.of("MEET:040", "PHONE_CALL:041", "VISIT:042", "NEGOTIATE:046", "AGREE:057", "APPEAL:020",
				"STATEMENT:010", "CONCERN:110"), events.stream().map(e -> e.getName() + ":" + e.getCameo()).toList());
	}

	@Test
	void diplomaticRulesValidateWithoutErrorsOrWarnings() {
		RuleFile rules = load(DefaultRuleFiles.DIPLOMATIC_RULES);
		assertEquals(List.of(), errorsAndWarnings(rules));
		assertEquals(35, EcoreUtil2.typeSelect(rules.getElements(), Rule.class).size());
	}

	@Test
	void withoutARuleEngineEveryDefaultExampleIsReportedAsNotRun() {
		RuleFile rules = load(DefaultRuleFiles.DIPLOMATIC_RULES);
		List<Example> examples = EcoreUtil2.typeSelect(rules.getElements(), Example.class);
		assertEquals(18, examples.size());
		List<Issue> notRun = validationHelper.validate(rules).stream()
				.filter(issue -> IssueCodes.EXAMPLE_NOT_RUN.equals(issue.getCode())).toList();
		assertEquals(examples.size(), notRun.size());
		assertTrue(notRun.stream().allMatch(issue -> issue.getSeverity() == Severity.INFO));
	}

	@Test
	void defaultRulesUseTheSchemaThroughTheWellKnownImport() {
		RuleFile rules = load(DefaultRuleFiles.DIPLOMATIC_RULES);
		assertEquals("diplomatic", rules.getImports().get(0).getImportURI());
		Rule phoneCall = EcoreUtil2.typeSelect(rules.getElements(), Rule.class).stream()
				.filter(rule -> rule.getName().equals("PhoneCall")).findFirst().orElseThrow();
		EventType type = ((org.dipanno.rules.model.EventAction) phoneCall.getActions().get(0)).getType();
		assertEquals("041", type.getCameo());
		assertTrue(type.eResource().getURI().toString().endsWith("defaults/diplomatic-schema.dar"));
	}
}
