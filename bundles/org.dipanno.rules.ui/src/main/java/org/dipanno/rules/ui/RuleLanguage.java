package org.dipanno.rules.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.engine.rules.EngineRulesModule;
import org.dipanno.rules.ide.RulesIdeModule;
import org.dipanno.rules.ide.RulesIdeSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Modules2;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The rule language for the editor: the Xtext runtime with its generic IDE services (content assist, semantic
 * highlighting, hover, symbols, formatting), and the engine registered to run examples, as the command line and the
 * language server use it.
 */
public final class RuleLanguage {

	private static Injector injector;

	private RuleLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			RuleSets.injector();
			injector = new RulesIdeSetup() {
				@Override
				public Injector createInjector() {
					// the ide services over the engine's runtime module: examples run through the engine
					return Guice.createInjector(Modules2.mixin(new EngineRulesModule(), new RulesIdeModule()));
				}
			}.createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * Parses the text as the file at the URI (in a resource set of its own, so imports and word lists resolve beside
	 * the file) with every cross-reference resolved.
	 */
	public static XtextResource parse(URI uri, String text) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		resourceSet.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					resourceSet.getLoadOptions());
		} catch (IOException e) {
			throw new IllegalStateException("reading from memory failed", e);
		}
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		return resource;
	}

	/** Every diagnostic of a parsed file: syntax, links, checks and its examples run through the engine. */
	public static List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
	}
}
