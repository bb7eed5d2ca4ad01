package org.dipanno.rules.linking;

import java.util.stream.Collectors;

import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.ModelPackage;
import org.dipanno.rules.model.Role;
import org.dipanno.rules.scoping.RulesScopeProvider;
import org.dipanno.rules.validation.IssueCodes;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Unresolved references get a message that says what was looked for, and an issue code per kind. */
public class RulesLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass target = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		if (target == ModelPackage.Literals.ENTITY_TYPE) {
			return error("Unknown entity type '" + name + "': declare it or import a schema that does",
					IssueCodes.UNRESOLVED_ENTITY_TYPE);
		}
		if (target == ModelPackage.Literals.EVENT_TYPE) {
			return error("Unknown event type '" + name + "': declare it or import a schema that does",
					IssueCodes.UNRESOLVED_EVENT_TYPE);
		}
		if (target == ModelPackage.Literals.LEXICON) {
			return error("Unknown lexicon '" + name + "'", IssueCodes.UNRESOLVED_LEXICON);
		}
		if (target == ModelPackage.Literals.MATCHABLE) {
			return error("Unknown lexicon or entity type '" + name + "'", IssueCodes.UNRESOLVED_PATTERN_REFERENCE);
		}
		if (target == ModelPackage.Literals.CAPTURE) {
			return error("Unknown capture '" + name + "': no capture of this name in the rule",
					IssueCodes.UNRESOLVED_CAPTURE);
		}
		if (target == ModelPackage.Literals.ROLE) {
			EventType type = RulesScopeProvider.eventTypeOf(context.getContext());
			if (type == null || type.eIsProxy()) {
				return error("Unknown role '" + name + "'", IssueCodes.UNDECLARED_ROLE);
			}
			String declared = RulesScopeProvider.rolesOf(type).stream().map(Role::getName)
					.collect(Collectors.joining(", "));
			return error("Event type " + type.getName() + " has no role '" + name + "'"
					+ (declared.isEmpty() ? "; it declares no roles" : "; its roles are: " + declared),
					IssueCodes.UNDECLARED_ROLE);
		}
		return super.getUnresolvedProxyMessage(context);
	}

	private static DiagnosticMessage error(String message, String code) {
		return new DiagnosticMessage(message, Severity.ERROR, code);
	}
}
