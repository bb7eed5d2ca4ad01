package org.dipanno.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.dipanno.engine.corpus.CorpusAnnotator;
import org.dipanno.export.DocumentSelector;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.SelectedDocument;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.export.model.ModelExportAdapter;
import org.dipanno.export.stats.SplitStats;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.custom.Corpora;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.text.TextImportException;

/**
 * Converts the articles of one partition the way {@code dipanno-cli import}, {@code annotate} and
 * {@code export --set rules} do: import into a corpus with the default schema and actors, rules applied, the rules
 * set converted and its zones selected for export, each format rendered (brat as the document's own files). The
 * corpus holds one document at a time.
 */
final class ArticleConverter {

	private final CorpusAnnotator annotator;
	private final Set<String> zones;
	private final List<DatasetOutput> outputs;
	private final TagScheme huggingFaceScheme;
	private final List<String> labels;
	private final boolean brat;
	private final Corpus corpus = Corpora.create("spark", "spark");

	/** @param brat whether each document's brat files are rendered too */
	ArticleConverter(RuleSet rules, Set<String> zones, List<DatasetOutput> outputs, TagScheme huggingFaceScheme,
			List<String> labels, boolean brat) {
		this.annotator = new CorpusAnnotator(rules.compiled().engine());
		this.zones = zones;
		this.outputs = outputs;
		this.huggingFaceScheme = huggingFaceScheme;
		this.labels = labels;
		this.brat = brat;
	}

	/** The partition's articles converted one by one, as they are consumed. */
	Iterator<ConvertedArticle> convert(Iterator<ArticleInput> inputs) {
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return inputs.hasNext();
			}

			@Override
			public ConvertedArticle next() {
				return convert(inputs.next());
			}
		};
	}

	ConvertedArticle convert(ArticleInput input) {
		long bytes = input.raw() == null ? 0 : input.raw().length;
		if (input.failure() != null) {
			return ConvertedArticle.failed(input.order(), input.source(), null, input.failure(), bytes);
		}
		String id = ArticleImporter.documentId(input.sourceName());
		Document document = null;
		try {
			document = ArticleImporter.importArticle(corpus, input.raw(), input.sourceName());
			CorpusAnnotator.DocumentReport report = annotator.annotate(document);
			ExportDocument exported = ModelExportAdapter.toExportDocument(document, AnnotationSelection.ruleProposals());
			SelectedDocument selected = DocumentSelector.select(exported, zones);
			List<String> contents = new ArrayList<>(outputs.size());
			for (DatasetOutput output : outputs) {
				contents.add(output.render(selected, huggingFaceScheme, labels));
			}
			return new ConvertedArticle(input.order(), input.source(), id, null, List.copyOf(contents),
					brat ? BratDocument.of(selected) : null, SplitStats.of(List.of(selected)), report.problems().size(),
					bytes);
		} catch (TextImportException | RuntimeException e) {
			String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			return ConvertedArticle.failed(input.order(), input.source(), id,
					message.contains(input.sourceName()) ? message : input.source() + ": " + message, bytes);
		} finally {
			if (document != null) {
				corpus.getDocuments().remove(document);
			}
		}
	}
}
