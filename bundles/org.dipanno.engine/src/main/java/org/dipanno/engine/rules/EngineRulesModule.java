package org.dipanno.engine.rules;

import org.dipanno.rules.RulesRuntimeModule;
import org.dipanno.rules.examples.ExampleEvaluator;

/**
 * The rule language's services with the engine present: a rule file's examples are run through the engine when it
 * is validated (as Xtext's arithmetics example injects its calculator into its validator).
 */
public class EngineRulesModule extends RulesRuntimeModule {

	public Class<? extends ExampleEvaluator> bindExampleEvaluator() {
		return EngineExampleEvaluator.class;
	}
}
