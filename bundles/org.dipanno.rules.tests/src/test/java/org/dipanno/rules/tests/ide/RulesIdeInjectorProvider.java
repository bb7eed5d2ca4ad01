package org.dipanno.rules.tests.ide;

import org.dipanno.rules.ide.RulesIdeModule;
import org.dipanno.rules.ide.RulesIdeSetup;
import org.dipanno.rules.tests.RulesInjectorProvider;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The generated test injector plus the generic ide services, as an editor gets them. */
public class RulesIdeInjectorProvider extends RulesInjectorProvider {

	@Override
	protected Injector internalCreateInjector() {
		return new RulesIdeSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(createRuntimeModule(), new RulesIdeModule()));
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
