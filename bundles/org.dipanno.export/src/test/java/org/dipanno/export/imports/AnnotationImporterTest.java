package org.dipanno.export.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.ImportedProvenance;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.imports.ArticleImporter;
import org.dipanno.seeds.SeedCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat folders imported into the seed corpus: offsets mapped onto the stored text, and every refusal named. */
class AnnotationImporterTest {

	private static final String SEED = "000_bf9587ca5d7394a3";
	private static final AnnotationImporter.Options GOLD = new AnnotationImporter.Options(AnnotationSetKind.GOLD, null,
			Map.of(), false);

	@TempDir
	Path folder;

	private Corpus corpus;
	private String original;

	@BeforeEach
	void seeds() throws Exception {
		corpus = SeedCorpus.importCorpus();
		original = Files.readString(Path.of("../../seeds", SEED + ".txt"));
	}

	private String span(String type, String covered, int id) {
		int start = original.indexOf(covered);
		return "T" + id + "\t" + type + " " + start + " " + (start + covered.length()) + "\t" + covered + "\n";
	}

	private List<AnnotationImporter.DocumentReport> importBrat(String txt, String ann, AnnotationImporter.Options options)
			throws Exception {
		Files.writeString(folder.resolve(SEED + ".txt"), txt);
		Files.writeString(folder.resolve(SEED + ".ann"), ann);
		return AnnotationImporter.importInto(corpus, AnnotationReaders.forFormat("brat").sources(folder), options);
	}

	private String stored(EntityMention mention) {
		return mention.getAnnotationSet() == null ? null
				: ((Document) mention.getAnnotationSet().eContainer()).getText().substring(mention.getStart(),
						mention.getEnd());
	}

	@Test
	void entitiesLandOnTheirTextAcceptedWithWhereTheyCameFrom() throws Exception {
		var reports = importBrat(original, span("PERSON", "Vương Văn Đào", 1) + span("ORGANIZATION", "Bộ Thương mại", 2)
				+ span("MISCELLANEOUS", "Mục 301", 3),
				new AnnotationImporter.Options(AnnotationSetKind.GOLD, null, Map.of("MISCELLANEOUS", "MISC"), false));
		assertNull(reports.get(0).problem());
		AnnotationSet gold = corpus.findDocument(SEED).findAnnotationSet("gold");
		assertEquals(List.of("Vương Văn Đào", "Bộ Thương mại", "Mục 301"),
				gold.getEntityMentions().stream().map(this::stored).toList());
		assertEquals(List.of("PERSON", "ORGANIZATION", "MISC"),
				gold.getEntityMentions().stream().map(m -> m.getType().getName()).toList());
		EntityMention first = gold.getEntityMentions().get(0);
		assertEquals(MentionStatus.ACCEPTED, first.getStatus());
		assertEquals(SEED + ".ann", ((ImportedProvenance) first.getProvenance()).getSource());
	}

	@Test
	void offsetsOfTheFileAreMappedOntoTheNormalizedText() throws Exception {
		// CRLF line ends and a BOM: the stored text is shorter, the brat offsets count the file's characters
		String crlf = "\uFEFF" + original.replace("\n", "\r\n");
		int start = crlf.indexOf("Gina Raimondo");
		var reports = importBrat(crlf, "T1\tPERSON " + start + " " + (start + 13) + "\tGina Raimondo\n", GOLD);
		assertNull(reports.get(0).problem());
		EntityMention mention = corpus.findDocument(SEED).findAnnotationSet("gold").getEntityMentions().get(0);
		assertEquals("Gina Raimondo", stored(mention));
		assertTrue(mention.getStart() < start);
	}

	@Test
	void offsetsCountCodePointsAsBratDoes() throws Exception {
		String text = "😀 Ông Vương Nghị đến Hà Nội.\n";
		Files.writeString(folder.resolve("emoji.txt"), text);
		ArticleImporter.importArticle(corpus, text.getBytes(StandardCharsets.UTF_8), "emoji.txt");
		// in code points "Vương Nghị" starts at 6 (the emoji is one code point, two chars)
		Files.writeString(folder.resolve("emoji.ann"), "T1\tPERSON 6 16\tVương Nghị\n");
		var source = AnnotationReaders.forFormat("brat").sources(folder.resolve("emoji.ann"));
		var reports = AnnotationImporter.importInto(corpus, source, GOLD);
		assertNull(reports.get(0).problem(), reports.get(0).problem());
		assertEquals("Vương Nghị", stored(corpus.findDocument("emoji").findAnnotationSet("gold").getEntityMentions().get(0)));
	}

