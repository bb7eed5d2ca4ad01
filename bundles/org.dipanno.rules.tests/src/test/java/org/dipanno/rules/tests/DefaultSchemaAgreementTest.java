package org.dipanno.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.schema.DefaultSchema;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The bundled {@code diplomatic-schema.dar}, which the build generates from the
 * model bundle's {@code diplomatic-schema.xml}, and {@link DefaultSchema} are one
 * schema: same types in the same order, with the same colours, keys, CAMEO codes,
 * roles, accepted types and descriptions.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(RulesInjectorProvider.class)
class DefaultSchemaAgreementTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	private RuleFile ruleSchema() {
		URI uri = DefaultRuleFiles.resolveWellKnownName(DefaultRuleFiles.DIPLOMATIC_SCHEMA).orElseThrow();
		return (RuleFile) resourceSets.get().getResource(uri, true).getContents().get(0);
	}

	@Test
	void entityTypesAgree() {
		AnnotationSchema model = DefaultSchema.create();
		List<String> fromModel = model.getEntityTypes().stream()
				.map(type -> String.join(" | ", type.getName(), type.getColor(), type.getShortcutKey(),
						type.getDescription()))
				.toList();
		List<String> fromRules = EcoreUtil2.typeSelect(ruleSchema().getElements(), EntityType.class).stream()
				.map(type -> String.join(" | ", type.getName(), type.getColor(), type.getKey(), type.getDescription()))
				.toList();
		assertEquals(fromModel, fromRules);
	}

	@Test
	void eventTypesAndTheirRolesAgree() {
		AnnotationSchema model = DefaultSchema.create();
		List<String> fromModel = model.getEventTypes().stream()
				.map(type -> String.join(" | ", type.getName(), type.getCameoCode(), type.getColor(),
						type.getShortcutKey(), type.getDescription(),
						type.getRoles().stream()
								.map(role -> role.getName() + ": "
										+ role.getAcceptedTypes().stream().map(accepted -> accepted.getName())
												.collect(Collectors.joining("|"))
										+ " " + role.getDescription())
								.collect(Collectors.joining("; "))))
				.toList();
		List<String> fromRules = EcoreUtil2.typeSelect(ruleSchema().getElements(), EventType.class).stream()
				.map(type -> String.join(" | ", type.getName(), type.getCameo(), type.getColor(), type.getKey(),
						type.getDescription(),
						type.getRoles().stream()
								.map(role -> role.getName() + ": "
										+ role.getAccepts().stream().map(EntityType::getName)
												.collect(Collectors.joining("|"))
										+ " " + role.getDescription())
								.collect(Collectors.joining("; "))))
				.toList();
		assertEquals(fromModel, fromRules);
	}
}
