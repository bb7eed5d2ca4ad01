package org.dipanno.ui.tests;

import static org.dipanno.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.dipanno.export.DatasetFormat;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.export.model.CorpusDatasetExport;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Document;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.ui.corpus.WorkspaceCorpus;
import org.dipanno.ui.export.ExportDatasetJob;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting rule proposals takes the articles the rules ran on (not the others as if nothing were in them), and the
 * report warns when a split came out empty.
 */
class RuleProposalExportTest {

	@TempDir
	Path temp;

	@Test
	void onlyArticlesTheRulesRanOnAreExportedAndEmptySplitsAreNamed() throws Exception {
		WorkspaceCorpus corpus = new WorkspaceCorpus(temp.resolve("corpus")); // made from the seed articles
		Document annotated = corpus.corpus().getDocuments().get(0);
		var token = annotated.getTokens().stream()
				.filter(t -> AnnotationActions.isAnnotatable(annotated, t.getStart(), t.getEnd())).findFirst()
				.orElseThrow();
		AnnotationActions.label(annotated.getOrCreateAnnotationSet(AnnotationSetKind.RULES, null), token.getStart(),
				token.getEnd(), annotated.getCorpus().getSchema().findEntityType("MISC"), "rules", Instant.now());
		Path target = temp.resolve("dataset");
		CorpusDatasetExport.Request request = new CorpusDatasetExport.Request(
				new AnnotationSelection(AnnotationSetKind.RULES, null, false), false, Set.of(DatasetFormat.SPAN_JSONL),
				TagScheme.BIO, CorpusDatasetExport.percentages("80", "10", "10"), 42, Set.of("BODY", "LEAD"), target,
				false, null, Instant.now().toString(), "test");
		ExportDatasetJob job = new ExportDatasetJob(corpus, request, Display.getCurrent());
		job.schedule();
		waitUntil(() -> job.getState() == Job.NONE && job.getReport() != null, "the export is done", 60_000);
		assertNotNull(job.getDataset(), job.getReport());
		assertEquals(1, job.getDataset().stats().total().documents(), "only the article the rules ran on");
		String splits = Files.readString(target.resolve("splits.json"));
		assertTrue(splits.contains(annotated.getId()), splits);
		assertTrue(job.getReport().contains("warning: the dev and test splits are empty"), job.getReport());
	}
}
