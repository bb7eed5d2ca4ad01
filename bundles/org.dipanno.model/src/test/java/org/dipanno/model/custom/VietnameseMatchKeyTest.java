package org.dipanno.model.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseMatchKeyTest {

	@Test
	void tonePlacementDoesNotMatter() {
		assertEquals(VietnameseMatchKey.of("hài hòa"), VietnameseMatchKey.of("hài hoà"));
		assertEquals(VietnameseMatchKey.of("Ủy ban"), VietnameseMatchKey.of("Uỷ ban"));
	}

	@Test
	void decomposedInputCaseAndSpacesDoNotMatter() {
		assertEquals(VietnameseMatchKey.of("Hoa Kỳ"),
				VietnameseMatchKey.of(Normalizer.normalize("hoa\u00A0 KỲ", Normalizer.Form.NFD)));
	}

	@Test
	void differentTonesAndVowelsStayDifferent() {
		assertNotEquals(VietnameseMatchKey.of("hòa"), VietnameseMatchKey.of("hoa"));
		assertNotEquals(VietnameseMatchKey.of("hòa"), VietnameseMatchKey.of("hóa"));
		assertNotEquals(VietnameseMatchKey.of("Mỹ"), VietnameseMatchKey.of("Mý"));
		assertNotEquals(VietnameseMatchKey.of("đào"), VietnameseMatchKey.of("dào"));
	}
}
