package org.dipanno.rules.examples;

import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.RuleFile;

/**
 * Runs the rules of a file on the text of one of its examples. The rule
 * engine (a later bundle that depends on this one) implements it and binds it
 * in its Guice module for the language; the validator, given one, checks each
 * example against what the rules produce (without one, examples are reported
 * as not run).
 */
public interface ExampleEvaluator {

	/**
	 * What the rules of {@code file} (with its imports) produce on {@code example}'s text.
	 * May throw: the validator turns an exception into an error on the example.
	 */
	ExampleOutcome evaluate(RuleFile file, Example example);
}
