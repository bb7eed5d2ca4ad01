package org.dipanno.model.schema;

import java.util.List;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.EntityType;
import org.dipanno.model.EventType;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.Role;
import org.dipanno.model.custom.DipannoModel;

/**
 * The annotation schema dipanno ships for Vietnamese diplomatic news: seven entity types and eight event types aligned
 * with CAMEO codes (as used by GDELT and PETRARCH). Descriptions are the annotation guidelines shown to annotators.
 * Users may change the schema of their corpus; this is the starting point.
 */
public final class DefaultSchema {

	public static final String NAME = "dipanno diplomatic events";
	public static final String VERSION = "1";

	public static final String PERSON = "PERSON";
	public static final String ORGANIZATION = "ORGANIZATION";
	public static final String COUNTRY = "COUNTRY";
	public static final String LOCATION = "LOCATION";
	public static final String TITLE = "TITLE";
	public static final String DATE = "DATE";
	public static final String MISC = "MISC";

	public static final String MEET = "MEET";
	public static final String PHONE_CALL = "PHONE_CALL";
	public static final String VISIT = "VISIT";
	public static final String NEGOTIATE = "NEGOTIATE";
	public static final String AGREE = "AGREE";
	public static final String APPEAL = "APPEAL";
	public static final String STATEMENT = "STATEMENT";
	public static final String CONCERN = "CONCERN";

	public static final String PARTICIPANT = "participant";
	public static final String COUNTERPART = "counterpart";
	public static final String TIME = "time";
	public static final String PLACE = "place";
	public static final String TOPIC = "topic";
	public static final String OUTCOME = "outcome";

	private DefaultSchema() {
	}

	/** A new copy of the default schema (each corpus owns its own). */
	public static AnnotationSchema create() {
		DipannoModel.init();
		AnnotationSchema schema = ModelFactory.eINSTANCE.createAnnotationSchema();
		schema.setName(NAME);
		schema.setVersion(VERSION);

		EntityType person = entity(schema, PERSON, "#E6194B", "p",
				"A person named in the text, without the title before the name: mark “Vương Văn Đào” in "
						+ "“Bộ trưởng Thương mại Trung Quốc Vương Văn Đào”, “Antony Blinken” in "
						+ "“Ngoại trưởng Mỹ Antony Blinken”. Latin-script names keep their initials (“Jamieson L. Greer”).");
		EntityType organization = entity(schema, ORGANIZATION, "#4363D8", "o",
				"A named organisation: ministries (“Bộ Thương mại”, “Bộ Ngoại giao”), agencies, news agencies "
						+ "(“Tân Hoa xã”, “TTXVN”), forums and groupings (“APEC”, “ASEAN”, “IPEF”). "
						+ "Include the country when it is part of the name (“Bộ Thương mại Trung Quốc”).");
		EntityType country = entity(schema, COUNTRY, "#3CB44B", "c",
				"A country or other geo-political entity acting or referred to as a state: “Việt Nam”, "
						+ "“Trung Quốc”, “Mỹ”, “Hoa Kỳ”. Normalize to the ISO 3166 alpha-3 code (VNM, CHN, USA).");
		EntityType location = entity(schema, LOCATION, "#F58231", "l",
				"A place that is not acting as a state: cities (“Bắc Kinh”, “Washington”, “Hà Nội”), "
						+ "regions, venues (“Nhà Trắng” when it names the building).");
		EntityType title = entity(schema, TITLE, "#911EB4", "t",
				"A position or function before or instead of a name: “Bộ trưởng Thương mại”, “Ngoại trưởng”, "
						+ "“Đại sứ Mỹ tại Trung Quốc”. Do not include the person's name.");
		EntityType date = entity(schema, DATE, "#42D4F4", "d",
				"A date or time expression: “ngày 28/8”, “tối 23/4”, “hồi tháng 6”, “ngày 26/10 (giờ địa phương)”. "
						+ "Normalize to an ISO date; write --MM-DD when the year cannot be told from the article.");
		EntityType misc = entity(schema, MISC, "#A9A9A9", "m",
				"Other named things an event is about: agreements, documents and mechanisms (“DOC”, “TIFA”, "
						+ "“kênh liên lạc mới”), named policies and topics. Use only when no other type fits.");

		List<EntityType> actors = List.of(person, organization, country);
		List<EntityType> places = List.of(location, country);
		List<EntityType> times = List.of(date);
		List<EntityType> topics = List.of(misc, organization);
		addEventTypes(schema, actors, places, times, topics);
		return schema;
	}

