package org.dipanno.rules.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Content assist (Ctrl+Space) from the language's IDE proposal provider: keywords, entity and event types, roles,
 * lexicons, token classes, captures and rule names that fit where the caret is.
 */
final class RuleContentAssistProcessor implements IContentAssistProcessor {

	private static final ExecutorService PARSER_POOL = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "rule content assist");
		thread.setDaemon(true);
		return thread;
	});

	private final RuleFileEditor editor;

	RuleContentAssistProcessor(RuleFileEditor editor) {
		this.editor = editor;
	}

	/** The proposals at an offset of a text, best first (public for tests of the editor). */
	static List<ContentAssistEntry> entries(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = RuleLanguage.injector().getInstance(ContentAssistContextFactory.class);
		factory.setPool(PARSER_POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = RuleLanguage.injector().getInstance(IdeContentProposalAcceptor.class);
		RuleLanguage.injector().getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts),
				acceptor);
		Set<String> seen = new LinkedHashSet<>();
		List<ContentAssistEntry> entries = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			if (entry.getProposal() != null && seen.add(entry.getProposal() + "\u0000" + entry.getPrefix())) {
				entries.add(entry);
			}
		}
		return entries;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		XtextResource resource = RuleLanguage.parse(editor.resourceUri(), text);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : entries(resource, text, offset)) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			int start = Math.max(0, offset - prefix.length());
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			String description = entry.getDescription() == null ? null : label + " — " + entry.getDescription();
			proposals.add(new CompletionProposal(entry.getProposal(), start, offset - start,
					entry.getProposal().length(), null, description == null ? label : description, null,
					entry.getDocumentation()));
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { ':' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
