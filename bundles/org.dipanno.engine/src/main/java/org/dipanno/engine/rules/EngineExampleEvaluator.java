package org.dipanno.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.engine.DocumentResult;
import org.dipanno.engine.EngineOptions;
import org.dipanno.engine.EntityProposal;
import org.dipanno.engine.EventProposal;
import org.dipanno.engine.corpus.EngineDocuments;
import org.dipanno.engine.lexicon.VietnameseKeys;
import org.dipanno.text.ArticleAnalyzer;
import org.dipanno.text.TextNormalizer;
import org.dipanno.engine.document.EngineDocument;
import org.dipanno.rules.examples.ExampleEvaluator;
import org.dipanno.rules.examples.ExampleOutcome;
import org.dipanno.rules.model.Example;
import org.dipanno.rules.model.RuleFile;

/**
 * Runs a rule file's examples through the real engine, so that the validator can say, on the example, what was
 * expected and what the rules produced. Bound by {@link EngineRulesModule}, which the command line, the workbench and
 * tests validate with.
 */
public final class EngineExampleEvaluator implements ExampleEvaluator {

	@Override
	public ExampleOutcome evaluate(RuleFile file, Example example) {
		var compiled = RuleFileCompiler.compile(file, VietnameseKeys.INSTANCE, EngineOptions.defaults());
		EngineDocument document = EngineDocuments.asBody("example",
				ArticleAnalyzer.analyze(TextNormalizer.normalize(example.getText())));
		DocumentResult result = compiled.engine().run(document);
		if (!result.problems().isEmpty()) {
			throw new IllegalStateException(result.problems().get(0).toString());
		}
		String text = document.text();
		List<ExampleOutcome.Entity> entities = new ArrayList<>();
		for (EntityProposal entity : result.entities()) {
			entities.add(new ExampleOutcome.Entity(entity.type(), entity.text(text), entity.normalizedValue()));
		}
		List<ExampleOutcome.Event> events = new ArrayList<>();
		for (EventProposal event : result.events()) {
			Map<String, String> arguments = new LinkedHashMap<>();
			for (EventProposal.EventArgument argument : event.arguments()) {
				arguments.putIfAbsent(argument.role(), argument.text(text));
			}
			events.add(new ExampleOutcome.Event(event.type(), text.substring(event.start(), event.end()), arguments));
		}
		return new ExampleOutcome(entities, events);
	}
}
