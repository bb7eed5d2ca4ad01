package org.dipanno.rules.validation;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.dipanno.rules.lexicon.WordListFile;
import org.dipanno.rules.model.Action;
import org.dipanno.rules.model.Argument;
import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.CaptureValue;
import org.dipanno.rules.model.Dataset;
import org.dipanno.rules.model.Element;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventAction;
import org.dipanno.rules.model.EventType;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.Import;
import org.dipanno.rules.model.Lexicon;
import org.dipanno.rules.model.LexiconEntry;
import org.dipanno.rules.model.LexiconValue;
import org.dipanno.rules.model.LiteralPattern;
import org.dipanno.rules.model.MarkAction;
import org.dipanno.rules.model.ModelPackage.Literals;
import org.dipanno.rules.model.ReferencePattern;
import org.dipanno.rules.model.RegexPattern;
import org.dipanno.rules.model.Repetition;
import org.dipanno.rules.model.Role;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.model.Split;
import org.dipanno.rules.scoping.RulesImportUriGlobalScopeProvider;
import org.dipanno.rules.scoping.RulesScopeProvider;
import org.dipanno.text.VietnameseText;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.ComposedChecks;


/**
 * Checks of a rule file. Each problem is reported on the exact feature with a
 * code from {@link IssueCodes}; unresolved references are reported by linking
 * (see {@code RulesLinkingDiagnosticMessageProvider}).
 */
@ComposedChecks(validators = { ExampleValidator.class, NegatedContextValidator.class })
public class RulesValidator extends AbstractRulesValidator {

	private static final java.util.regex.Pattern HEX_COLOR = java.util.regex.Pattern.compile("#[0-9A-Fa-f]{6}");
	private static final java.util.regex.Pattern CAMEO_CODE = java.util.regex.Pattern.compile("[0-9]{2,4}");

	// ------------------------------------------------------------ imports

	@Check
	public void checkImportResolves(Import imported) {
		Optional<URI> target = RulesImportUriGlobalScopeProvider.resolveImport(imported.eResource(),
				imported.getImportURI());
		if (target.isEmpty()) {
			error("'" + imported.getImportURI() + "' is not a valid file path", imported, Literals.IMPORT__IMPORT_URI,
					IssueCodes.UNRESOLVED_IMPORT);
		} else if (!EcoreUtil2.isValidUri(imported, target.get())) {
			error("Cannot find the imported file '" + imported.getImportURI() + "' (looked for " + target.get() + ")",
					imported, Literals.IMPORT__IMPORT_URI, IssueCodes.UNRESOLVED_IMPORT);
		}
	}

	// -------------------------------------------------------------- names

	@Check
	public void checkUniqueNames(RuleFile file) {
		Map<String, EObject> typesAndLexicons = new HashMap<>();
		Map<String, EObject> rules = new HashMap<>();
		Map<String, EObject> datasets = new HashMap<>();
		Map<String, EObject> examples = new HashMap<>();
		for (Element element : file.getElements()) {
			if (element instanceof EntityType type) {
				reportIfDuplicate(typesAndLexicons, type.getName(), type, Literals.ELEMENT__NAME);
			} else if (element instanceof Lexicon lexicon) {
				reportIfDuplicate(typesAndLexicons, lexicon.getName(), lexicon, Literals.ELEMENT__NAME);
			} else if (element instanceof EventType type) {
				reportIfDuplicate(typesAndLexicons, type.getName(), type, Literals.ELEMENT__NAME);
			} else if (element instanceof Rule rule) {
				reportIfDuplicate(rules, rule.getName(), rule, Literals.ELEMENT__NAME);
			} else if (element instanceof Dataset dataset) {
				reportIfDuplicate(datasets, dataset.getName(), dataset, Literals.ELEMENT__NAME);
			} else if (element instanceof Example example && example.getName() != null) {
				reportIfDuplicate(examples, example.getName(), example, Literals.ELEMENT__NAME);
			}
		}
	}

