package org.dipanno.rules.scoping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.EventAction;
import org.dipanno.rules.model.EventExpectation;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.ModelPackage;
import org.dipanno.rules.model.Role;
import org.dipanno.rules.model.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Roles are looked up in the event type an action or expectation names (with
 * the roles of its super types); captures in the enclosing rule. Everything
 * else comes from the file and its imports.
 */
public class RulesScopeProvider extends AbstractRulesScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference.getEReferenceType() == ModelPackage.Literals.ROLE) {
			return Scopes.scopeFor(rolesOf(eventTypeOf(context)));
		}
		if (reference.getEReferenceType() == ModelPackage.Literals.CAPTURE) {
			Rule rule = EcoreUtil2.getContainerOfType(context, Rule.class);
			return rule == null ? IScope.NULLSCOPE : Scopes.scopeFor(capturesOf(rule));
		}
		return super.getScope(context, reference);
	}

	/** The event type whose roles are in scope at the context: of the enclosing event action or expectation. */
	public static EventType eventTypeOf(EObject context) {
		EventAction action = EcoreUtil2.getContainerOfType(context, EventAction.class);
		if (action != null) {
			return action.getType();
		}
		EventExpectation expectation = EcoreUtil2.getContainerOfType(context, EventExpectation.class);
		if (expectation != null) {
			return expectation.getType();
		}
		return null;
	}

	/** The roles of an event type and of its super types, nearest first; safe on cycles and proxies. */
	public static List<Role> rolesOf(EventType type) {
		List<Role> roles = new ArrayList<>();
		Set<EventType> seen = new LinkedHashSet<>();
		for (EventType current = type; current != null && !current.eIsProxy() && seen.add(current); current = current
				.getSuperType()) {
			roles.addAll(current.getRoles());
		}
		return roles;
	}

	/** Every capture of a rule: in the pattern and in its context before and after. */
	public static List<Capture> capturesOf(Rule rule) {
		return EcoreUtil2.getAllContentsOfType(rule, Capture.class);
	}
}
