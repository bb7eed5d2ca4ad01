package org.dipanno.rules;

import org.dipanno.rules.conversion.RulesValueConverters;
import org.dipanno.rules.formatting2.RulesFormatter;
import org.dipanno.rules.parsing.NestingLimitedParser;
import org.dipanno.rules.parsing.RulesSyntaxErrorMessages;
import org.dipanno.rules.linking.RulesLinkingDiagnosticMessageProvider;
import org.dipanno.rules.scoping.RulesImportUriGlobalScopeProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleLocalScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Runtime services of the rule language; only bindings live here. */
public class RulesRuntimeModule extends AbstractRulesRuntimeModule {

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return RulesImportUriGlobalScopeProvider.class;
	}

	/** Names in a rule file are simple: no namespaces, no qualified imports. */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(SimpleLocalScopeProvider.class);
	}

	public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
		return RulesLinkingDiagnosticMessageProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return RulesValueConverters.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return RulesFormatter.class;
	}

	/** The generated parser with a limit on nested groups (deep nesting would overflow the stack). */
	@Override
	public Class<? extends IParser> bindIParser() {
		return NestingLimitedParser.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return RulesSyntaxErrorMessages.class;
	}
}
