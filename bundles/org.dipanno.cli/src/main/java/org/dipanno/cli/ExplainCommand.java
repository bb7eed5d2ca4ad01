package org.dipanno.cli;

import java.util.List;
import java.util.Set;

import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.corpus.EngineDocuments;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;

/** Why a document gets its proposals: the rule of each one, and which matches lost a conflict to which, and why. */
final class ExplainCommand implements Command {

	@Override
	public String name() {
		return "explain";
	}

	@Override
	public String summary() {
		return "explain one document's proposals: the rule of each, and which matches lost a conflict and why";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli explain [--corpus DIR] [--rules FILE] DOCUMENT_ID

				Runs the rules on the document (without saving anything) and prints each proposal with
				the rule (file:line) that made it, and each match that lost a conflict, to which
				proposal, and by which criterion (earlier stage, priority, length, position, rule order).

				  --corpus DIR   corpus folder (default workspace/corpus)
				  --rules FILE   a .dar file, or a bundled one by name (default: the corpus's
				                 rules/*.dar, else the bundled diplomatic-rules)""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, CommandRules.OPTION), Set.of());
		if (parsed.operands().size() != 1) {
			throw new UsageException("explain takes one document id");
		}
		var compiled = CommandRules.compile(CommandRules.of(parsed, CorpusFolder.of(parsed)), console);
		if (compiled == null) {
			return 1;
		}
		Corpus corpus = CorpusFolder.load(CorpusFolder.of(parsed), console);
		Document document = corpus.findDocument(parsed.operands().get(0));
		if (document == null) {
			throw new UsageException("no document \"" + parsed.operands().get(0) + "\" in the corpus (see dipanno-cli stats)");
		}
		DocumentResult result = compiled.engine().run(EngineDocuments.of(document, compiled.engine().options().keys()));
		console.out().print(result.explanation().render());
		return 0;
	}
}
