package org.dipanno.model.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.OffsetMap;
import org.dipanno.model.SampleCorpus;
import org.dipanno.model.Token;
import org.dipanno.model.schema.DefaultSchema;
import org.dipanno.text.ZoneKind;
import org.junit.jupiter.api.Test;

class ModelOperationsTest {

	private final Corpus corpus = SampleCorpus.create();
	private final Document document = corpus.getDocuments().get(0);

	@Test
	void spansReadTheirTextFromTheDocument() {
		assertEquals("Vương Văn Đào", document.findAnnotationSet("gold").getEntityMentions().get(4).getText());
		assertEquals("Trung Quốc", document.getWords().get(0).getText());
		assertEquals("Quốc", document.getTokens().get(1).getText());
		assertEquals(4, document.getTokens().get(1).getLength());
		Token detached = ModelFactory.eINSTANCE.createToken();
		detached.setEnd(3);
		assertNull(detached.getText());
		assertNull(detached.getDocument());
	}

	@Test
	void zoneAtFindsTheZoneOfAnOffset() {
		assertEquals(ZoneKind.TITLE, document.zoneAt(0).getKind());
		assertEquals(ZoneKind.TITLE, document.zoneAt(66).getKind());
		assertNull(document.zoneAt(67), "the blank line between the sample's zones belongs to none");
		assertEquals(ZoneKind.BODY, document.zoneAt(69).getKind());
		assertNull(document.zoneAt(208));
	}

	@Test
	void annotationSetsAreFoundOrCreatedWithStableIds() {
		assertSame(document.findAnnotationSet("gold"), document.getOrCreateAnnotationSet(AnnotationSetKind.GOLD, null));
		AnnotationSet lan = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "Nguyễn Lan");
		assertEquals("annotator-Nguyễn_Lan", lan.getId());
		assertEquals("Nguyễn Lan", lan.getAnnotator());
		assertSame(lan, document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, "Nguyễn Lan"));
		assertThrows(IllegalArgumentException.class,
				() -> document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, " "));
	}

	@Test
	void newMentionsGetTheNextIdOfTheirSet() {
		AnnotationSet gold = document.findAnnotationSet("gold");
		EntityMention added = gold.addEntityMention(54, 67, corpus.getSchema().findEntityType(DefaultSchema.ORGANIZATION));
		assertEquals("gold.e7", added.getId());
		assertEquals("Bộ Thương mại", added.getText());
		assertEquals("gold.v2", gold.addEventMention(0, 1, null).getId());
		assertEquals("rules.e2", document.findAnnotationSet("rules").addEntityMention(0, 1, null).getId());
	}

	@Test
	void offsetMapMapsRunsLikeTheTextBundle() {
		// original "\uFEFFabo\u0300cd" (BOM, 'o' + combining grave) stored as "abòcd"
		OffsetMap map = ModelFactory.eINSTANCE.createOffsetMap();
		map.setStoredLength(5);
		map.setOriginalLength(7);
		OffsetMaps.addRun(map, 0, 0, 0, 1);
		OffsetMaps.addRun(map, 0, 2, 1, 2);
		OffsetMaps.addRun(map, 2, 1, 3, 2);
		OffsetMaps.addRun(map, 3, 2, 5, 2);
		assertEquals(1, map.toOriginalStart(0));
		assertEquals(2, map.toOriginalStart(1));
		assertEquals(3, map.toOriginalStart(2));
		assertEquals(5, map.toOriginalEnd(3));
		assertEquals(5, map.toOriginalStart(3));
		assertEquals(7, map.toOriginalStart(5));
		assertEquals(7, map.toOriginalEnd(5));
		assertEquals(1, map.toOriginalEnd(0));
		assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginalStart(6));
	}

	@Test
	void identityMapIsOneRun() {
		OffsetMap map = OffsetMaps.identity(209);
		assertEquals(1, map.getRuns().size());
		assertEquals(150, map.toOriginalStart(150));
		assertEquals(209, map.toOriginalEnd(209));
	}
}