	private void reportIfDuplicate(Map<String, EObject> seen, String name, EObject element,
			org.eclipse.emf.ecore.EStructuralFeature nameFeature) {
		if (name == null) {
			return;
		}
		EObject first = seen.putIfAbsent(name, element);
		if (first != null) {
			error("Duplicate name '" + name + "': already declared on line " + line(first), element, nameFeature,
					IssueCodes.DUPLICATE_NAME);
		}
	}

	@Check
	public void checkUniqueCaptures(Rule rule) {
		Map<String, Capture> seen = new HashMap<>();
		for (Capture capture : RulesScopeProvider.capturesOf(rule)) {
			Capture first = seen.putIfAbsent(capture.getName(), capture);
			if (first != null && capture.getName() != null) {
				error("Duplicate capture '" + capture.getName() + "' in rule " + rule.getName(), capture,
						Literals.CAPTURE__NAME, IssueCodes.DUPLICATE_CAPTURE);
			}
		}
	}

	@Check
	public void checkUniqueRoles(EventType type) {
		Set<String> inherited = type.getSuperType() == null ? Set.of()
				: RulesScopeProvider.rolesOf(type.getSuperType()).stream().map(Role::getName)
						.collect(Collectors.toSet());
		Set<String> own = new LinkedHashSet<>();
		for (Role role : type.getRoles()) {
			if (!own.add(role.getName()) || inherited.contains(role.getName())) {
				error("Duplicate role '" + role.getName() + "' in event type " + type.getName(), role,
						Literals.ROLE__NAME, IssueCodes.DUPLICATE_ROLE);
			}
		}
	}

	@Check
	public void checkUniqueArguments(EventAction action) {
		Set<Role> bound = new LinkedHashSet<>();
		for (Argument argument : action.getArguments()) {
			if (argument.getRole() != null && !argument.getRole().eIsProxy() && !bound.add(argument.getRole())) {
				error("Role '" + argument.getRole().getName() + "' is bound twice", argument, Literals.ARGUMENT__ROLE,
						IssueCodes.DUPLICATE_ARGUMENT);
			}
		}
	}

	@Check
	public void checkUniqueLexiconEntries(Lexicon lexicon) {
		Map<String, LexiconEntry> seen = new HashMap<>();
		for (LexiconEntry entry : lexicon.getEntries()) {
			String key = entry.getText() == null ? "" : matchingKey(entry.getText(), lexicon.isExact());
			LexiconEntry first = seen.putIfAbsent(key, entry);
			if (first != null) {
				warning("Entry \"" + entry.getText() + "\" repeats \"" + first.getText() + "\" of lexicon "
						+ lexicon.getName(), entry, Literals.LEXICON_ENTRY__TEXT, IssueCodes.DUPLICATE_LEXICON_ENTRY);
			}
		}
	}

	/**
	 * The key an entry is matched by: case- and tone-placement-insensitive
	 * (the text layer's fold) unless the lexicon is exact; single spaces either way.
	 */
	private static String matchingKey(String text, boolean exact) {
		String spaced = text.strip().replaceAll("\\s+", " ");
		return exact ? Normalizer.normalize(spaced, Normalizer.Form.NFC) : VietnameseText.fold(spaced);
	}

	@Check
	public void checkEntityTypeHierarchy(EntityType type) {
		Set<EntityType> seen = new LinkedHashSet<>();
		for (EntityType current = type; current != null && !current.eIsProxy(); current = current.getSuperType()) {
			if (!seen.add(current)) {
				error("Entity type " + type.getName() + " extends itself", type, Literals.ENTITY_TYPE__SUPER_TYPE,
						IssueCodes.CYCLIC_TYPE_HIERARCHY);
				return;
			}
		}
	}

	@Check
	public void checkEventTypeHierarchy(EventType type) {
		Set<EventType> seen = new LinkedHashSet<>();
		for (EventType current = type; current != null && !current.eIsProxy(); current = current.getSuperType()) {
			if (!seen.add(current)) {
				error("Event type " + type.getName() + " extends itself", type, Literals.EVENT_TYPE__SUPER_TYPE,
						IssueCodes.CYCLIC_TYPE_HIERARCHY);
				return;
			}
		}
	}

	// ------------------------------------------------------------- schema

