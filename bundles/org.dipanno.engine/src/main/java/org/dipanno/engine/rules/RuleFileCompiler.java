package org.dipanno.engine.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dipanno.engine.Action;
import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.RuleCompilationException;
import org.dipanno.engine.RuleEngine;
import org.dipanno.engine.lexicon.Lexicon;
import org.dipanno.engine.lexicon.MatchingKeys;
import org.dipanno.engine.lexicon.SyllableVocabulary;
import org.dipanno.engine.patterns.PatternElement;
import org.dipanno.engine.patterns.Patterns;
import org.dipanno.engine.patterns.TokenClass;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.lexicon.WordListFile;
import org.dipanno.rules.model.Alternatives;
import org.dipanno.rules.model.AnchorPattern;
import org.dipanno.rules.model.Argument;
import org.dipanno.rules.model.Boundary;
import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.CaptureValue;
import org.dipanno.rules.model.ConstantValue;
import org.dipanno.rules.model.Direction;
import org.dipanno.rules.model.EntityType;
import org.dipanno.rules.model.EventAction;
import org.dipanno.rules.model.GroupPattern;
import org.dipanno.rules.model.Import;
import org.dipanno.rules.model.LexiconEntry;
import org.dipanno.rules.model.LexiconValue;
import org.dipanno.rules.model.LiteralPattern;
import org.dipanno.rules.model.MarkAction;
import org.dipanno.rules.model.Pattern;
import org.dipanno.rules.model.ReferencePattern;
import org.dipanno.rules.model.RegexPattern;
import org.dipanno.rules.model.Repetition;
import org.dipanno.rules.model.Rule;
import org.dipanno.rules.model.RuleFile;
import org.dipanno.rules.model.ModelPackage;
import org.dipanno.rules.model.Sequence;
import org.dipanno.rules.model.TokenClassPattern;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Compiles a parsed rule file, with everything it imports, into the engine's pattern IR and lexicons, once; the
 * resulting {@link RuleEngine} is applied to any number of documents. The rule language's model is the only source:
 * nothing here re-parses rule text.
 */
public final class RuleFileCompiler {

	/** A compiled rule set: the engine, and the files its rules came from (the given file first). */
	public record CompiledRules(RuleEngine engine, List<String> files, List<org.dipanno.engine.Rule> rules) {
	}

	private final MatchingKeys keys;
	private final SyllableVocabulary vocabulary = new SyllableVocabulary();

	private RuleFileCompiler(MatchingKeys keys) {
		this.keys = keys;
	}

	/**
	 * Compiles the file and its imports.
	 *
	 * @throws RuleCompilationException naming the file, line and problem (e.g. an unreadable word list)
	 */
	public static CompiledRules compile(RuleFile file, MatchingKeys keys, EngineOptions options) {
		return new RuleFileCompiler(keys).run(List.of(file), options);
	}

	/**
	 * Compiles several files and their imports as one rule set (each file once, in the given order).
	 *
	 * @throws RuleCompilationException naming the file, line and problem (e.g. an unreadable word list)
	 */
	public static CompiledRules compile(List<RuleFile> roots, MatchingKeys keys, EngineOptions options) {
		return new RuleFileCompiler(keys).run(roots, options);
	}

	private CompiledRules run(List<RuleFile> roots, EngineOptions options) {
		Set<Resource> seen = new LinkedHashSet<>();
		List<RuleFile> files = new ArrayList<>();
		for (RuleFile root : roots) {
			collect(root, seen, files);
		}
		Map<String, Lexicon> lexicons = new LinkedHashMap<>();
		List<org.dipanno.engine.Rule> rules = new ArrayList<>();
		for (RuleFile each : files) {
			for (var element : each.getElements()) {
				if (element instanceof org.dipanno.rules.model.Lexicon lexicon && !lexicons.containsKey(lexicon.getName())) {
					lexicons.put(lexicon.getName(), lexicon(lexicon));
				}
			}
		}
		for (RuleFile each : files) {
			for (var element : each.getElements()) {
				if (element instanceof Rule rule) {
					rules.add(rule(rule));
				}
			}
		}
		RuleEngine engine = RuleEngine.compile(rules, List.copyOf(lexicons.values()), options.withKeys(keys));
		return new CompiledRules(engine, files.stream().map(f -> fileName(f.eResource())).toList(), rules);
	}

