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
import org.dipanno.model.editing.AnnotationActions;
import org.dipanno.model.editing.DocumentProgress;
import org.dipanno.model.persistence.CorpusStore;
import org.dipanno.text.ZoneKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest extends CommandLineTest {

	private static final Path SEEDS = Path.of("../../seeds");
	private static final Instant TIME = Instant.parse("2026-11-22T09:00:00Z");

	@TempDir
	Path temp;


	@Test
	void helpListsTheCommandsAndEachCommandHasItsOwnHelp() {
		assertEquals(0, run("--help"));
		for (String command : List.of("import", "import-annotations", "validate", "annotate", "explain", "score", "stats", "export", "agreement", "curate")) {
			assertTrue(out.contains("  " + command + " "), out);
		}
		assertEquals(0, run("export", "--help"));
		assertTrue(out.startsWith("Usage: dipanno-cli export"), out);
	}

	@Test
	void unknownCommandsAndOptionsAreUsageErrors() {
		assertEquals(2, run("exprot"));
		assertTrue(err.contains("unknown command \"exprot\""), err);
		assertEquals(2, run("export", "--fromats", "conll"));
		assertTrue(err.contains("unknown option --fromats"), err);
		assertEquals(2, run("export", "--corpus", temp.resolve("none").toString(), "--split", "80/20"));
		assertTrue(err.contains("--split takes train/dev/test percentages"), err);
		assertTrue(Files.notExists(temp.resolve("none")), "a usage error touches no corpus");
	}

	@Test
	void importAddsGoodArticlesAndReportsBadOnesWithoutAddingThem() throws Exception {
		Path corpus = temp.resolve("corpus");
		Path bad = temp.resolve("broken.txt");
		Files.write(bad, new byte[] { 'T', 'i', (byte) 0xC3, 0x28, '\n' });
		assertEquals(1, run("import", "--corpus", corpus.toString(), SEEDS.toString(), bad.toString()));
		assertTrue(out.contains("5 imported, 1 failed"), out);
		assertTrue(err.contains("broken.txt: not valid UTF-8"), err);
		assertEquals(5, new CorpusStore().load(corpus).getDocuments().size());

		assertEquals(1, run("import", "--corpus", corpus.toString(), SEEDS.resolve("000_bf9587ca5d7394a3.txt").toString()));
		assertTrue(err.contains("000_bf9587ca5d7394a3"), "a document id already taken is reported: " + err);
		assertEquals(5, new CorpusStore().load(corpus).getDocuments().size());
	}

	@Test
	void exportWithoutAnnotationsSaysWhatToDo() throws Exception {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, run("import", "--corpus", corpus.toString(), SEEDS.toString()));
		assertEquals(1, run("export", "--corpus", corpus.toString(), "--out", temp.resolve("ds").toString()));
		assertTrue(err.contains("no annotations in gold"), err);
		assertTrue(err.contains("--set rules"), err);
		assertTrue(Files.notExists(temp.resolve("ds")));
	}

	@Test
	void exportWritesAllFormatsWithDeterministicSplits() throws Exception {
		Path corpus = annotatedCorpus();
		Path first = temp.resolve("first");
		Path second = temp.resolve("second");
		assertEquals(0, run("export", "--corpus", corpus.toString(), "--set", "annotator:lan", "--out", first.toString(),
				"--created-at", "2026-11-22T09:00:00Z"), err);
		assertTrue(out.contains("train"), out);
		assertTrue(out.contains("PERSON=5"), out);
		assertTrue(Files.isRegularFile(first.resolve("MANIFEST.json")));
		assertTrue(Files.isRegularFile(first.resolve("brat/annotation.conf")));
		assertEquals(0, run("export", "--corpus", corpus.toString(), "--set", "annotator:lan", "--out", second.toString(),
				"--created-at", "2026-11-22T09:00:00Z"));
		assertEquals(Files.readString(first.resolve("stats.json")), Files.readString(second.resolve("stats.json")));
		assertEquals(Files.readString(first.resolve("spans/train.jsonl")), Files.readString(second.resolve("spans/train.jsonl")));

		assertEquals(1, run("export", "--corpus", corpus.toString(), "--set", "annotator:lan", "--out", first.toString()));
		assertTrue(err.contains(first.toString()), "an existing dataset is not replaced without --replace: " + err);
	}

	@Test
	void statsAndAgreementReportOnTheAnnotatedCorpus() throws Exception {
		Path corpus = annotatedCorpus();
		assertEquals(0, run("stats", "--corpus", corpus.toString()));
		assertTrue(out.contains("000_bf9587ca5d7394a3"), out);
		assertTrue(out.contains("set annotator-lan:"), out);
		assertTrue(out.contains("PERSON"), out);
		assertEquals(0, run("agreement", "--corpus", corpus.toString(), "--annotators", "lan,minh"));
		assertTrue(out.toLowerCase().contains("kappa"), out);
		assertEquals(2, run("agreement", "--corpus", corpus.toString(), "--annotators", "lan"));
	}

	@Test
	void statsCountTheDocumentsEachAnnotatorMarkedDone() throws Exception {
		Path folder = annotatedCorpus();
		CorpusStore store = new CorpusStore();
		Corpus corpus = store.load(folder);
		DocumentProgress.setDone(corpus.getDocuments().get(0), AnnotationSetKind.ANNOTATOR, "lan", true);
		DocumentProgress.setDone(corpus.getDocuments().get(3), AnnotationSetKind.ANNOTATOR, "lan", true);
		DocumentProgress.setDone(corpus.getDocuments().get(1), AnnotationSetKind.ANNOTATOR, "minh", true);
		store.save(corpus, folder);
		assertEquals(0, run("stats", "--corpus", folder.toString()), err);
		assertTrue(out.endsWith("""
				documents done (of those the set annotates):
				  lan                       2 of 5
				  minh                      1 of 2
				"""), out);
	}

	@Test
	void exportTakesOnlyDoneDocumentsWhenAskedAndNeverReplacesOtherFiles() throws Exception {
		Path folder = annotatedCorpus();
		CorpusStore store = new CorpusStore();
		Corpus corpus = store.load(folder);
		DocumentProgress.setDone(corpus.getDocuments().get(1), AnnotationSetKind.ANNOTATOR, "lan", true);
		DocumentProgress.setDone(corpus.getDocuments().get(4), AnnotationSetKind.ANNOTATOR, "lan", true);
		store.save(corpus, folder);
		Path done = temp.resolve("done");
		assertEquals(0, run("export", "--corpus", folder.toString(), "--set", "annotator:lan", "--done-only", "--out",
				done.toString()), err);
		assertTrue(out.contains("PERSON=2"), out);
		assertTrue(Files.readString(done.resolve("splits.json")).contains(corpus.getDocuments().get(4).getId()));
		assertFalse(Files.readString(done.resolve("splits.json")).contains(corpus.getDocuments().get(0).getId()));

		assertEquals(1, run("export", "--corpus", folder.toString(), "--set", "annotator:minh", "--done-only"));
		assertTrue(err.contains("no document is done for annotator minh"), err);

		Path other = Files.createDirectories(temp.resolve("thesis"));
		Files.writeString(other.resolve("chapter1.tex"), "years of work");
		assertEquals(1, run("export", "--corpus", folder.toString(), "--set", "annotator:lan", "--replace", "--out",
				other.toString()));
		assertTrue(err.contains("holds other files"), err);
		assertEquals("years of work", Files.readString(other.resolve("chapter1.tex")));
	}

	@Test
	void readingAMistypedCorpusPathCreatesNothingThere() {
		Path missing = temp.resolve("no-such-corpus");
		assertEquals(1, run("stats", "--corpus", missing.toString()));
		assertTrue(err.contains(missing + ": no such folder"), err);
		assertEquals(1, run("annotate", "--corpus", missing.toString()));
		assertFalse(Files.exists(missing), "neither a corpus nor a lock file is made there");
	}

	@Test
	void anAnnotatorNameThatWouldLeaveTheDatasetsFolderIsAUsageError() {
		assertEquals(2, run("export", "--corpus", temp.resolve("c").toString(), "--set", "annotator:../../x"));
		assertTrue(err.contains("is not an annotator name"), err);
		assertFalse(Files.exists(temp.resolve("c")));
	}

	@Test
	void validateChecksTheDefaultRulesAndRunsTheirExamples() {
		assertEquals(0, run("validate"), out + err);
		assertTrue(out.endsWith("0 errors, 0 warnings in 1 file\n"), out);
		assertEquals(0, run("validate", "--infos"));
		assertTrue(!out.contains("not run"), "the engine runs the examples: " + out);
	}

	@Test
	void validatePrintsErrorsLikeACompiler() throws Exception {
		Path broken = temp.resolve("broken.dar");
		Files.writeString(broken, """
				import "diplomatic"
				rule Minister:
					t:"Bộ trưởng" -> MINISTER(t)
				""");
		assertEquals(1, run("validate", broken.toString()));
		assertTrue(out.contains(broken + ":3:"), out);
		assertTrue(out.contains(": error: "), out);
		assertTrue(out.contains("MINISTER"), out);
		assertEquals(2, run("validate", temp.resolve("missing.dar").toString()));
	}

	@Test
	void annotateProposesWhatTheDefaultRulesFindAndExportShowsIt() throws Exception {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, run("import", "--corpus", corpus.toString(), SEEDS.toString()));
		assertEquals(0, run("annotate", "--corpus", corpus.toString()), err);
		assertTrue(out.contains("000_bf9587ca5d7394a3"), out);
		Document first = new CorpusStore().load(corpus).findDocument("000_bf9587ca5d7394a3");
		assertTrue(first.findAnnotationSet("rules").getEntityMentions().stream()
				.anyMatch(m -> m.getText().equals("Vương Văn Đào") && m.getType().getName().equals("PERSON")));
		assertEquals(0, run("export", "--corpus", corpus.toString(), "--set", "rules", "--out",
				temp.resolve("ds").toString()), err);
		assertTrue(out.contains("PERSON="), out);
		assertTrue(Files.readString(temp.resolve("ds/README.md")).contains("diplomatic-rules.dar"),
				"the dataset card names the rule file");
	}

	@Test
	void commandsWithoutRulesUseTheCorpussRuleFiles() throws Exception {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, run("import", "--corpus", corpus.toString(), SEEDS.toString()));
		Files.createDirectories(corpus.resolve("rules"));
		Path own = corpus.resolve("rules/own.dar");
		Files.writeString(own, """
				import "diplomatic"
				rule OnlyChina:
					p:"Trung Quốc" -> LOCATION(p)
				""");
		assertEquals(0, run("annotate", "--corpus", corpus.toString()), err);
		String annotated = out + err;
		assertTrue(err.contains("the corpus's rules"), err);
		var rules = new CorpusStore().load(corpus).getDocuments().stream()
				.flatMap(document -> document.findAnnotationSet("rules").getEntityMentions().stream()).toList();
		assertFalse(rules.isEmpty(), annotated);
		assertTrue(rules.stream().allMatch(mention -> mention.getText().equals("Trung Quốc")
				&& mention.getType().getName().equals("LOCATION")), "only the corpus's rule ran");
		assertEquals(0, run("validate", "--corpus", corpus.toString()), out + err);
		assertTrue(out.endsWith("0 errors, 0 warnings in 1 file\n"), out);

		Files.writeString(own, Files.readString(own).replace("LOCATION", "PLACE"));
		assertEquals(1, run("validate", "--corpus", corpus.toString()));
		assertTrue(out.contains(own + ":3:"), out);
		assertEquals(1, run("score", "--corpus", corpus.toString()));
		assertTrue(err.contains(own + ":3:") && err.contains("nothing was run"), err);
		assertEquals(1, run("score", "--corpus", corpus.toString(), "--rules", "diplomatic-rules"));
		assertTrue(err.contains("no annotations in gold") && !err.contains("nothing was run"),
				"--rules is used instead of the corpus's broken file: " + err);
	}

	@Test
	void explainSaysWhichRuleMadeEachProposal() throws Exception {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, run("import", "--corpus", corpus.toString(), SEEDS.toString()));
		assertEquals(0, run("explain", "--corpus", corpus.toString(), "000_bf9587ca5d7394a3"), err);
		assertTrue(out.contains("Vương Văn Đào"), out);
		assertTrue(out.contains("PersonAfterTitle"), out);
		assertEquals(2, run("explain", "--corpus", corpus.toString(), "no-such-document"));
	}

	@Test
	void scoreRatesEachRuleAgainstAnAnnotatorsSet() throws Exception {
		Path corpus = annotatedCorpus();
		assertEquals(0, run("score", "--corpus", corpus.toString(), "--against", "annotator:lan"), err);
		assertTrue(out.contains("PersonAfterTitle"), out);
		assertEquals(1, run("score", "--corpus", corpus.toString()));
		assertTrue(err.contains("no annotations in gold"), err);
	}

	@Test
	void importAnnotationsReadsBratGoldAndScoreMapsAndChoosesTheTypes() throws Exception {
		Path corpus = temp.resolve("corpus");
		assertEquals(0, run("import", "--corpus", corpus.toString(), SEEDS.toString()));
		String seed = "000_bf9587ca5d7394a3";
		String text = Files.readString(SEEDS.resolve(seed + ".txt"));
		int china = text.indexOf("Trung Quốc Vương Văn Đào");
		int wang = china + "Trung Quốc ".length();
		Path brat = Files.createDirectories(temp.resolve("brat"));
		Files.writeString(brat.resolve(seed + ".txt"), text);
		Files.writeString(brat.resolve(seed + ".ann"), "T1\tLOCATION " + china + " " + (china + 10) + "\tTrung Quốc\n"
				+ "T2\tPERSON " + wang + " " + (wang + 13) + "\tVương Văn Đào\n"
				+ "T3\tMISCELLANEOUS " + text.indexOf("Mục 301") + " " + (text.indexOf("Mục 301") + 7) + "\tMục 301\n");
		Files.writeString(brat.resolve("001_19fe77e609455608.txt"), "another text\n");
		Files.writeString(brat.resolve("001_19fe77e609455608.ann"), "T1\tPERSON 0 7\tanother\n");

		assertEquals(2, run("import-annotations", "--corpus", corpus.toString(), brat.toString()));
		assertTrue(err.contains("--format is required"), err);
		assertEquals(1, run("import-annotations", "--corpus", corpus.toString(), "--format", "brat", "--map",
				"MISCELLANEOUS=MISC", brat.toString()));
		assertTrue(out.contains("1 documents imported (3 entities, 0 events into gold), 1 failed"), out);
		assertTrue(err.contains("001_19fe77e609455608.ann: its text differs from document 001_19fe77e609455608"), err);

		assertEquals(0, run("score", "--corpus", corpus.toString(), "--summary", "--types", "PERSON,LOCATION"));
		assertEquals(List.of("1", "0"), truePositives(out));
		assertFalse(out.contains("PersonAfterTitle"), "--summary leaves the table per rule out: " + out);
		assertEquals(0, run("score", "--corpus", corpus.toString(), "--map", "COUNTRY=LOCATION", "--types",
				"PERSON,LOCATION"));
		assertTrue(out.contains("PersonAfterTitle") && out.contains("scored as: COUNTRY=LOCATION"), out);
		assertEquals(List.of("1", "1"), truePositives(out));
		assertEquals(0, run("score", "--corpus", corpus.toString(), "--summary", "--errors", "--types", "PERSON,LOCATION"));
		assertTrue(out.contains("FN LOCATION     " + seed + " " + china + "-" + (china + 10) + " \"Trung Quốc\""), out);
		assertFalse(out.contains("FN PERSON"), out);
		assertEquals(2, run("score", "--corpus", corpus.toString(), "--map", "COUNTRY"));
		assertTrue(err.contains("--map takes FROM=TO pairs"), err);
	}

	/** The exact TP column of the rows of the table per type, without the total. */
	private static List<String> truePositives(String table) {
		String perType = table.substring(table.indexOf("\ntype ") + 1);
		return perType.lines().skip(1).filter(line -> !line.startsWith("(total)")).map(line -> line.split(" +")[3])
				.toList();
	}

	/** The seed corpus with the five seeds' first person names labelled by "lan", and two of them by "minh". */
	private Path annotatedCorpus() throws Exception {
		Path folder = temp.resolve("annotated");
		assertEquals(0, run("import", "--corpus", folder.toString(), SEEDS.toString()));
		CorpusStore store = new CorpusStore();
		Corpus corpus = store.load(folder);
		List<String> names = List.of("Vương Văn Đào", "Nguyễn Hồng Diên", "Nguyễn Hồng Diên", "Tần Cương", "Vương Nghị");
		for (int i = 0; i < 5; i++) {
			Document document = corpus.getDocuments().get(i);
			int start = document.getText().indexOf(names.get(i));
			while (start >= 0 && document.zoneAt(start).getKind() != ZoneKind.BODY) {
				start = document.getText().indexOf(names.get(i), start + 1);
			}
			assertTrue(start > 0, names.get(i) + " in the body of " + document.getId());
			AnnotationSet lan = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "lan");
			AnnotationActions.label(lan, start, start + names.get(i).length(), corpus.getSchema().findEntityType("PERSON"),
					"lan", TIME);
			if (i < 2) {
				AnnotationSet minh = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "minh");
				AnnotationActions.label(minh, start, start + names.get(i).length(),
						corpus.getSchema().findEntityType("PERSON"), "minh", TIME);
			}
		}
		store.save(corpus, folder);
		return folder;
	}
}
