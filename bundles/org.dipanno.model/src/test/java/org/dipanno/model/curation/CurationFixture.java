package org.dipanno.model.curation;

import org.dipanno.model.AnnotationSchema;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.EntityMention;
import org.dipanno.model.EventMention;
import org.dipanno.model.MentionStatus;
import org.dipanno.model.SampleCorpus;
import org.dipanno.model.schema.DefaultSchema;

/**
 * The sample article annotated by lan, minh and (for three annotators) hoa, without gold. Where they differ:
 * <ul>
 * <li>"Mỹ" [14,16) COUNTRY: lan and hoa give USA, minh no value (value);</li>
 * <li>"Bắc Kinh" [91,99): lan and hoa LOCATION, minh ORGANIZATION (type);</li>
 * <li>"Bộ trưởng Thương mại Trung Quốc" [101,132) TITLE for lan and hoa, minh [101,121) (boundary); the nested
 * COUNTRY "Trung Quốc" [122,132) all agree on;</li>
 * <li>the MEET "hội đàm" [158,165): lan and hoa with participant, counterpart and place, minh with participant and
 * place "Bắc Kinh" as ORGANIZATION (arguments);</li>
 * <li>"Gina Raimondo" [194,207) PERSON: lan and hoa, not minh (missing).</li>
 * </ul>
 * All three agree on "Trung Quốc" [0,10), the date [69,78), "Trung Quốc" [122,132) and "Vương Văn Đào" [133,146).
 */
final class CurationFixture {

	static final int MY = 14;
	static final int BAC_KINH = 91;
	static final int TITLE = 101;
	static final int MEET = 158;
	static final int RAIMONDO = 194;

	private CurationFixture() {
	}

	static Corpus corpus(boolean withHoa) {
		Corpus corpus = SampleCorpus.create();
		Document document = corpus.getDocuments().get(0);
		document.getAnnotationSets().remove(document.findAnnotationSet("gold"));
		annotate(document, "lan", true);
		annotate(document, "minh", false);
		if (withHoa) {
			annotate(document, "hoa", true);
		}
		return corpus;
	}

	private static void annotate(Document document, String annotator, boolean likeLan) {
		AnnotationSchema schema = document.getCorpus().getSchema();
		AnnotationSet set = document.getOrCreateAnnotationSet(AnnotationSetKind.ANNOTATOR, annotator);
		var actors = document.getCorpus().getActorRegistry();
		EntityMention china = entity(set, schema, 0, 10, DefaultSchema.COUNTRY);
		china.setCountryCode("CHN");
		EntityMention usa = entity(set, schema, 14, 16, DefaultSchema.COUNTRY);
		if (likeLan) {
			usa.setCountryCode("USA");
		}
		entity(set, schema, 69, 78, DefaultSchema.DATE).setIsoDate("--08-28");
		EntityMention beijing = entity(set, schema, 91, 99, likeLan ? DefaultSchema.LOCATION : DefaultSchema.ORGANIZATION);
		entity(set, schema, 101, likeLan ? 132 : 121, DefaultSchema.TITLE);
		entity(set, schema, 122, 132, DefaultSchema.COUNTRY).setCountryCode("CHN");
		EntityMention wang = entity(set, schema, 133, 146, DefaultSchema.PERSON);
		wang.setActor(actors.findActor("vuong-van-dao"));
		EventMention meeting = set.addEventMention(158, 165, schema.findEventType(DefaultSchema.MEET));
		meeting.setStatus(MentionStatus.ACCEPTED);
		SampleCorpus.argument(meeting, DefaultSchema.PARTICIPANT, wang);
		SampleCorpus.argument(meeting, DefaultSchema.PLACE, beijing);
		if (likeLan) {
			EntityMention raimondo = entity(set, schema, 194, 207, DefaultSchema.PERSON);
			SampleCorpus.argument(meeting, DefaultSchema.COUNTERPART, raimondo);
		}
	}

	private static EntityMention entity(AnnotationSet set, AnnotationSchema schema, int start, int end, String type) {
		EntityMention mention = set.addEntityMention(start, end, schema.findEntityType(type));
		mention.setStatus(MentionStatus.ACCEPTED);
		return mention;
	}
}