	/** The file and every file it imports, directly or not, each once, the given file first. */
	public static List<RuleFile> closure(RuleFile file) {
		Set<Resource> seen = new LinkedHashSet<>();
		List<RuleFile> files = new ArrayList<>();
		collect(file, seen, files);
		return files;
	}

	private static void collect(RuleFile file, Set<Resource> seen, List<RuleFile> files) {
		Resource resource = file.eResource();
		if (resource == null || !seen.add(resource)) {
			return;
		}
		files.add(file);
		for (Import imported : file.getImports()) {
			String importUri = imported.getImportURI();
			if (importUri == null || importUri.isBlank()) {
				continue;
			}
			URI uri = DefaultRuleFiles.resolveWellKnownName(importUri)
					.orElseGet(() -> URI.createURI(importUri).resolve(resource.getURI()));
			Resource target;
			try {
				target = resource.getResourceSet().getResource(uri, true);
			} catch (RuntimeException e) {
				throw new RuleCompilationException(fileName(resource) + ":" + line(imported) + ": cannot import \""
						+ importUri + "\": " + e.getMessage());
			}
			if (!target.getContents().isEmpty() && target.getContents().get(0) instanceof RuleFile importedFile) {
				collect(importedFile, seen, files);
			}
		}
	}

	private Lexicon lexicon(org.dipanno.rules.model.Lexicon declared) {
		Lexicon.Builder builder = Lexicon.builder(declared.getName(), vocabulary, keys);
		if (declared.getFile() != null) {
			WordListFile.Content content;
			try {
				content = WordListFile.read(declared);
			} catch (IOException e) {
				throw new RuleCompilationException(fileName(declared.eResource()) + ":" + line(declared) + ": lexicon "
						+ declared.getName() + ": cannot read \"" + declared.getFile() + "\": " + e.getMessage());
			}
			for (WordListFile.Entry entry : content.entries()) {
				builder.add(entry.text(), entry.value(), declared.isExact());
			}
		} else {
			for (LexiconEntry entry : declared.getEntries()) {
				if (entry.getText() != null && !entry.getText().isBlank()) {
					builder.add(entry.getText(), entry.getValue(), declared.isExact());
				}
			}
		}
		return builder.build();
	}

	private org.dipanno.engine.Rule rule(Rule rule) {
		List<PatternElement> parts = new ArrayList<>();
		if (rule.getBefore() != null) {
			parts.add(Patterns.before(pattern(rule.getBefore())));
		}
		if (rule.getNotBefore() != null) {
			parts.add(Patterns.notBefore(pattern(rule.getNotBefore())));
		}
		parts.add(pattern(rule.getPattern()));
		if (rule.getAfter() != null) {
			parts.add(Patterns.after(pattern(rule.getAfter())));
		}
		if (rule.getNotAfter() != null) {
			parts.add(Patterns.notAfter(pattern(rule.getNotAfter())));
		}
		List<Action> actions = new ArrayList<>();
		for (var action : rule.getActions()) {
			if (action instanceof MarkAction mark) {
				actions.add(new Action.MarkEntity(mark.getType().getName(),
						mark.getCapture() == null ? null : mark.getCapture().getName(), value(mark)));
			} else if (action instanceof EventAction event) {
				actions.add(event(event));
			}
		}
		double confidence = rule.getConfidence() == null ? 1.0 : Double.parseDouble(rule.getConfidence());
		return new org.dipanno.engine.Rule(rule.getName(), Patterns.sequence(parts), actions, rule.getPriority(),
				confidence, new org.dipanno.engine.Provenance(rule.getName(), fileName(rule.eResource()), line(rule)));
	}

	private static Action.ValueSource value(MarkAction mark) {
		if (mark.getValue() instanceof LexiconValue) {
			return new Action.LexiconValue();
		}
		if (mark.getValue() instanceof CaptureValue capture) {
			return new Action.CaptureText(capture.getCapture().getName());
		}
		if (mark.getValue() instanceof ConstantValue constant) {
			return new Action.Constant(constant.getText());
		}
		return new Action.NoValue();
	}

