package org.dipanno.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.RecommenderProvenance;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.persistence.CorpusStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recommend} and {@code lexicon learn} on the seed articles imported into a corpus, with gold mentions. */
class RecommendCommandTest extends CommandLineTest {

	@TempDir
	Path temp;

	private Path folder;

	@BeforeEach
	void seedCorpus() {
		folder = temp.resolve("corpus");
		assertEquals(0, run("import", "--corpus", folder.toString(), "../../seeds"), err);
	}

	private void labelFirst(String documentId, String surface, String type) throws Exception {
		CorpusStore store = new CorpusStore();
		Corpus corpus = store.load(folder);
		Document document = corpus.findDocument(documentId);
		int start = document.getText().indexOf(surface);
		AnnotationActions.label(document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null), start,
				start + surface.length(), corpus.getSchema().findEntityType(type), "lan", Instant.EPOCH);
		store.save(corpus, folder);
	}

	@Test
	void proposesTheLearnedSurfaceInOtherDocumentsAndSavesThem() throws Exception {
		assertEquals(1, run("recommend", "--corpus", folder.toString()));
		assertTrue(err.contains("gold has no entity mentions to learn from"), err);

		labelFirst("000_bf9587ca5d7394a3", "Trung Quốc", "COUNTRY");
		assertEquals(0, run("recommend", "--corpus", folder.toString()), err);
		assertTrue(err.contains("learned 1 surfaces from 1 mentions of gold"), err);
		// The occurrences outside boilerplate (related links) and not inside a longer name ("Thương mại Trung Quốc
		// Vương Văn Đào"): 4 + 0 + 0 + 6 + 7.
		assertTrue(out.contains("17 recommender proposals in 5 documents"), out);

		Corpus corpus = new CorpusStore().load(folder);
		AnnotationSet rules = corpus.findDocument("004_4e00300c40552043").findAnnotationSet("rules");
		List<EntityMention> proposals = rules.getEntityMentions().stream()
				.filter(m -> m.getProvenance() instanceof RecommenderProvenance).toList();
		assertEquals(7, proposals.size());
		assertTrue(proposals.stream().allMatch(m -> m.getText().equals("Trung Quốc")
				&& m.getType().getName().equals("COUNTRY") && m.getStatus() == MentionStatus.PROPOSED));
		assertEquals(1.0, ((RecommenderProvenance) proposals.get(0).getProvenance()).getConfidence());

		// Run again: the pending proposals are replaced, not doubled.
		assertEquals(0, run("recommend", "--corpus", folder.toString()), err);
		assertTrue(out.contains("17 recommender proposals"), out);
		assertEquals(7, new CorpusStore().load(folder).findDocument("004_4e00300c40552043").findAnnotationSet("rules")
				.getEntityMentions().size());
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertEquals(2, run("recommend", "--corpus", folder.toString(), "--from", "rules"));
		assertTrue(err.contains("--from takes gold, all or annotator:NAME"), err);
		assertEquals(2, run("recommend", "--corpus", folder.toString(), "--min-confidence", "2"));
		assertTrue(err.contains("--min-confidence takes a number between 0 and 1"), err);
		assertEquals(2, run("lexicon", "learn", "--corpus", folder.toString()));
		assertTrue(err.contains("needs --out"), err);
		assertEquals(2, run("lexicon", "forget", "--out", "x.txt"));
	}

	@Test
	void lexiconLearnWritesAWordListOfWhatWasLearned() throws Exception {
		Path file = temp.resolve("lexicons/learned.txt");
		assertEquals(1, run("lexicon", "learn", "--corpus", folder.toString(), "--out", file.toString()));
		assertTrue(err.contains("nothing learned from gold"), err);
		assertFalse(Files.exists(file));

		labelFirst("000_bf9587ca5d7394a3", "Trung Quốc", "COUNTRY");
		labelFirst("000_bf9587ca5d7394a3", "Bắc Kinh", "LOCATION");
		assertEquals(0, run("lexicon", "learn", "--corpus", folder.toString(), "--set", "gold", "--out", file.toString()), err);
		assertTrue(out.contains("2 entries written"), out);
		List<String> entries = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
		assertEquals(List.of("Bắc Kinh => LOCATION", "Trung Quốc => COUNTRY"), entries);

		assertEquals(0, run("lexicon", "learn", "--corpus", folder.toString(), "--type", "COUNTRY", "--out", file.toString()), err);
		assertEquals(List.of("Trung Quốc"), Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList());
		assertEquals(2, run("lexicon", "learn", "--corpus", folder.toString(), "--type", "PLANET", "--out", file.toString()));
		assertTrue(err.contains("PLANET is not an entity type"), err);
	}
}