	/** The eight event types, their roles accepting the given entity types. */
	private static void addEventTypes(AnnotationSchema schema, List<EntityType> actors, List<EntityType> places,
			List<EntityType> times, List<EntityType> topics) {
		EventType meet = event(schema, MEET, "040", "#800000", "1",
				"Talks or a meeting between parties in person: “hội đàm”, “cuộc gặp”, “gặp”, “tiếp”, "
						+ "“làm việc với”. Mark the trigger word. CAMEO 040 Consult (043 host a visit, 044 meet at a third location).");
		role(meet, PARTICIPANT, "The party holding the meeting or named first (CAMEO source).", actors);
		role(meet, COUNTERPART, "The other party of the meeting (CAMEO target).", actors);
		role(meet, TIME, "When the meeting took place.", times);
		role(meet, PLACE, "Where the meeting took place.", places);
		role(meet, TOPIC, "What was discussed.", topics);

		EventType phoneCall = event(schema, PHONE_CALL, "041", "#9A6324", "2",
				"A conversation by telephone or video link: “điện đàm”, “hội đàm trực tuyến”, “gọi điện”. "
						+ "CAMEO 041 Discuss by telephone.");
		role(phoneCall, PARTICIPANT, "The party that called or is named first.", actors);
		role(phoneCall, COUNTERPART, "The other party of the call.", actors);
		role(phoneCall, TIME, "When the call took place.", times);
		role(phoneCall, TOPIC, "What was discussed.", topics);

		EventType visit = event(schema, VISIT, "042", "#808000", "3",
				"A trip to another country or organisation: “thăm”, “chuyến thăm”, “công du”. "
						+ "CAMEO 042 Make a visit (the host's side is 043 Host a visit).");
		role(visit, PARTICIPANT, "The visitor.", actors);
		role(visit, COUNTERPART, "The host.", actors);
		role(visit, TIME, "When the visit took place.", times);
		role(visit, PLACE, "The destination.", places);
		role(visit, TOPIC, "Purpose of the visit.", topics);

		EventType negotiate = event(schema, NEGOTIATE, "046", "#469990", "4",
				"Negotiation towards an agreement: “đàm phán”, “vòng đàm phán”. CAMEO 046 Engage in negotiation.");
		role(negotiate, PARTICIPANT, "A negotiating party.", actors);
		role(negotiate, COUNTERPART, "The other negotiating party.", actors);
		role(negotiate, TIME, "When the negotiation took place or starts.", times);
		role(negotiate, PLACE, "Where it took place.", places);
		role(negotiate, TOPIC, "What is negotiated (e.g. a trade agreement).", topics);

		EventType agree = event(schema, AGREE, "057", "#000075", "5",
				"Agreement reached or a mechanism established: “nhất trí”, “ký”, “thiết lập kênh liên lạc”, "
						+ "“thành lập tổ công tác”. CAMEO 05x family (050 diplomatic cooperation, 057 sign formal agreement).");
		role(agree, PARTICIPANT, "A party to the agreement.", actors);
		role(agree, COUNTERPART, "The other party.", actors);
		role(agree, TIME, "When it was agreed.", times);
		role(agree, PLACE, "Where it was agreed.", places);
		role(agree, TOPIC, "What the agreement is about.", topics);
		role(agree, OUTCOME, "The agreement or mechanism created (e.g. “kênh liên lạc mới”, a working group).",
				topics);

		EventType appeal = event(schema, APPEAL, "020", "#F032E6", "6",
				"A request or call on another party: “kêu gọi”, “đề nghị”, “yêu cầu”. CAMEO 020 Make an appeal or request.");
		role(appeal, PARTICIPANT, "The party making the appeal.", actors);
		role(appeal, COUNTERPART, "The party appealed to.", actors);
		role(appeal, TIME, "When the appeal was made.", times);
		role(appeal, TOPIC, "What is asked for.", topics);

		EventType statement = event(schema, STATEMENT, "010", "#BFEF45", "7",
				"A public statement: “khẳng định”, “nhấn mạnh”, “cho biết”, “tuyên bố”. CAMEO 010 Make statement. "
						+ "Annotate only statements by or about the parties of a diplomatic event.");
		role(statement, PARTICIPANT, "The speaker.", actors);
		role(statement, COUNTERPART, "The party the statement is addressed to or about.", actors);
		role(statement, TIME, "When it was said.", times);
		role(statement, PLACE, "Where it was said.", places);
		role(statement, TOPIC, "What it is about.", topics);

		EventType concern = event(schema, CONCERN, "110", "#FFE119", "8",
				"Disapproval of another party: “quan ngại”, “phản đối”, “chỉ trích”. CAMEO 11x Disapprove "
						+ "(110 not specified, 111 criticize or denounce).");
		role(concern, PARTICIPANT, "The party expressing concern.", actors);
		role(concern, COUNTERPART, "The party or action disapproved of.", actors);
		role(concern, TIME, "When it was expressed.", times);
		role(concern, TOPIC, "What the concern is about.", topics);
	}

	private static EntityType entity(AnnotationSchema schema, String name, String color, String key,
			String description) {
		EntityType type = ModelFactory.eINSTANCE.createEntityType();
		type.setName(name);
		type.setColor(color);
		type.setShortcutKey(key);
		type.setDescription(description);
		schema.getEntityTypes().add(type);
		return type;
	}

	private static EventType event(AnnotationSchema schema, String name, String cameoCode, String color, String key,
			String description) {
		EventType type = ModelFactory.eINSTANCE.createEventType();
		type.setName(name);
		type.setCameoCode(cameoCode);
		type.setColor(color);
		type.setShortcutKey(key);
		type.setDescription(description);
		schema.getEventTypes().add(type);
		return type;
	}

	private static void role(EventType eventType, String name, String description, List<EntityType> accepted) {
		Role role = ModelFactory.eINSTANCE.createRole();
		role.setName(name);
		role.setDescription(description);
		role.getAcceptedTypes().addAll(accepted);
		eventType.getRoles().add(role);
	}
}
