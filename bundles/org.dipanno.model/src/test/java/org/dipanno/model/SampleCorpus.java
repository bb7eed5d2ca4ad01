package org.dipanno.model;

import java.time.Instant;

import org.dipanno.model.custom.Corpora;
import org.dipanno.model.custom.OffsetMaps;
import org.dipanno.model.schema.DefaultSchema;
import org.dipanno.text.ZoneKind;

/**
 * A one-document corpus built from the first two paragraphs of seed 000, annotated in a gold set (manual) and a rules
 * set (proposals). Offsets below were counted on {@link #TEXT}.
 */
public final class SampleCorpus {

	public static final String DOCUMENT_ID = "000_bf9587ca5d7394a3";

	public static final String TEXT = "Trung Quốc và Mỹ thiết lập kênh liên lạc mới giữa hai Bộ Thương mại\n\n"
			+ "Ngày 28/8, tại thủ đô Bắc Kinh, Bộ trưởng Thương mại Trung Quốc Vương Văn Đào đã có cuộc hội đàm "
			+ "với Bộ trưởng Thương mại Mỹ Gina Raimondo.\n";

	public static final Instant ANNOTATION_TIME = Instant.parse("2026-11-22T08:00:00Z");

	private SampleCorpus() {
	}

	public static Corpus create() {
		Corpus corpus = Corpora.create("seeds", "Seed articles");
		Document document = ModelFactory.eINSTANCE.createDocument();
		document.setId(DOCUMENT_ID);
		document.setSourceName(DOCUMENT_ID + ".txt");
		document.setOutlet("Báo Quốc tế");
		document.setTitle("Trung Quốc và Mỹ thiết lập kênh liên lạc mới giữa hai Bộ Thương mại");
		document.setPublicationDate(java.time.LocalDate.of(2023, 8, 28));
		document.setText(TEXT);
		document.setOffsetMap(OffsetMaps.identity(TEXT.length()));
		zone(document, ZoneKind.TITLE, 0, 67);
		zone(document, ZoneKind.BODY, 69, 208);
		Sentence title = ModelFactory.eINSTANCE.createSentence();
		title.setStart(0);
		title.setEnd(67);
		document.getSentences().add(title);
		Sentence body = ModelFactory.eINSTANCE.createSentence();
		body.setStart(69);
		body.setEnd(208);
		document.getSentences().add(body);
		Token trung = ModelFactory.eINSTANCE.createToken();
		trung.setStart(0);
		trung.setEnd(5);
		document.getTokens().add(trung);
		Token quoc = ModelFactory.eINSTANCE.createToken();
		quoc.setStart(6);
		quoc.setEnd(10);
		document.getTokens().add(quoc);
		Word trungQuoc = ModelFactory.eINSTANCE.createWord();
		trungQuoc.setStart(0);
		trungQuoc.setEnd(10);
		trungQuoc.setSyllableCount(2);
		document.getWords().add(trungQuoc);
		corpus.getDocuments().add(document);

		AnnotationSchema schema = corpus.getSchema();
		ActorRegistry actors = corpus.getActorRegistry();
		AnnotationSet gold = document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, "lan");
		EntityMention china = manual(gold.addEntityMention(0, 10, schema.findEntityType(DefaultSchema.COUNTRY)));
		china.setCountryCode("CHN");
		china.setActor(actors.findActor("CHN"));
		EntityMention usa = manual(gold.addEntityMention(14, 16, schema.findEntityType(DefaultSchema.COUNTRY)));
		usa.setCountryCode("USA");
		usa.setActor(actors.findActor("USA"));
		EntityMention date = manual(gold.addEntityMention(69, 78, schema.findEntityType(DefaultSchema.DATE)));
		date.setIsoDate("--08-28");
		EntityMention beijing = manual(gold.addEntityMention(91, 99, schema.findEntityType(DefaultSchema.LOCATION)));
		EntityMention wang = manual(gold.addEntityMention(133, 146, schema.findEntityType(DefaultSchema.PERSON)));
		wang.setActor(actors.findActor("vuong-van-dao"));
		EntityMention raimondo = manual(gold.addEntityMention(194, 207, schema.findEntityType(DefaultSchema.PERSON)));
		EventMention meeting = manual(gold.addEventMention(158, 165, schema.findEventType(DefaultSchema.MEET)));
		argument(meeting, DefaultSchema.PARTICIPANT, wang);
		argument(meeting, DefaultSchema.COUNTERPART, raimondo);
		argument(meeting, DefaultSchema.TIME, date);
		argument(meeting, DefaultSchema.PLACE, beijing);

		AnnotationSet rules = document.getOrCreateAnnotationSet(AnnotationSetKind.RULES, null);
		EntityMention proposed = rules.addEntityMention(101, 121, schema.findEntityType(DefaultSchema.TITLE));
		RuleProvenance provenance = ModelFactory.eINSTANCE.createRuleProvenance();
		provenance.setRuleName("TitleBeforeName");
		provenance.setSourceUri("rules/titles.dipanno");
		provenance.setLine(12);
		proposed.setProvenance(provenance);
		return corpus;
	}

	private static void zone(Document document, ZoneKind kind, int start, int end) {
		Zone zone = ModelFactory.eINSTANCE.createZone();
		zone.setKind(kind);
		zone.setStart(start);
		zone.setEnd(end);
		document.getZones().add(zone);
	}

	private static <M extends Mention> M manual(M mention) {
		ManualProvenance provenance = ModelFactory.eINSTANCE.createManualProvenance();
		provenance.setAnnotator("lan");
		provenance.setTime(ANNOTATION_TIME);
		mention.setProvenance(provenance);
		mention.setStatus(MentionStatus.ACCEPTED);
		return mention;
	}

	public static EventArgument argument(EventMention event, String role, EntityMention entity) {
		EventArgument argument = ModelFactory.eINSTANCE.createEventArgument();
		argument.setRole(role);
		argument.setEntity(entity);
		event.getArguments().add(argument);
		return argument;
	}
}