	@Test
	void offsetsOutsideTheTextAreRefusedWithFileAndLine() throws Exception {
		var reports = importBrat(original, span("PERSON", "Vương Văn Đào", 1) + "T2\tPERSON 10 999999\tx\n", GOLD);
		String problem = reports.get(0).problem();
		assertTrue(problem.contains(SEED + ".ann:2: ") && problem.contains("outside the text"), problem);
		assertNull(corpus.findDocument(SEED).findAnnotationSet("gold"));
	}

	@Test
	void coveredTextThatDiffersFromTheOffsetsIsRefused() throws Exception {
		int start = original.indexOf("Vương Văn Đào");
		var reports = importBrat(original, "T1\tPERSON " + start + " " + (start + 13) + "\tGina Raimondo\n", GOLD);
		assertTrue(reports.get(0).problem().contains("does not match the .txt"), reports.get(0).problem());
	}

	@Test
	void aTextThatIsNotTheDocumentsIsRefusedSayingWhere() throws Exception {
		String changed = original.replace("Vương Văn Đào", "Vương Văn Dào");
		var reports = importBrat(changed, span("PERSON", "Bộ Thương mại", 1), GOLD);
		String problem = reports.get(0).problem();
		assertTrue(problem.contains("its text differs from document " + SEED) && problem.contains("Vương Văn Dào"),
				problem);
		assertNull(corpus.findDocument(SEED).findAnnotationSet("gold"));
	}

	@Test
	void unknownTypesAndDocumentsAreRefusedAndTheOthersImported() throws Exception {
		Files.writeString(folder.resolve("nowhere.txt"), "Hà Nội\n");
		Files.writeString(folder.resolve("nowhere.ann"), "T1\tLOCATION 0 6\tHà Nội\n");
		var reports = importBrat(original, span("MISCELLANEOUS", "Mục 301", 1), GOLD);
		assertTrue(reports.get(0).problem().contains("entity type MISCELLANEOUS is not in the schema")
				&& reports.get(0).problem().contains("--map MISCELLANEOUS=TYPE"), reports.get(0).problem());
		assertTrue(reports.get(1).problem().contains("the corpus has no document nowhere"), reports.get(1).problem());
	}

	@Test
	void aSetThatHasAnnotationsIsReplacedOnlyWhenAsked() throws Exception {
		importBrat(original, span("PERSON", "Vương Văn Đào", 1), GOLD);
		var refused = importBrat(original, span("PERSON", "Gina Raimondo", 1), GOLD);
		assertTrue(refused.get(0).problem().contains("already has 1 entity"), refused.get(0).problem());
		var replaced = importBrat(original, span("PERSON", "Gina Raimondo", 1),
				new AnnotationImporter.Options(AnnotationSetKind.GOLD, null, Map.of(), true));
		assertNull(replaced.get(0).problem());
		assertEquals(List.of("Gina Raimondo"), corpus.findDocument(SEED).findAnnotationSet("gold").getEntityMentions()
				.stream().map(this::stored).toList());
	}

	@Test
	void eventsComeWithTheirArguments() throws Exception {
		var reports = importBrat(original, span("PERSON", "Vương Văn Đào", 1) + span("MEET", "hội đàm", 2)
				+ "E1\tMEET:T2 participant:T1\n", GOLD);
		assertNull(reports.get(0).problem());
		var event = corpus.findDocument(SEED).findAnnotationSet("gold").getEventMentions().get(0);
		assertEquals("MEET", event.getType().getName());
		assertEquals("participant", event.getArguments().get(0).getRole());
		assertEquals("Vương Văn Đào", stored(event.getArguments().get(0).getEntity()));
	}

	@Test
	void anUnknownFormatNamesTheKnownOnes() {
		var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
				() -> AnnotationReaders.forFormat("xml"));
		assertTrue(e.getMessage().contains("known: brat"), e.getMessage());
	}
}
