package org.dipanno.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Future;

import org.dipanno.engine.rules.RuleSets;
import org.dipanno.engine.rules.EngineRulesModule;
import org.dipanno.rules.ide.RulesIdeModule;
import org.dipanno.rules.ide.RulesIdeSetup;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * Serves the rule language over standard input and output with Xtext's language server (LSP4J's JSON-RPC): the
 * editor's diagnostics (examples run through the engine), completion, hover, symbols, definitions and formatting
 * in VS Code, Neovim, Emacs or any LSP client.
 */
final class LspCommand implements Command {

	@Override
	public String name() {
		return "lsp";
	}

	@Override
	public String summary() {
		return "serve the rule language to editors (Language Server Protocol over standard input and output)";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli lsp

				Runs the rule language's server on standard input and output until the client closes
				them: diagnostics as you type (the same checks as dipanno-cli validate, examples run
				through the engine), completion, hover, document symbols, go to definition across
				imported files, and formatting of .dar files. Point an editor's LSP client at
				"dipanno-cli lsp" for files ending in .dar. Nothing but the protocol is written to
				standard output; logs go to standard error.""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		if (!arguments.isEmpty()) {
			throw new UsageException("lsp takes no arguments");
		}
		OutputStream protocol = System.out;
		// Anything printed by libraries would corrupt the protocol's stream.
		System.setOut(System.err);
		start(System.in, protocol).get();
		return 0;
	}

	/** Starts a server that reads requests from {@code in} and writes to {@code out}; done when {@code in} closes. */
	static Future<Void> start(InputStream in, OutputStream out) {
		RuleSets.injector();
		ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
		languages.getExtensionToFactoryMap().put(RuleSets.EXTENSION,
				new RulesIdeSetup() {
					@Override
					public Injector createInjector() {
						// the ide services over the engine's runtime module: examples run through the engine
						return Guice.createInjector(Modules2.mixin(new EngineRulesModule(), new RulesIdeModule()));
					}
				}.createInjectorAndDoEMFRegistration().getInstance(IResourceServiceProvider.class));
		LanguageServerImpl server = Guice.createInjector(Modules2.mixin(new ServerModule(),
				binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(languages)))
				.getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}
}