	private static Action event(EventAction event) {
		List<Action.RoleBinding> roles = new ArrayList<>();
		for (Argument argument : event.getArguments()) {
			String role = argument.getRole().getName();
			if (argument.isNearest()) {
				String type = argument.getNearestType().getName();
				roles.add(argument.getDirection() == Direction.BEFORE ? Action.RoleBinding.nearestBefore(role, type)
						: argument.getDirection() == Direction.AFTER ? Action.RoleBinding.nearestAfter(role, type)
								: Action.RoleBinding.nearest(role, type));
			} else {
				roles.add(Action.RoleBinding.capture(role, argument.getCapture().getName()));
			}
		}
		return new Action.CreateEvent(event.getType().getName(), event.getTrigger().getName(), roles);
	}

	private PatternElement pattern(Pattern pattern) {
		if (pattern instanceof Alternatives alternatives) {
			return Patterns.anyOf(alternatives.getChoices().stream().map(this::pattern).toArray(PatternElement[]::new));
		}
		if (pattern instanceof Sequence sequence) {
			return Patterns.sequence(sequence.getElements().stream().map(this::pattern).toList());
		}
		if (pattern instanceof Capture capture) {
			return Patterns.capture(capture.getName(), pattern(capture.getElement()));
		}
		if (pattern instanceof Repetition repetition) {
			PatternElement element = pattern(repetition.getElement());
			if (repetition.isOptional()) {
				return Patterns.optional(element);
			}
			if (repetition.isUnboundedFromZero()) {
				return Patterns.repeat(element, 0, PatternElement.Repeat.UNBOUNDED);
			}
			if (repetition.isUnboundedFromOne()) {
				return Patterns.repeat(element, 1, PatternElement.Repeat.UNBOUNDED);
			}
			int min = repetition.getMin();
			int max = !repetition.isRange() ? min
					: repetition.eIsSet(ModelPackage.Literals.REPETITION__MAX) ? repetition.getMax()
							: PatternElement.Repeat.UNBOUNDED;
			return Patterns.repeat(element, min, max);
		}
		if (pattern instanceof LiteralPattern literal) {
			return new PatternElement.Literal(keys.split(literal.getText()), literal.isExact());
		}
		if (pattern instanceof ReferencePattern reference) {
			return reference.getTarget() instanceof EntityType type ? Patterns.entity(type.getName())
					: Patterns.lexicon(((org.dipanno.rules.model.Lexicon) reference.getTarget()).getName());
		}
		if (pattern instanceof TokenClassPattern tokenClass) {
			return Patterns.token(switch (tokenClass.getTokenClass()) {
			case CAPITALIZED -> TokenClass.CAPITALIZED;
			case ALL_CAPS -> TokenClass.UPPERCASE;
			case NUMBER -> TokenClass.NUMBER;
			case DATE_LIKE -> TokenClass.DATE_LIKE;
			case PUNCTUATION -> TokenClass.PUNCTUATION;
			case ANY -> TokenClass.ANY;
			});
		}
		if (pattern instanceof RegexPattern regex) {
			return Patterns.regex(regex.getRegex());
		}
		if (pattern instanceof AnchorPattern anchor) {
			return anchor.getBoundary() == Boundary.SENTENCE_START ? Patterns.sentenceStart() : Patterns.sentenceEnd();
		}
		if (pattern instanceof GroupPattern group) {
			return pattern(group.getPattern());
		}
		throw new RuleCompilationException(fileName(pattern.eResource()) + ":" + line(pattern)
				+ ": the engine has no translation for " + pattern.eClass().getName());
	}

	/** A short name of a rule file for provenance: the file name of a bundled default, else the file's path. */
	static String fileName(Resource resource) {
		if (resource == null || resource.getURI() == null) {
			return "?";
		}
		URI uri = resource.getURI();
		return uri.isFile() ? uri.toFileString() : uri.lastSegment();
	}

	static int line(org.eclipse.emf.ecore.EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getStartLine();
	}
}