	@Check
	public void checkColor(EntityType type) {
		if (type.getColor() != null && !HEX_COLOR.matcher(type.getColor()).matches()) {
			error("Colour \"" + type.getColor() + "\" is not of the form #RRGGBB", type, Literals.ENTITY_TYPE__COLOR,
					IssueCodes.INVALID_COLOR);
		}
	}

	@Check
	public void checkColor(EventType type) {
		if (type.getColor() != null && !HEX_COLOR.matcher(type.getColor()).matches()) {
			error("Colour \"" + type.getColor() + "\" is not of the form #RRGGBB", type, Literals.EVENT_TYPE__COLOR,
					IssueCodes.INVALID_COLOR);
		}
	}

	@Check
	public void checkCameoCode(EventType type) {
		if (type.getCameo() != null && !CAMEO_CODE.matcher(type.getCameo()).matches()) {
			error("CAMEO code \"" + type.getCameo() + "\" must be 2 to 4 digits (e.g. \"040\")", type,
					Literals.EVENT_TYPE__CAMEO, IssueCodes.INVALID_CAMEO_CODE);
		}
	}

	@Check
	public void checkUniqueKeys(RuleFile file) {
		Map<String, Element> seen = new HashMap<>();
		for (Element element : file.getElements()) {
			String key = element instanceof EntityType type ? type.getKey()
					: element instanceof EventType type ? type.getKey() : null;
			if (key == null) {
				continue;
			}
			Element first = seen.putIfAbsent(key, element);
			if (first != null) {
				error("Key \"" + key + "\" is already used by " + first.getName(), element,
						element instanceof EntityType ? Literals.ENTITY_TYPE__KEY : Literals.EVENT_TYPE__KEY,
						IssueCodes.DUPLICATE_KEY);
			}
		}
	}

	// ----------------------------------------------------------- patterns

	@Check
	public void checkRegex(RegexPattern pattern) {
		if (pattern.getRegex() == null) {
			return;
		}
		try {
			java.util.regex.Pattern.compile(pattern.getRegex());
			if (PatternAnalysis.largestRegexRepetition(pattern.getRegex()) > PatternAnalysis.MAX_REPETITION) {
				error("A repetition of more than " + PatternAnalysis.MAX_REPETITION
						+ " in a regular expression is beyond the limit (it matches within one syllable): lower the bound",
						pattern, Literals.REGEX_PATTERN__REGEX, IssueCodes.INVALID_REPETITION_BOUNDS);
			}
		} catch (PatternSyntaxException invalid) {
			error("Invalid regular expression: " + invalid.getDescription()
					+ (invalid.getIndex() >= 0 ? " near index " + invalid.getIndex() : ""), pattern,
					Literals.REGEX_PATTERN__REGEX, IssueCodes.INVALID_REGEX);
		}
	}

	@Check
	public void checkPatternConsumesTokens(Rule rule) {
		if (rule.getPattern() != null && PatternAnalysis.canMatchEmpty(rule.getPattern())) {
			error("The pattern of rule " + rule.getName() + " can match without any token", rule,
					Literals.RULE__PATTERN, IssueCodes.PATTERN_MATCHES_EMPTY);
		}
	}

