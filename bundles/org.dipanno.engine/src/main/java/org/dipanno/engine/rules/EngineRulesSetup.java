package org.dipanno.engine.rules;

import org.dipanno.rules.RulesStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Sets the rule language up outside Eclipse with {@link EngineRulesModule}: what the command line, the workbench and
 * tests use to load and validate rule files ({@code new EngineRulesSetup().createInjectorAndDoEMFRegistration()}).
 */
public class EngineRulesSetup extends RulesStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(new EngineRulesModule());
	}
}
