package org.dipanno.rules.ide.hover;

import java.util.Optional;
import java.util.stream.Collectors;

import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.Role;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.scoping.RulesScopeProvider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * The text shown when hovering a name, at its declaration or at a use: for
 * schema types their description from the schema (with colour, key, CAMEO
 * code and roles), for lexicons their source, for roles what they accept.
 */
public class RulesHoverText {

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	/** The hover text at a character offset, or empty where there is nothing to say. */
	public Optional<String> at(XtextResource resource, int offset) {
		EObject element = elementAtOffset.resolveElementAt(resource, offset);
		return element == null || element.eIsProxy() ? Optional.empty() : describe(element);
	}

	public Optional<String> describe(EObject element) {
		if (element instanceof EntityType type) {
			StringBuilder text = new StringBuilder("entity ").append(type.getName());
			if (type.getSuperType() != null && !type.getSuperType().eIsProxy()) {
				text.append(" extends ").append(type.getSuperType().getName());
			}
			appendIfSet(text, "\n", type.getDescription());
			appendIfSet(text, "\ncolour ", type.getColor());
			appendIfSet(text, "\nkey ", type.getKey());
			return Optional.of(text.toString());
		}
		if (element instanceof EventType type) {
			StringBuilder text = new StringBuilder("event ").append(type.getName());
			appendIfSet(text, " (CAMEO ", type.getCameo());
			if (type.getCameo() != null) {
				text.append(')');
			}
			appendIfSet(text, "\n", type.getDescription());
			String roles = RulesScopeProvider.rolesOf(type).stream().map(RulesHoverText::roleSignature)
					.collect(Collectors.joining(", "));
			appendIfSet(text, "\nroles: ", roles.isEmpty() ? null : roles);
			return Optional.of(text.toString());
		}
		if (element instanceof Role role) {
			StringBuilder text = new StringBuilder("role ").append(roleSignature(role));
			if (role.eContainer() instanceof EventType type) {
				text.append(" of ").append(type.getName());
			}
			appendIfSet(text, "\n", role.getDescription());
			return Optional.of(text.toString());
		}
		if (element instanceof Lexicon lexicon) {
			String source = lexicon.getFile() != null ? "word list \"" + lexicon.getFile() + "\""
					: lexicon.getEntries().size() + " entries";
			return Optional.of("lexicon " + lexicon.getName() + " (" + source + ", "
					+ (lexicon.isExact() ? "exact matching" : "case- and tone-placement-insensitive") + ")");
		}
		if (element instanceof Capture capture) {
			Rule rule = EcoreUtil2.getContainerOfType(capture, Rule.class);
			return Optional.of("capture " + capture.getName() + (rule == null ? "" : " of rule " + rule.getName()));
		}
		return Optional.empty();
	}

	private static String roleSignature(Role role) {
		return role.getName() + ": "
				+ role.getAccepts().stream().map(type -> type.eIsProxy() ? "?" : type.getName())
						.collect(Collectors.joining(" | "));
	}

	private static void appendIfSet(StringBuilder text, String prefix, String value) {
		if (value != null && !value.isEmpty()) {
			text.append(prefix).append(value);
		}
	}
}