	@Check
	public void checkRepetition(Repetition repetition) {
		if (repetition.isUnboundedFromZero()) {
			error("'*' is unbounded: give an upper bound, e.g. {0,4}", repetition,
					Literals.REPETITION__UNBOUNDED_FROM_ZERO, IssueCodes.UNBOUNDED_REPETITION);
		} else if (repetition.isUnboundedFromOne()) {
			error("'+' is unbounded: give an upper bound, e.g. {1,4}", repetition,
					Literals.REPETITION__UNBOUNDED_FROM_ONE, IssueCodes.UNBOUNDED_REPETITION);
		} else if (repetition.isRange() && !PatternAnalysis.hasExplicitMax(repetition)) {
			error("{" + repetition.getMin() + ",} is unbounded: give an upper bound", repetition,
					Literals.REPETITION__RANGE, IssueCodes.UNBOUNDED_REPETITION);
		} else if (repetition.isRange() && repetition.getMax() < Math.max(1, repetition.getMin())) {
			error("Upper bound " + repetition.getMax() + " must be at least " + Math.max(1, repetition.getMin()),
					repetition, Literals.REPETITION__MAX, IssueCodes.INVALID_REPETITION_BOUNDS);
		} else if (!repetition.isOptional() && !repetition.isRange() && repetition.getMin() == 0
				&& !NodeModelUtils.findNodesForFeature(repetition, Literals.REPETITION__MIN).isEmpty()) {
			error("{0} repeats the element zero times: remove it", repetition, Literals.REPETITION__MIN,
					IssueCodes.INVALID_REPETITION_BOUNDS);
		} else if (PatternAnalysis.exceedsRepetitionLimit(repetition)) {
			error("A repetition of more than " + PatternAnalysis.MAX_REPETITION
					+ " is beyond the limit (a mention spans a few dozen syllables at most): lower the bound",
					repetition, repetition.isRange() && repetition.getMax() > PatternAnalysis.MAX_REPETITION
							? Literals.REPETITION__MAX : Literals.REPETITION__MIN,
					IssueCodes.INVALID_REPETITION_BOUNDS);
		}
	}

	@Check
	public void checkLiteral(LiteralPattern literal) {
		if (literal.getText() != null && literal.getText().isBlank()) {
			error("Empty literal: write the syllables to match", literal, Literals.LITERAL_PATTERN__TEXT,
					IssueCodes.EMPTY_LITERAL);
		}
	}

	@Check
	public void checkConfidence(Rule rule) {
		if (rule.getConfidence() == null) {
			return;
		}
		double confidence = Double.parseDouble(rule.getConfidence());
		if (confidence <= 0 || confidence > 1) {
			error("Confidence " + rule.getConfidence() + " must be greater than 0 and at most 1", rule,
					Literals.RULE__CONFIDENCE, IssueCodes.INVALID_CONFIDENCE);
		}
	}

	@Check(CheckType.NORMAL)
	public void checkShadowedRules(RuleFile file) {
		// Rules are compared only with earlier rules of the same structural hash: linear in the file, not quadratic.
		Map<Integer, List<Rule>> earlierByHash = new HashMap<>();
		for (Rule shadowed : EcoreUtil2.typeSelect(file.getElements(), Rule.class)) {
			List<Rule> candidates = earlierByHash.computeIfAbsent(matchHash(shadowed), hash -> new ArrayList<>());
			for (Rule shadowing : candidates) {
				if (shadowing.getPriority() >= shadowed.getPriority() && sameMatch(shadowing, shadowed)) {
					warning("Rule " + shadowed.getName() + " matches exactly what rule " + shadowing.getName()
							+ " (priority " + shadowing.getPriority() + ") matches first: it never applies",
							shadowed, Literals.ELEMENT__NAME, IssueCodes.RULE_SHADOWED);
					break;
				}
			}
			candidates.add(shadowed);
		}
	}

	/** A hash equal for rules whose patterns are equal as {@link #sameMatch} compares them. */
	private static int matchHash(Rule rule) {
		return Objects.hash(PatternAnalysis.structuralHash(rule.getBefore()),
				PatternAnalysis.structuralHash(rule.getPattern()), PatternAnalysis.structuralHash(rule.getAfter()));
	}

	private static boolean sameMatch(Rule first, Rule second) {
		return first.getPattern() != null && EcoreUtil.equals(first.getPattern(), second.getPattern())
				&& PatternAnalysis.sameContexts(first, second);
	}

	// ------------------------------------------------------------ actions

	@Check
	public void checkArgumentType(Argument argument) {
		Role role = argument.getRole();
		if (role == null || role.eIsProxy()) {
			return;
		}
		if (argument.isNearest()) {
			EntityType type = argument.getNearestType();
			if (type != null && !type.eIsProxy() && !accepts(role, type)) {
				error(mismatch(role, type), argument, Literals.ARGUMENT__NEAREST_TYPE, IssueCodes.ROLE_TYPE_MISMATCH);
			}
			return;
		}
		Capture capture = argument.getCapture();
		if (capture == null || capture.eIsProxy()) {
			return;
		}
		EntityType type = entityTypeOfCapture(capture);
		if (type != null && !accepts(role, type)) {
			error(mismatch(role, type), argument, Literals.ARGUMENT__CAPTURE, IssueCodes.ROLE_TYPE_MISMATCH);
		}
	}

