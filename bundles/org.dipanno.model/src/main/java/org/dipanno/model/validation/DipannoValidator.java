package org.dipanno.model.validation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationType;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventArgument;
import org.dipanno.model.EventMention;
import org.dipanno.model.EventType;
import org.dipanno.model.Mention;
import org.dipanno.model.ModelPackage;
import org.dipanno.model.Role;
import org.dipanno.model.Span;
import org.dipanno.model.Zone;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The rules of the dipanno model, on top of EMF's default constraints. Every message names the object (its kind,
 * text and offsets, type and annotation set) and says why it is wrong. Registered for the package by
 * {@link org.dipanno.model.custom.DipannoModel#init()}.
 */
public class DipannoValidator extends EObjectValidator {

	public static final DipannoValidator INSTANCE = new DipannoValidator();

	/** The source of every diagnostic this validator reports. */
	public static final String DIAGNOSTIC_SOURCE = "org.dipanno.model";

	public static final int SPAN_INVERTED = 1;
	public static final int SPAN_OUTSIDE_TEXT = 2;
	public static final int MISSING_TYPE = 3;
	public static final int UNKNOWN_TYPE = 4;
	public static final int ROLE_NOT_ALLOWED = 5;
	public static final int ARGUMENT_TYPE_NOT_ACCEPTED = 6;
	public static final int ARGUMENT_WITHOUT_ENTITY = 7;
	public static final int ARGUMENT_IN_OTHER_SET = 8;
	public static final int DUPLICATE_MENTION = 9;
	public static final int DUPLICATE_TYPE_NAME = 10;
	public static final int DUPLICATE_SHORTCUT_KEY = 11;
	public static final int INVALID_COLOR = 12;
	public static final int INVALID_COUNTRY_CODE = 13;
	public static final int INVALID_ISO_DATE = 14;

	private static final int MAX_QUOTED_TEXT = 40;

	@Override
	protected EPackage getEPackage() {
		return ModelPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = validate_EveryDefaultConstraint(eObject, diagnostics, context);
		if (eObject instanceof Span span) {
			valid &= validateSpan(span, diagnostics);
		}
		if (eObject instanceof EntityMention mention) {
			valid &= validateEntityMention(mention, diagnostics);
		}
		if (eObject instanceof EventMention mention) {
			valid &= validateEventMention(mention, diagnostics);
		}
		if (eObject instanceof AnnotationSet set) {
			valid &= validateNoDuplicates(set, diagnostics);
		}
		if (eObject instanceof AnnotationSchema schema) {
			valid &= validateSchema(schema, diagnostics);
		}
		return valid;
	}

	// ---------------------------------------------------------------- spans

	private boolean validateSpan(Span span, DiagnosticChain diagnostics) {
		if (span.getEnd() < span.getStart()) {
			return error(diagnostics, SPAN_INVERTED, describe(span) + ": the span is inverted (end " + span.getEnd()
					+ " is before start " + span.getStart() + ")", span, ModelPackage.Literals.SPAN__END);
		}
		Document document = span.getDocument();
		String text = document == null ? null : document.getText();
		if (text == null) {
			return true;
		}
		if (span.getStart() < 0) {
			return error(diagnostics, SPAN_OUTSIDE_TEXT, describe(span) + ": the span starts before the text (start "
					+ span.getStart() + " is negative)", span, ModelPackage.Literals.SPAN__START);
		}
		if (span.getEnd() > text.length()) {
			return error(diagnostics, SPAN_OUTSIDE_TEXT, describe(span) + ": the span ends after the text (end "
					+ span.getEnd() + ", text length " + text.length() + ")", span, ModelPackage.Literals.SPAN__END);
		}
		return true;
	}

	// ---------------------------------------------------------------- types

	private boolean validateEntityMention(EntityMention mention, DiagnosticChain diagnostics) {
		boolean valid = validateType(mention, mention.getType(), ModelPackage.Literals.ENTITY_MENTION__TYPE,
				diagnostics);
		String countryCode = mention.getCountryCode();
		if (countryCode != null && !countryCode.matches("[A-Z]{3}")) {
			valid &= error(diagnostics, INVALID_COUNTRY_CODE, describe(mention) + ": country code \"" + countryCode
					+ "\" is not an ISO 3166 alpha-3 code (three capital letters, e.g. VNM)", mention,
					ModelPackage.Literals.ENTITY_MENTION__COUNTRY_CODE);
		}
		String isoDate = mention.getIsoDate();
		if (isoDate != null && !isIsoDate(isoDate)) {
			valid &= error(diagnostics, INVALID_ISO_DATE, describe(mention) + ": date \"" + isoDate
					+ "\" is neither an ISO date (2024-08-28) nor a day without year (--08-28)", mention,
					ModelPackage.Literals.ENTITY_MENTION__ISO_DATE);
		}
		return valid;
	}

	private static boolean isIsoDate(String value) {
		try {
			if (value.startsWith("--")) {
				MonthDay.parse(value);
			} else {
				LocalDate.parse(value);
			}
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	private boolean validateType(Mention mention, AnnotationType type, EStructuralFeature feature,
			DiagnosticChain diagnostics) {
		if (type == null) {
			return error(diagnostics, MISSING_TYPE, describe(mention) + ": the mention has no type", mention, feature);
		}
		if (type.eIsProxy()) {
			return error(diagnostics, UNKNOWN_TYPE, describe(mention) + ": type \"" + proxyName(type)
					+ "\" is not in the schema", mention, feature);
		}
		AnnotationSchema schema = schemaOf(mention);
		if (schema != null && type.eContainer() != schema) {
			return error(diagnostics, UNKNOWN_TYPE, describe(mention) + ": type \"" + type.getName()
					+ "\" is not in the schema of the corpus", mention, feature);
		}
		return true;
	}

	private static AnnotationSchema schemaOf(Mention mention) {
		Document document = mention.getDocument();
		Corpus corpus = document == null ? null : document.getCorpus();
		return corpus == null ? null : corpus.getSchema();
	}

	// ---------------------------------------------------------------- events

	private boolean validateEventMention(EventMention mention, DiagnosticChain diagnostics) {
		boolean valid = validateType(mention, mention.getType(), ModelPackage.Literals.EVENT_MENTION__TYPE,
				diagnostics);
		EventType type = mention.getType();
		boolean typeUsable = valid && type != null && !type.eIsProxy();
		for (EventArgument argument : mention.getArguments()) {
			EntityMention entity = argument.getEntity();
			if (entity == null) {
				valid &= error(diagnostics, ARGUMENT_WITHOUT_ENTITY, describe(mention) + ": argument \""
						+ argument.getRole() + "\" has no entity mention", argument,
						ModelPackage.Literals.EVENT_ARGUMENT__ENTITY);
				continue;
			}
			if (entity.eIsProxy()) {
				continue; // EMF's default constraint reports the unresolved reference
			}
			if (entity.eContainer() != mention.eContainer()) {
				valid &= error(diagnostics, ARGUMENT_IN_OTHER_SET, describe(mention) + ": argument \""
						+ argument.getRole() + "\" is " + describe(entity)
						+ ", not a mention of the same annotation set", argument,
						ModelPackage.Literals.EVENT_ARGUMENT__ENTITY);
			}
			if (!typeUsable) {
				continue;
			}
			Role role = type.findRole(argument.getRole());
			if (role == null) {
				valid &= error(diagnostics, ROLE_NOT_ALLOWED, describe(mention) + ": role \"" + argument.getRole()
						+ "\" is not allowed for " + type.getName() + " (allowed roles: "
						+ type.getRoles().stream().map(Role::getName).collect(Collectors.joining(", ")) + ")", argument,
						ModelPackage.Literals.EVENT_ARGUMENT__ROLE);
				continue;
			}
			EntityType entityType = entity.getType();
			if (entityType != null && !entityType.eIsProxy() && !role.getAcceptedTypes().contains(entityType)) {
				valid &= error(diagnostics, ARGUMENT_TYPE_NOT_ACCEPTED, describe(mention) + ": argument \""
						+ role.getName() + "\" is " + describe(entity) + ", but role " + role.getName() + " of "
						+ type.getName() + " accepts only " + typeNames(role.getAcceptedTypes()), argument,
						ModelPackage.Literals.EVENT_ARGUMENT__ENTITY);
			}
		}
		return valid;
	}

	private static String typeNames(List<EntityType> types) {
		return types.isEmpty() ? "no entity type"
				: types.stream().map(EntityType::getName).collect(Collectors.joining(", "));
	}

	// ---------------------------------------------------------------- duplicates

	private boolean validateNoDuplicates(AnnotationSet set, DiagnosticChain diagnostics) {
		boolean valid = true;
		Map<String, Mention> seen = new HashMap<>();
		for (Mention mention : set.getEntityMentions()) {
			valid &= checkDuplicate(seen, "entity", ((EntityMention) mention).getType(), mention, diagnostics);
		}
		for (Mention mention : set.getEventMentions()) {
			valid &= checkDuplicate(seen, "event", ((EventMention) mention).getType(), mention, diagnostics);
		}
		return valid;
	}

	private boolean checkDuplicate(Map<String, Mention> seen, String kind, AnnotationType type, Mention mention,
			DiagnosticChain diagnostics) {
		String key = kind + ' ' + mention.getStart() + ' ' + mention.getEnd() + ' ' + typeName(type);
		Mention first = seen.putIfAbsent(key, mention);
		if (first == null) {
			return true;
		}
		return error(diagnostics, DUPLICATE_MENTION, describe(mention) + ": duplicates " + first.getId()
				+ " (same span and type in one set)", mention, null);
	}

	// ---------------------------------------------------------------- schema

	private boolean validateSchema(AnnotationSchema schema, DiagnosticChain diagnostics) {
		boolean valid = true;
		Map<String, AnnotationType> names = new HashMap<>();
		Map<String, AnnotationType> keys = new HashMap<>();
		List<AnnotationType> types = new java.util.ArrayList<>(schema.getEntityTypes());
		types.addAll(schema.getEventTypes());
		for (AnnotationType type : types) {
			AnnotationType sameName = names.putIfAbsent(String.valueOf(type.getName()), type);
			if (sameName != null) {
				valid &= error(diagnostics, DUPLICATE_TYPE_NAME, "Type " + type.getName()
						+ ": the name is already used by another type of the schema", type,
						ModelPackage.Literals.ANNOTATION_TYPE__NAME);
			}
			if (type.getShortcutKey() != null) {
				AnnotationType sameKey = keys.putIfAbsent(type.getShortcutKey(), type);
				if (sameKey != null) {
					valid &= error(diagnostics, DUPLICATE_SHORTCUT_KEY, "Type " + type.getName() + ": shortcut key \""
							+ type.getShortcutKey() + "\" is already used by " + sameKey.getName(), type,
							ModelPackage.Literals.ANNOTATION_TYPE__SHORTCUT_KEY);
				}
			}
			if (type.getColor() != null && !type.getColor().matches("#[0-9A-Fa-f]{6}")) {
				valid &= error(diagnostics, INVALID_COLOR, "Type " + type.getName() + ": colour \"" + type.getColor()
						+ "\" is not #RRGGBB", type, ModelPackage.Literals.ANNOTATION_TYPE__COLOR);
			}
		}
		return valid;
	}

	// ---------------------------------------------------------------- messages

	/**
	 * How messages name a span: kind, quoted text when it lies in the text, offsets; for mentions also the type and
	 * set, e.g. {@code Entity mention "Mỹ" [12,14) of type COUNTRY in set gold}.
	 */
	public static String describe(Span span) {
		StringBuilder description = new StringBuilder(kindOf(span));
		String text = span.getText();
		if (text != null) {
			String quoted = text.length() > MAX_QUOTED_TEXT ? text.substring(0, MAX_QUOTED_TEXT) + "\u2026" : text;
			description.append(" \"").append(quoted).append('"');
		}
		description.append(" [").append(span.getStart()).append(',').append(span.getEnd()).append(')');
		if (span instanceof Mention mention) {
			AnnotationType type = mention instanceof EntityMention entity ? entity.getType()
					: ((EventMention) mention).getType();
			if (type != null) {
				description.append(" of type ").append(typeName(type));
			}
			AnnotationSet set = mention.getAnnotationSet();
			if (set != null) {
				description.append(" in set ").append(set.getId());
			}
		}
		return description.toString();
	}

	private static String kindOf(Span span) {
		if (span instanceof EntityMention) {
			return "Entity mention";
		}
		if (span instanceof EventMention) {
			return "Event mention";
		}
		if (span instanceof Zone zone) {
			return "Zone " + zone.getKind();
		}
		return span.eClass().getName();
	}

	private static String typeName(AnnotationType type) {
		if (type == null) {
			return "(none)";
		}
		return type.eIsProxy() ? proxyName(type) : type.getName();
	}

	/** The type name a dangling reference still carries: the fragment of its proxy URI (types are found by name). */
	private static String proxyName(EObject proxy) {
		return ((InternalEObject) proxy).eProxyURI().fragment();
	}

	private static boolean error(DiagnosticChain diagnostics, int code, String message, EObject object,
			EStructuralFeature feature) {
		if (diagnostics != null) {
			Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, data));
		}
		return false;
	}
}
