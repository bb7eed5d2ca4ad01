package org.dipanno.rules.validation;

import org.dipanno.rules.model.Capture;
import org.dipanno.rules.model.ModelPackage.Literals;
import org.dipanno.rules.model.Pattern;
import org.dipanno.rules.model.Rule;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Checks of {@code not preceded by (…)} and {@code not followed by (…)}, composed into {@link RulesValidator}. */
public class NegatedContextValidator extends AbstractDeclarativeValidator {

	/**
	 * A negated context ({@code not preceded by}, {@code not followed by}) binds nothing, since it matches where the
	 * text is not; and one that can match no token would hold everywhere, so the rule could never match.
	 */
	@Check
	public void checkNegatedContexts(Rule rule) {
		checkNegatedContext(rule, rule.getNotBefore(), Literals.RULE__NOT_BEFORE);
		checkNegatedContext(rule, rule.getNotAfter(), Literals.RULE__NOT_AFTER);
	}

	private void checkNegatedContext(Rule rule, Pattern context, EReference feature) {
		if (context == null) {
			return;
		}
		for (Capture capture : EcoreUtil2.getAllContentsOfType(context, Capture.class)) {
			error("Capture " + capture.getName() + " is in a negated context, which matches nothing to bind", capture,
					Literals.CAPTURE__NAME, IssueCodes.CAPTURE_IN_NEGATED_CONTEXT);
		}
		if (context instanceof Capture capture) {
			error("Capture " + capture.getName() + " is in a negated context, which matches nothing to bind", capture,
					Literals.CAPTURE__NAME, IssueCodes.CAPTURE_IN_NEGATED_CONTEXT);
		}
		if (PatternAnalysis.canMatchEmpty(context)) {
			error("This negated context can match without any token, so rule " + rule.getName() + " would never match",
					rule, feature, IssueCodes.NEGATED_CONTEXT_MATCHES_EMPTY);
		}
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into RulesValidator, which registers for the package
	}

	@Override
	protected java.util.List<EPackage> getEPackages() {
		return java.util.List.of(org.dipanno.rules.model.ModelPackage.eINSTANCE);
	}
}