	private static String mismatch(Role role, EntityType type) {
		EventType event = (EventType) role.eContainer();
		String accepted = role.getAccepts().stream().map(EntityType::getName).collect(Collectors.joining("|"));
		return "Role " + role.getName() + " of " + event.getName() + " accepts " + accepted + ", not " + type.getName();
	}

	/** Whether the role accepts the type or one of its super types; safe on cyclic hierarchies. */
	private static boolean accepts(Role role, EntityType type) {
		Set<EntityType> seen = new LinkedHashSet<>();
		for (EntityType current = type; current != null && !current.eIsProxy() && seen.add(current); current = current
				.getSuperType()) {
			if (role.getAccepts().contains(current)) {
				return true;
			}
		}
		return false;
	}

	/** The entity type a capture stands for: what it matches, or what the rule marks it as. */
	private static EntityType entityTypeOfCapture(Capture capture) {
		EntityType matched = PatternAnalysis.entityTypeOf(capture);
		if (matched != null) {
			return matched;
		}
		Rule rule = EcoreUtil2.getContainerOfType(capture, Rule.class);
		if (rule == null) {
			return null;
		}
		for (Action action : rule.getActions()) {
			if (action instanceof MarkAction mark && mark.getCapture() == capture && mark.getType() != null
					&& !mark.getType().eIsProxy()) {
				return mark.getType();
			}
		}
		return null;
	}

	@Check
	public void checkValueLexiconIsMatched(MarkAction mark) {
		if (!(mark.getValue() instanceof LexiconValue value) || value.getLexicon() == null
				|| value.getLexicon().eIsProxy()) {
			return;
		}
		EObject scope = mark.getCapture() != null && !mark.getCapture().eIsProxy() ? mark.getCapture()
				: EcoreUtil2.getContainerOfType(mark, Rule.class).getPattern();
		boolean matched = scope != null && EcoreUtil2.getAllContentsOfType(scope, ReferencePattern.class).stream()
				.anyMatch(reference -> reference.getTarget() == value.getLexicon());
		if (!matched) {
			warning("Lexicon " + value.getLexicon().getName() + " is not matched "
					+ (mark.getCapture() != null ? "inside capture " + mark.getCapture().getName() : "by the pattern")
					+ ": the value will be missing", value, Literals.LEXICON_VALUE__LEXICON,
					IssueCodes.VALUE_LEXICON_NOT_MATCHED);
		}
	}

	@Check
	public void checkCapturesUsed(Rule rule) {
		Set<Capture> used = new LinkedHashSet<>();
		for (Action action : rule.getActions()) {
			if (action instanceof MarkAction mark) {
				used.add(mark.getCapture());
				if (mark.getValue() instanceof CaptureValue value) {
					used.add(value.getCapture());
				}
			} else if (action instanceof EventAction event) {
				used.add(event.getTrigger());
				event.getArguments().forEach(argument -> used.add(argument.getCapture()));
			}
		}
		for (Capture capture : RulesScopeProvider.capturesOf(rule)) {
			if (!used.contains(capture)) {
				warning("Capture '" + capture.getName() + "' is never used by an action", capture,
						Literals.CAPTURE__NAME, IssueCodes.UNUSED_CAPTURE);
			}
		}
	}

	// ----------------------------------------------------------- lexicons

	@Check
	public void checkLexiconUsed(Lexicon lexicon) {
		if (!usedLexicons(EcoreUtil.getRootContainer(lexicon)).contains(lexicon)) {
			warning("Lexicon " + lexicon.getName() + " is never used in this file", lexicon, Literals.ELEMENT__NAME,
					IssueCodes.UNUSED_LEXICON);
		}
	}

