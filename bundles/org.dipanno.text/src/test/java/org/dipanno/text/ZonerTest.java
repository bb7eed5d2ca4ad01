package org.dipanno.text;

import static org.dipanno.text.ZoneKind.BODY;
import static org.dipanno.text.ZoneKind.BOILERPLATE;
import static org.dipanno.text.ZoneKind.CAPTION;
import static org.dipanno.text.ZoneKind.LEAD;
import static org.dipanno.text.ZoneKind.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ZonerTest {

	/** Expected kind of every non-empty line of each seed, as (first line, last line, kind) ranges. */
	static Stream<Arguments> everyLineOfEverySeed() {
		return Stream.of(
				Arguments.of(Seeds.S000, List.of(range(1, 1, TITLE), range(3, 3, LEAD), range(4, 5, CAPTION),
						range(7, 9, BODY), range(11, 13, CAPTION), range(15, 21, BODY), range(23, 71, BOILERPLATE))),
				Arguments.of(Seeds.S001, List.of(range(1, 1, TITLE), range(3, 3, LEAD), range(5, 6, CAPTION),
						range(8, 12, BODY), range(14, 15, CAPTION), range(17, 29, BODY), range(31, 45, BOILERPLATE))),
				Arguments.of(Seeds.S002, List.of(range(1, 1, TITLE), range(2, 2, LEAD), range(3, 7, BODY),
						range(8, 73, BOILERPLATE))),
				Arguments.of(Seeds.S003, List.of(range(1, 1, TITLE), range(2, 2, CAPTION), range(3, 3, LEAD),
						range(4, 13, BODY), range(14, 63, BOILERPLATE))),
				Arguments.of(Seeds.S004, List.of(range(1, 1, TITLE), range(3, 3, LEAD), range(5, 17, BODY),
						range(19, 65, BOILERPLATE))));
	}

	private static Object[] range(int firstLine, int lastLine, ZoneKind kind) {
		return new Object[] { firstLine, lastLine, kind };
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyLineOfEverySeed")
	void everyLineIsInItsExpectedZone(String seed, List<Object[]> ranges) {
		String text = Seeds.text(seed);
		List<Zone> zones = Zoner.zone(text);
		String[] lines = text.split("\n", -1);
		int offset = 0;
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (int n = 1; n <= lines.length; n++) {
			String line = lines[n - 1];
			int lineEnd = offset + line.length();
			if (!line.isBlank()) {
				ZoneKind expected = null;
				for (Object[] range : ranges) {
					if (n >= (int) range[0] && n <= (int) range[1]) {
						expected = (ZoneKind) range[2];
					}
				}
				// the middle of the line decides: a line can start with an outlet tag (004 line 3)
				// or end with a keyword list (002 line 7), both checked by the tests below
				ZoneKind actual = Zoner.zoneAt(zones, offset + line.length() / 2).kind();
				if (actual != expected) {
					wrong.add("line " + n + " is " + actual + ", expected " + expected + ": " + line);
				}
				checked++;
			}
			offset = lineEnd + 1;
		}
		assertEquals(List.of(), wrong);
		assertTrue(checked > 10);
	}

	@ParameterizedTest
	@MethodSource("org.dipanno.text.TextNormalizerTest#seeds")
	void zonesTileTheWholeTextWithoutGapsOrOverlaps(String seed) {
		String text = Seeds.text(seed);
		List<Zone> zones = Zoner.zone(text);
		assertEquals(0, zones.getFirst().start());
		assertEquals(text.length(), zones.getLast().end());
		for (int i = 1; i < zones.size(); i++) {
			assertEquals(zones.get(i - 1).end(), zones.get(i).start(), "gap or overlap before zone " + i);
			assertTrue(zones.get(i).end() > zones.get(i).start());
			assertTrue(zones.get(i).kind() != zones.get(i - 1).kind(), "adjacent zones of one kind are merged");
		}
		assertEquals(TITLE, zones.getFirst().kind());
		assertEquals(1, zones.stream().filter(z -> z.kind() == LEAD).count());
	}

	@Test
	void titlesOfTheSeeds() {
		assertEquals("Trung Quốc và Mỹ thiết lập kênh liên lạc mới giữa hai Bộ Thương mại", title(Seeds.S000));
		assertEquals("Chính thức khởi động đàm phán thương mại song phương Việt Nam - Hoa Kỳ", title(Seeds.S001));
		assertEquals("Việt Nam và Hoa Kỳ hướng tới cán cân thương mại hài hòa, bền vững", title(Seeds.S002));
		assertEquals("Trung Quốc và Mỹ nhấn mạnh sự cần thiết ổn định quan hệ song phương", title(Seeds.S003));
		assertEquals("Ông Vương Nghị kêu gọi Mỹ-Trung đối thoại sâu sắc và toàn diện", title(Seeds.S004));
	}

	private static String title(String seed) {
		String text = Seeds.text(seed);
		Zone title = Zoner.zone(text).getFirst();
		assertEquals(TITLE, title.kind());
		return title.text(text).strip();
	}

	@Test
	void seed000BodyEndsBeforeCoTheBanQuanTam() {
		String text = Seeds.text(Seeds.S000);
		List<Zone> zones = Zoner.zone(text);
		int marker = text.indexOf("Có thể bạn quan tâm");
		Zone lastBody = zones.stream().filter(z -> z.kind() == BODY).reduce((a, b) -> b).orElseThrow();
		assertEquals(marker, lastBody.end());
		assertTrue(lastBody.text(text).strip().endsWith("bảo vệ thông tin kinh tế."));
		Zone boilerplate = Zoner.zoneAt(zones, marker);
		assertEquals(new Zone(BOILERPLATE, marker, text.length()), boilerplate);
		// the unrelated stories after the marker are boilerplate too
		assertEquals(BOILERPLATE, Zoner.zoneAt(zones, text.indexOf("Nepal bầu cử Hạ viện")).kind());
	}

	@Test
	void seed000RepeatedPhotoCaptionsAreCaptions() {
		String text = Seeds.text(Seeds.S000);
		List<Zone> zones = Zoner.zone(text);
		String caption = "Bộ trưởng Thương mại Trung Quốc Vương Văn Đào và Bộ trưởng Thương mại Mỹ Gina Raimondo. (Ảnh: mofcom.gov.cn)";
		int first = text.indexOf(caption);
		int second = text.indexOf(caption, first + 1);
		assertTrue(first > 0 && second == first + caption.length() + 1);
		Zone zone = Zoner.zoneAt(zones, first);
		assertEquals(CAPTION, zone.kind());
		assertEquals(first, zone.start());
		assertEquals(zone, Zoner.zoneAt(zones, second + caption.length() - 1));
		int scene = text.indexOf("Quang cảnh cuộc hội đàm. (Ảnh: mofcom.gov.cn)");
		int sceneAgain = text.indexOf("Quang cảnh cuộc hội đàm. (Ảnh: mofcom.gov.cn)", scene + 1);
		assertEquals(CAPTION, Zoner.zoneAt(zones, scene).kind());
		assertEquals(CAPTION, Zoner.zoneAt(zones, sceneAgain).kind());
	}

	@Test
	void seed002KeywordListStartsBoilerplateInsideTheLastBodyLine() {
		String text = Seeds.text(Seeds.S002);
		List<Zone> zones = Zoner.zone(text);
		int keywords = text.indexOf("- Từ khóa :");
		assertEquals("./.", text.substring(keywords - 3, keywords));
		Zone body = Zoner.zoneAt(zones, keywords - 1);
		assertEquals(BODY, body.kind());
		assertEquals(keywords, body.end());
		assertTrue(body.text(text).endsWith("hiện thực hóa cam kết của Lãnh đạo hai nước./."));
		assertEquals(new Zone(BOILERPLATE, keywords, text.length()), Zoner.zoneAt(zones, keywords));
		for (String after : List.of("- việt nam", "Tin liên quan", "07:34' - 22/09/2023", "Tin cùng chuyên mục",
				"TP. Hồ Chí Minh quyết tâm")) {
			assertEquals(BOILERPLATE, Zoner.zoneAt(zones, text.indexOf(after)).kind(), after);
		}
	}

	@Test
	void seed001ImageFileNameAndTheCaptionBelowItAreCaptions() {
		String text = Seeds.text(Seeds.S001);
		List<Zone> zones = Zoner.zone(text);
		int file = text.indexOf("z6535028220805-e1dbec1780a6c36750646444390bf9cc-ad8ce-7ab43.jpg");
		int below = text.indexOf("Diễn biến cuộc điện đàm giữa Việt Nam và Hoa Kỳ");
		assertEquals(CAPTION, Zoner.zoneAt(zones, file).kind());
		assertEquals(CAPTION, Zoner.zoneAt(zones, below).kind());
		assertEquals(BODY, Zoner.zoneAt(zones, text.indexOf("Theo Bộ trưởng Bộ Công Thương, các Bộ ngành")).kind());
		// the repeated portrait caption
		int portrait = text.indexOf("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên, trưởng Đoàn đàm phán");
		assertEquals(CAPTION, Zoner.zoneAt(zones, portrait).kind());
		assertEquals(BOILERPLATE, Zoner.zoneAt(zones, text.indexOf("Xem thêm")).kind());
	}

	@Test
	void seed003CreditCaptionTimestampsAndJunkLine() {
		String text = Seeds.text(Seeds.S003);
		List<Zone> zones = Zoner.zone(text);
		assertEquals(CAPTION, Zoner.zoneAt(zones, text.indexOf("Bộ trưởng Ngoại giao Trung Quốc Tần Cương. (Nguồn")).kind());
		Zone lead = Zoner.zoneAt(zones, text.indexOf("Ngày 8/5, tại thủ đô Bắc Kinh"));
		assertEquals(LEAD, lead.kind());
		assertEquals(text.indexOf("Ngày 8/5"), lead.start());
		assertEquals(BOILERPLATE, Zoner.zoneAt(zones, text.indexOf("07:59 | 16/09/2024")).kind());
		assertEquals(BOILERPLATE, Zoner.zoneAt(zones, text.indexOf("bawns cas h5")).kind());
		assertEquals(BOILERPLATE, Zoner.zoneAt(zones, text.indexOf("Tin mới")).kind());
		assertEquals(BODY, Zoner.zoneAt(zones, text.indexOf("nâng tầm quan hệ song phương./.")).kind());
	}

	@Test
	void seed004OutletTagIsBoilerplateAndTheLeadFollowsIt() {
		String text = Seeds.text(Seeds.S004);
		List<Zone> zones = Zoner.zone(text);
		int tag = text.indexOf("VOV.VN - Ngoại trưởng");
		assertEquals(new Zone(BOILERPLATE, tag, tag + "VOV.VN - ".length()), Zoner.zoneAt(zones, tag));
		Zone lead = Zoner.zoneAt(zones, tag + "VOV.VN - ".length());
		assertEquals(LEAD, lead.kind());
		assertTrue(lead.text(text).startsWith("Ngoại trưởng Trung Quốc Vương Nghị đang ở thăm Mỹ"));
		assertEquals(BOILERPLATE, Zoner.zoneAt(zones, text.indexOf("Mời quý độc giả theo dõi VOV.VN trên")).kind());
	}

	@Test
	void inArticleTimestampJunkAndDashLinesAreBoilerplateNothingIsDropped() {
		String text = "Tiêu đề bài\n\nĐoạn mở đầu.\nbawns cas h5\n07:59 | 16/09/2024\n-\nĐoạn thân bài.\n";
		List<Zone> zones = Zoner.zone(text);
		assertEquals(List.of(new Zone(TITLE, 0, 13), new Zone(LEAD, 13, 26), new Zone(BOILERPLATE, 26, 60),
				new Zone(BODY, 60, text.length())), zones);
	}

	@Test
	void tonePlacementAndCaseOfMarkersDoNotMatter() {
		String text = "Tiêu đề\nMở đầu.\nThân bài.\nTỪ KHOÁ: a, b\nc";
		List<Zone> zones = Zoner.zone(text);
		assertEquals(BOILERPLATE, zones.getLast().kind());
		assertEquals(text.indexOf("TỪ KHOÁ"), zones.getLast().start());
	}

	@Test
	void zoneAtOutsideTheTextIsNull() {
		List<Zone> zones = Zoner.zone("Tiêu đề\nThân.");
		assertNull(Zoner.zoneAt(zones, -1));
		assertNull(Zoner.zoneAt(zones, 100));
	}
}
