package org.dipanno.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.dipanno.export.agreement.AgreementCalculator;
import org.dipanno.export.agreement.AgreementDocument;
import org.dipanno.export.agreement.AgreementMarkdown;
import org.dipanno.export.model.ModelExportAdapter;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;

/** Inter-annotator agreement of two or more annotators' sets, per document and over the corpus, as Markdown. */
final class AgreementCommand implements Command {

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public String summary() {
		return "inter-annotator agreement: span F1 (exact, overlap) per type, Cohen's/Fleiss' kappa, events";
	}

	@Override
	public String help() {
		return """
				Usage: dipanno-cli agreement --annotators A,B[,C...] [--corpus DIR] [--zones LIST]

				Compares the annotators' sets on the documents: span-level exact and overlap F1 per
				type and overall, Cohen's kappa (two annotators) or Fleiss' kappa (more) on syllable
				token labels, and event agreement on trigger+type and on arguments. Prints Markdown.

				  --annotators LIST   comma-separated annotator names (at least two)
				  --corpus DIR        corpus folder (default workspace/corpus)
				  --zones LIST        zone kinds compared (default BODY,LEAD)""";
	}

	@Override
	public int run(List<String> arguments, Console console) throws Exception {
		Arguments parsed = Arguments.parse(arguments, Set.of(CorpusFolder.OPTION, "annotators", "zones"), Set.of());
		List<String> annotators = new ArrayList<>(new LinkedHashSet<>(
				List.of(parsed.value("annotators", "").split(",")).stream().map(String::strip)
						.filter(s -> !s.isEmpty()).toList()));
		if (annotators.size() < 2) {
			throw new UsageException("agreement needs --annotators with at least two names, e.g. --annotators lan,minh");
		}
		Set<String> zones = new LinkedHashSet<>();
		for (String zone : parsed.value("zones", "BODY,LEAD").split(",")) {
			zones.add(zone.strip().toUpperCase(java.util.Locale.ROOT));
		}
		Corpus corpus = CorpusFolder.load(CorpusFolder.of(parsed), console);
		List<AgreementDocument> documents = new ArrayList<>();
		for (Document document : corpus.getDocuments()) {
			documents.add(ModelExportAdapter.agreementDocument(document, annotators, zones));
		}
		console.out().print(AgreementMarkdown.render(AgreementCalculator.compute(documents)));
		return 0;
	}
}
