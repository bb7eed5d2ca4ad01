package org.dipanno.rules.validation;

import java.util.Optional;

import org.dipanno.rules.examples.ExampleCheck;
import org.dipanno.rules.examples.ExampleEvaluator;
import org.dipanno.rules.examples.ExampleOutcome;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.ModelPackage.Literals;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * Runs a rule file's examples as tests, through the {@link ExampleEvaluator} the rule engine binds (composed into
 * {@link RulesValidator}). Without an evaluator (the plain language) each example is reported as not run, never as
 * passed.
 */
public class ExampleValidator extends AbstractDeclarativeValidator {

	@Inject(optional = true)
	private ExampleEvaluator exampleEvaluator;

	/** Registered as part of {@link RulesValidator}, not on its own. */
	@Override
	public void register(EValidatorRegistrar registrar) {
	}

	@Check(CheckType.NORMAL)
	public void checkExample(Example example) {
		Optional<ExampleEvaluator> evaluator = Optional.ofNullable(exampleEvaluator);
		if (evaluator.isEmpty()) {
			info("Example not run: no rule engine available", example, Literals.EXAMPLE__TEXT,
					IssueCodes.EXAMPLE_NOT_RUN);
			return;
		}
		if (example.getText() == null || !(EcoreUtil.getRootContainer(example) instanceof RuleFile file)) {
			return;
		}
		if (!file.eResource().getErrors().isEmpty() || PatternAnalysis.hasRepetitionBeyondLimits(file)) {
			info("Example not run: the rule file has errors; fix them first", example, Literals.EXAMPLE__TEXT,
					IssueCodes.EXAMPLE_NOT_RUN);
			return;
		}
		ExampleOutcome outcome;
		try {
			outcome = evaluator.get().evaluate(file, example);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
			// The author cannot act on a Java exception; the rules are what to look at.
			error("Example could not be run: the engine could not compile or run the rules for it; check the rules"
					+ " it uses for errors", example, Literals.EXAMPLE__TEXT, IssueCodes.EXAMPLE_EVALUATION_ERROR);
			return;
		}
		for (ExampleCheck.Failure failure : ExampleCheck.check(example, outcome)) {
			if (failure.expectation() == null) {
				error(failure.message(), example, Literals.EXAMPLE__NOTHING, IssueCodes.EXAMPLE_FAILED);
			} else {
				error(failure.message(), failure.expectation(), null, IssueCodes.EXAMPLE_FAILED);
			}
		}
	}
}
