package org.dipanno.model.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;

import org.dipanno.model.ActorRegistry;
import org.dipanno.model.schema.DefaultActors;
import org.junit.jupiter.api.Test;

/** Actors are found by any spelling of their names that a Vietnamese text may use. */
class ActorAliasMatchingTest {

	private final ActorRegistry actors = DefaultActors.create();

	@Test
	void caseSpacingAndDecompositionDoNotMatter() {
		assertEquals("USA", actors.findByAlias("Hoa Kỳ").getId());
		assertEquals("USA", actors.findByAlias(Normalizer.normalize("hoa\u00A0 KỲ", Normalizer.Form.NFD)).getId());
		assertEquals("USA", actors.findByAlias("Mỹ").getId());
	}

	@Test
	void tonePlacementDoesNotMatterButTonesDo() {
		assertEquals(actors.findByAlias("Vương Văn Đào"),
				actors.findByAlias(Normalizer.normalize("vương văn đào", Normalizer.Form.NFD)));
		assertNull(actors.findByAlias("Mý"), "another tone is another word");
		assertNull(actors.findByAlias("Vuong Van Dao"), "letters without their marks are other letters");
	}
}
