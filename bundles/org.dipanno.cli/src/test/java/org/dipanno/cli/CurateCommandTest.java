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
import org.dipanno.model.CurationDecision;
import org.dipanno.model.CurationProvenance;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.curation.CurationActions;
import org.dipanno.model.curation.CurationStatus;
import org.dipanno.model.curation.DocumentCuration;
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.text.ZoneKind;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code dipanno-cli curate} on the seed corpus annotated by lan and minh. */
class CurateCommandTest extends CommandLineTest {

	private static final Path SEEDS = Path.of("../../seeds");
	private static final Instant TIME = Instant.parse("2026-11-22T09:00:00Z");

	@TempDir
	Path temp;


	/**
	 * Document 0: lan and minh both mark "Vương Văn Đào" PERSON; "Bắc Kinh" is LOCATION for lan, ORGANIZATION for
	 * minh. Document 1: both mark "Nguyễn Hồng Diên" PERSON. Document 2: only lan annotated it.
	 */
	private Path corpus() throws Exception {
		Path folder = temp.resolve("corpus");
		assertEquals(0, run("import", "--corpus", folder.toString(), SEEDS.toString()), err);
		CorpusStore store = new CorpusStore();
		Corpus corpus = store.load(folder);
		Document first = corpus.getDocuments().get(0);
		label(first, "lan", "Vương Văn Đào", "PERSON");
		label(first, "minh", "Vương Văn Đào", "PERSON");
		label(first, "lan", "Bắc Kinh", "LOCATION");
		label(first, "minh", "Bắc Kinh", "ORGANIZATION");
		Document second = corpus.getDocuments().get(1);
		label(second, "lan", "Nguyễn Hồng Diên", "PERSON");
		label(second, "minh", "Nguyễn Hồng Diên", "PERSON");
		label(corpus.getDocuments().get(2), "lan", "Nguyễn Hồng Diên", "PERSON");
		store.save(corpus, folder);
		return folder;
	}

