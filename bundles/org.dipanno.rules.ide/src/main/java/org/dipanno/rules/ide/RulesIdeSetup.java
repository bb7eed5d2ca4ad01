package org.dipanno.rules.ide;

import org.dipanno.rules.RulesRuntimeModule;
import org.dipanno.rules.RulesStandaloneSetup;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates the injector with the runtime and the ide services of the rule language. */
public class RulesIdeSetup extends RulesStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new RulesRuntimeModule(), new RulesIdeModule()));
	}
}
