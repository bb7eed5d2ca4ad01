package org.dipanno.model.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.AnnotationType;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventType;
import org.dipanno.model.Role;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

class DefaultSchemaTest {

	private final AnnotationSchema schema = DefaultSchema.create();

	@Test
	void entityTypesOfTheDomain() {
		assertEquals(List.of("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "TITLE", "DATE", "MISC"),
				schema.getEntityTypes().stream().map(EntityType::getName).toList());
	}

	@Test
	void eventTypesWithTheirCameoCodes() {
		Map<String, String> codes = new LinkedHashMap<>();
		schema.getEventTypes().forEach(type -> codes.put(type.getName(), type.getCameoCode()));
		assertEquals(Map.of("MEET", "040", "PHONE_CALL", "041", "VISIT", "042", "NEGOTIATE", "046", "AGREE", "057",
				"APPEAL", "020", "STATEMENT", "010", "CONCERN", "110"), codes);
		assertEquals(List.of("MEET", "PHONE_CALL", "VISIT", "NEGOTIATE", "AGREE", "APPEAL", "STATEMENT", "CONCERN"),
				List.copyOf(codes.keySet()));
		assertTrue(codes.get("AGREE").startsWith("05"), "AGREE belongs to the CAMEO 05x family");
		assertTrue(codes.get("CONCERN").startsWith("11"), "CONCERN belongs to the CAMEO 11x family");
	}

	@Test
	void meetRolesAndTheEntityTypesTheyAccept() {
		EventType meet = schema.findEventType("MEET");
		assertEquals(List.of("participant", "counterpart", "time", "place", "topic"),
				meet.getRoles().stream().map(Role::getName).toList());
		assertEquals(List.of("PERSON", "ORGANIZATION", "COUNTRY"), accepted(meet, "participant"));
		assertEquals(List.of("PERSON", "ORGANIZATION", "COUNTRY"), accepted(meet, "counterpart"));
		assertEquals(List.of("DATE"), accepted(meet, "time"));
		assertEquals(List.of("LOCATION", "COUNTRY"), accepted(meet, "place"));
		assertEquals(List.of("MISC", "ORGANIZATION"), accepted(meet, "topic"));
		assertSame(schema.findEntityType("DATE"), meet.findRole("time").getAcceptedTypes().get(0));
	}

	@Test
	void onlyAgreeHasAnOutcomeAndPhoneCallsHaveNoPlace() {
		assertEquals(List.of("MISC", "ORGANIZATION"), accepted(schema.findEventType("AGREE"), "outcome"));
		assertEquals(List.of("AGREE"), schema.getEventTypes().stream().filter(t -> t.findRole("outcome") != null)
				.map(EventType::getName).toList());
		assertEquals(null, schema.findEventType("PHONE_CALL").findRole("place"));
	}

	@Test
	void coloursShortcutKeysAndGuidelines() {
		assertEquals("#E6194B", schema.findEntityType("PERSON").getColor());
		assertEquals("p", schema.findEntityType("PERSON").getShortcutKey());
		assertEquals("1", schema.findEventType("MEET").getShortcutKey());
		assertEquals("8", schema.findEventType("CONCERN").getShortcutKey());
		assertTrue(schema.findEventType("MEET").getDescription().contains("“hội đàm”"));
		assertTrue(schema.findEventType("PHONE_CALL").getDescription().contains("“điện đàm”"));
		assertTrue(schema.findEntityType("TITLE").getDescription().contains("“Bộ trưởng Thương mại”"));
		for (AnnotationType type : List.<AnnotationType>copyOf(schema.getEntityTypes())) {
			assertTrue(type.getColor().matches("#[0-9A-F]{6}"), type.getName());
			assertTrue(type.getDescription().length() > 60, type.getName());
		}
	}

	@Test
	void theDefaultSchemaPassesValidation() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(schema);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic.getChildren().toString());
	}

	private static List<String> accepted(EventType type, String role) {
		return type.findRole(role).getAcceptedTypes().stream().map(EntityType::getName).toList();
	}
}
