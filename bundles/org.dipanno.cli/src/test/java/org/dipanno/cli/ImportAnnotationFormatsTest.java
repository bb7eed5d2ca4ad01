package org.dipanno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.persistence.CorpusStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-annotations --format conll|spans}: a dataset exported from one corpus imported into another. */
class ImportAnnotationFormatsTest extends CommandLineTest {

	@TempDir
	Path temp;


	@Test
	void aDatasetExportedFromOneCorpusIsImportedIntoAnotherAsConllAndAsSpans() throws Exception {
		Path source = temp.resolve("source");
		assertEquals(0, run("import", "--corpus", source.toString(), "../../seeds"), err);
		CorpusStore store = new CorpusStore();
		Corpus corpus = store.load(source);
		int labelled = 0;
		for (Document document : corpus.getDocuments()) {
			String text = document.getText();
			for (int at = text.indexOf("Trung Quốc"); at >= 0; at = text.indexOf("Trung Quốc", at + 1)) {
				AnnotationActions.label(document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null), at, at + 10,
						corpus.getSchema().findEntityType("COUNTRY"), "lan", Instant.EPOCH);
				labelled++;
			}
		}
		store.save(corpus, source);
		Path dataset = temp.resolve("dataset");
		assertEquals(0, run("export", "--corpus", source.toString(), "--formats", "conll,spans", "--zones",
				"TITLE,LEAD,BODY,CAPTION,BOILERPLATE", "--out", dataset.toString()), err);

		for (String format : List.of("conll", "spans")) {
			Path target = temp.resolve(format);
			assertEquals(0, run("import", "--corpus", target.toString(), "../../seeds"), err);
			assertEquals(0, run("import-annotations", "--corpus", target.toString(), "--format", format,
					dataset.toString()), err);
			assertTrue(out.contains("5 documents imported (" + labelled + " entities, 0 events into gold), 0 failed"), out);
			assertEquals(labelled, store.load(target).getDocuments().stream()
					.mapToInt(d -> d.findAnnotationSet("gold").getEntityMentions().size()).sum());
		}
		assertEquals(0, run("import-annotations", "--help"));
		assertTrue(out.contains("conll") && out.contains("spans"), out);
	}
}