	private static void label(Document document, String annotator, String text, String type) {
		int start = document.getText().indexOf(text);
		while (start >= 0 && document.zoneAt(start).getKind() != ZoneKind.BODY
				&& document.zoneAt(start).getKind() != ZoneKind.LEAD) {
			start = document.getText().indexOf(text, start + 1);
		}
		assertTrue(start > 0, text + " in the lead or body of " + document.getId());
		AnnotationSet set = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, annotator);
		AnnotationActions.label(set, start, start + text.length(),
				document.getCorpus().getSchema().findEntityType(type), annotator, TIME);
	}

	@Test
	void curateWritesAgreementsListsDisagreementsAndMarksWhatIsCompleteCurated() throws Exception {
		Path folder = corpus();
		Corpus before = new CorpusStore().load(folder);
		String firstId = before.getDocuments().get(0).getId();
		String secondId = before.getDocuments().get(1).getId();
		String thirdId = before.getDocuments().get(2).getId();

		assertEquals(0, run("curate", "--corpus", folder.toString(), "--annotators", "lan,minh", "--curator", "thu"), err);

		assertTrue(out.contains(String.format("%-24s %6d %6d %7d %5d %8d %5d  %s", firstId, 2, 1, 1, 0, 0, 1,
				"in progress")), out);
		assertTrue(out.contains(String.format("%-24s %6d %6d %7d %5d %8d %5d  %s", secondId, 1, 1, 1, 0, 0, 0,
				"curated")), out);
		assertTrue(out.contains("\"Bắc Kinh\" entity: type\n  lan: LOCATION \"Bắc Kinh\""), out);
		assertTrue(out.contains("  minh: ORGANIZATION \"Bắc Kinh\""), out);
		assertTrue(out.contains("2 documents: 2 items decided into gold, 0 kept from earlier decisions, 0 replaced, "
				+ "1 left for a curator; 1 newly curated; saved"), out);
		assertTrue(err.contains("skipped: Document " + thirdId + " has no annotation set of minh"), err);

		Corpus after = new CorpusStore().load(folder);
		Document first = after.findDocument(firstId);
		EntityMention wang = first.findAnnotationSet("gold").getEntityMentions().get(0);
		assertEquals("Vương Văn Đào", wang.getText());
		CurationProvenance provenance = (CurationProvenance) wang.getProvenance();
		assertEquals("thu", provenance.getCurator());
		assertEquals(List.of("lan", "minh"), provenance.getAgreedBy());
		assertEquals(CurationDecision.UNANIMOUS, provenance.getDecision());
		for (String set : List.of("annotator-lan", "annotator-minh")) {
			assertTrue(EcoreUtil.equals(before.findDocument(firstId).findAnnotationSet(set), first.findAnnotationSet(set)),
					set + " is unchanged");
		}
		assertEquals(CurationStatus.CURATED, DocumentCuration.status(after.findDocument(secondId)));
		assertEquals(CurationStatus.IN_PROGRESS, DocumentCuration.status(first));

		// Only the curated article is exported as done gold.
		Path dataset = temp.resolve("gold");
		assertEquals(0, run("export", "--corpus", folder.toString(), "--set", "gold", "--done-only", "--out",
				dataset.toString()), err);
		String splits = Files.readString(dataset.resolve("splits.json"));
		assertTrue(splits.contains(secondId), splits);
		assertFalse(splits.contains(firstId), splits);

		// A second run keeps what is decided and lists the same disagreement.
		assertEquals(0, run("curate", "--corpus", folder.toString(), "--annotators", "lan,minh"), err);
		assertTrue(out.contains("2 documents: 0 items decided into gold, 2 kept from earlier decisions, 0 replaced, "
				+ "1 left for a curator; 0 newly curated"), out);
	}

	@Test
	void earlierDecisionsAreReplacedOnlyWithReplace() throws Exception {
		Path folder = corpus();
		CorpusStore store = new CorpusStore();
		Corpus corpus = store.load(folder);
		Document first = corpus.getDocuments().get(0);
		DocumentCuration curation = DocumentCuration.of(first, List.of("lan", "minh"));
		// The curator rejected the agreed "Vương Văn Đào" by hand.
		CurationActions.reject(curation, curation.items().stream().filter(i -> i.isAgreement()).findFirst().orElseThrow(),
				"thu", TIME);
		store.save(corpus, folder);

		assertEquals(0, run("curate", "--corpus", folder.toString(), "--annotators", "lan,minh", "--documents",
				first.getId()), err);
		assertTrue(out.contains("1 documents: 0 items decided into gold, 1 kept from earlier decisions"), out);
		EntityMention kept = store.load(folder).findDocument(first.getId()).findAnnotationSet("gold")
				.getEntityMentions().get(0);
		assertEquals(MentionStatus.REJECTED, kept.getStatus());

		assertEquals(0, run("curate", "--corpus", folder.toString(), "--annotators", "lan,minh", "--documents",
				first.getId(), "--replace"), err);
		assertTrue(out.contains("1 documents: 0 items decided into gold, 0 kept from earlier decisions, 1 replaced"),
				out);
		EntityMention replaced = store.load(folder).findDocument(first.getId()).findAnnotationSet("gold")
				.getEntityMentions().get(0);
		assertEquals(MentionStatus.ACCEPTED, replaced.getStatus());
	}

	@Test
	void dryRunSavesNothingAndJsonListsTheDisagreementsLeft() throws Exception {
		Path folder = corpus();
		Corpus corpus = new CorpusStore().load(folder);
		String firstId = corpus.getDocuments().get(0).getId();
		Path file = CorpusStore.documentFile(folder, firstId);
		byte[] before = Files.readAllBytes(file);
		Path json = temp.resolve("left.json");

		assertEquals(0, run("curate", "--corpus", folder.toString(), "--annotators", "lan,minh", "--dry-run", "--json",
				json.toString()), err);

		assertTrue(out.contains("dry run: nothing saved"), out);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the document file is unchanged");
		JsonObject root = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
		assertEquals("unanimous", root.get("strategy").getAsString());
		assertEquals(1, root.getAsJsonArray("open").size());
		JsonObject open = root.getAsJsonArray("open").get(0).getAsJsonObject();
		assertEquals(firstId, open.get("document").getAsString());
		assertEquals("Bắc Kinh", open.get("text").getAsString());
		assertEquals("type", open.getAsJsonArray("disagreements").get(0).getAsString());
		assertEquals("ORGANIZATION", open.getAsJsonArray("versions").get(1).getAsJsonObject().get("type").getAsString());
		assertFalse(out.contains("Left for a curator"), "with --json the list goes to the file: " + out);
	}

	@Test
	void badArgumentsAreUsageErrors() throws Exception {
		Path folder = corpus();
		assertEquals(2, run("curate", "--corpus", folder.toString(), "--annotators", "lan"));
		assertTrue(err.contains("at least two names"), err);
		assertEquals(2, run("curate", "--corpus", folder.toString(), "--annotators", "lan,minh", "--strategy", "most"));
		assertTrue(err.contains("unknown curation strategy \"most\""), err);
		assertEquals(2, run("curate", "--corpus", folder.toString(), "--annotators", "lan,minh", "--strategy",
				"all-reviewed"));
		assertEquals(2, run("curate", "--corpus", folder.toString(), "--annotators", "lan,minh", "--documents", "nope"));
		assertTrue(err.contains("no document \"nope\""), err);
	}
}
