package org.dipanno.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.dipanno.model.Actor;
import org.dipanno.model.ActorKind;
import org.dipanno.model.ActorRegistry;
import org.junit.jupiter.api.Test;

class DefaultActorsTest {

	private final ActorRegistry registry = DefaultActors.create();

	@Test
	void theUsaHasItsVietnameseNames() {
		Actor usa = registry.findActor("USA");
		assertEquals(ActorKind.COUNTRY, usa.getKind());
		assertSame(usa, registry.findByAlias("Mỹ"));
		assertSame(usa, registry.findByAlias("Hoa Kỳ"));
		assertSame(usa, registry.findByAlias("hoa kỳ"));
		assertSame(registry.findActor("CHN"), registry.findByAlias("Trung Quốc"));
	}

	@Test
	void vuongVanDaoIsTheChineseCommerceMinister() {
		Actor wang = registry.findByAlias("Vương Văn Đào");
		assertEquals("vuong-van-dao", wang.getId());
		assertEquals(ActorKind.PERSON, wang.getKind());
		assertEquals("CHN", wang.getCountryCode());
		assertEquals("commerce minister", wang.getPosition());
		assertEquals("chn-mofcom", wang.getAffiliation().getId());
		assertSame(registry.findActor("CHN"), wang.getAffiliation().getAffiliation());
	}

	@Test
	void unknownNamesFindNobody() {
		assertNull(registry.findByAlias("Pháp"));
	}
}
