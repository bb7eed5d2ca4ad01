package org.dipanno.ui.rules;

import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.engine.rules.EngineRulesSetup;
import org.dipanno.engine.rules.RuleFileCompiler;
import org.dipanno.rules.defaults.DefaultRuleFiles;
import org.dipanno.rules.model.RuleFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The rule set the workbench applies: the bundled default rules for the diplomatic schema, parsed with the rule
 * language and compiled once per session.
 */
public final class WorkbenchRules {

	private static Injector injector;
	private static RuleFileCompiler.CompiledRules defaultRules;

	private WorkbenchRules() {
	}

	/** The compiled default rule set (compiled on first use). */
	public static synchronized RuleFileCompiler.CompiledRules defaultRules() {
		if (defaultRules == null) {
			XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
			Resource resource = resourceSet.getResource(
					DefaultRuleFiles.resolveWellKnownName(DefaultRuleFiles.DIPLOMATIC_RULES).orElseThrow(), true);
			if (!resource.getErrors().isEmpty()) {
				throw new IllegalStateException("The default rule file does not parse: " + resource.getErrors().get(0));
			}
			defaultRules = RuleFileCompiler.compile((RuleFile) resource.getContents().get(0), VietnameseKeys.INSTANCE,
					EngineOptions.defaults());
		}
		return defaultRules;
	}

	private static Injector injector() {
		if (injector == null) {
			injector = new EngineRulesSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