	/** The lexicons a file's patterns and values name, found once per validation (keyed by the file's root). */
	@SuppressWarnings("unchecked")
	private Set<EObject> usedLexicons(EObject root) {
		Map<Object, Object> context = getContext();
		return context == null ? PatternAnalysis.namedLexicons(root)
				: (Set<EObject>) context.computeIfAbsent(root, key -> PatternAnalysis.namedLexicons(root));
	}

	@Check
	public void checkLexiconContent(Lexicon lexicon) {
		if (lexicon.getFile() == null) {
			if (lexicon.getEntries().isEmpty()) {
				warning("Lexicon " + lexicon.getName() + " has no entries", lexicon, Literals.ELEMENT__NAME,
						IssueCodes.EMPTY_LEXICON);
			}
			return;
		}
		WordListFile.Content content;
		try {
			content = WordListFile.read(lexicon);
		} catch (IOException missing) {
			error("Word list \"" + lexicon.getFile() + "\" cannot be read: " + missing.getMessage(), lexicon,
					Literals.LEXICON__FILE, IssueCodes.LEXICON_FILE_MISSING);
			return;
		}
		if (!content.problems().isEmpty()) {
			error("Word list \"" + lexicon.getFile() + "\" is malformed: " + content.problems().stream()
					.map(WordListFile.Problem::message).collect(Collectors.joining("; ")), lexicon,
					Literals.LEXICON__FILE, IssueCodes.LEXICON_FILE_INVALID);
		} else if (content.entries().isEmpty()) {
			warning("Word list \"" + lexicon.getFile() + "\" has no entries", lexicon, Literals.LEXICON__FILE,
					IssueCodes.EMPTY_LEXICON);
		}
	}

	// ----------------------------------------------------------- datasets

	@Check
	public void checkSplit(Split split) {
		int sum = split.getTrain() + split.getDev() + split.getTest();
		if (sum != 100) {
			error("Split ratios " + split.getTrain() + " + " + split.getDev() + " + " + split.getTest() + " = " + sum
					+ ", not 100", split, null, IssueCodes.SPLIT_NOT_100);
		}
	}

	@Check
	public void checkOutputInsideProject(Dataset dataset) {
		String output = dataset.getOutput();
		if (output == null) {
			return;
		}
		if (!isInsideProject(output)) {
			error("Output folder \"" + output + "\" is outside the project: give a relative path such as \"datasets/"
					+ dataset.getName() + "\"", dataset, Literals.DATASET__OUTPUT, IssueCodes.OUTPUT_OUTSIDE_PROJECT);
		}
	}

	/** A project-relative path that stays in the project once normalized. */
	public static boolean isInsideProject(String output) {
		if (output.isBlank() || output.startsWith("/") || output.startsWith("\\") || output.startsWith("~")
				|| output.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
			return false;
		}
		try {
			Path normalized = Path.of(output.replace('\\', '/')).normalize();
			return !normalized.isAbsolute() && !normalized.toString().isEmpty()
					&& !normalized.startsWith("..");
		} catch (InvalidPathException invalid) {
			return false;
		}
	}

	@Check
	public void checkDatasetComplete(Dataset dataset) {
		List<String> missing = new ArrayList<>();
		if (dataset.getFormats().isEmpty()) {
			missing.add("format");
		}
		if (dataset.getOutput() == null) {
			missing.add("to");
		}
		if (!missing.isEmpty()) {
			error("Dataset " + dataset.getName() + " needs " + String.join(" and ", missing), dataset,
					Literals.ELEMENT__NAME, IssueCodes.DATASET_INCOMPLETE);
		}
	}

	// -------------------------------------------------------------- utils

	/**
	 * A check that fails on a broken model must not throw nor vanish (Xtext's
	 * default drops NullPointerExceptions): it becomes a visible error.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable exception) {
		EObject current = getCurrentObject();
		if (current == null) {
			super.handleExceptionDuringValidation(exception);
			return;
		}
		error("This element could not be checked (an internal error of the checker; please report it with the rule"
				+ " file)", current, null, IssueCodes.INTERNAL_VALIDATION_ERROR);
	}

	private static int line(EObject element) {
		INode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 0 : node.getStartLine();
	}
}
