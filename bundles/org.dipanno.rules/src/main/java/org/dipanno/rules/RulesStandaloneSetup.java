package org.dipanno.rules;

/** Registers the rule language outside OSGi (tests, command line, engine). */
public class RulesStandaloneSetup extends RulesStandaloneSetupGenerated {

	public static void doSetup() {
		new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
