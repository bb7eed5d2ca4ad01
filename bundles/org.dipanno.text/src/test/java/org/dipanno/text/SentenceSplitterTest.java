package org.dipanno.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

	static List<String> sentences(String text) {
		return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> s.text(text)).toList();
	}

	/** The sentences of the seed line that starts with {@code lineStart}. */
	static List<String> seedLine(String seed, String lineStart) {
		String text = Seeds.text(seed);
		int start = text.indexOf(lineStart);
		int end = text.indexOf('\n', start);
		return SentenceSplitter.split(text, start, end < 0 ? text.length() : end).stream().map(s -> s.text(text))
				.toList();
	}

	@Test
	void seed000LeadSplitsAtTheFullStopBeforeNbspAndKeepsTheDate() {
		assertEquals(List.of(
				"Ngày 28/8, tại thủ đô Bắc Kinh, Bộ trưởng Thương mại Trung Quốc Vương Văn Đào đã có cuộc hội đàm với Bộ trưởng Thương mại Mỹ Gina Raimondo.",
				"Hai bên tuyên bố thiết lập một kênh liên lạc mới giữa hai Bộ Thương mại."),
				seedLine(Seeds.S000, "Ngày 28/8"));
	}

	@Test
	void seed001InitialInJamiesonLGreerDoesNotSplit() {
		List<String> sentences = seedLine(Seeds.S001, "Thông tin từ Vụ Phát triển");
		assertEquals(1, sentences.size());
		assertEquals("Thông tin từ Vụ Phát triển thị trường nước ngoài, Bộ Công Thương, tối 23/4, Bộ trưởng Bộ Công Thương, Trưởng đoàn đàm phán Chính phủ Nguyễn Hồng Diên đã có cuộc điện đàm với Trưởng Đại diện Thương mại Hoa Kỳ Jamieson L. Greer để chính thức khởi động đàm phán vấn đề kinh tế, thương mại song phương giữa Việt Nam và Hoa Kỳ.",
				sentences.getFirst());
	}

	@Test
	void seed001FullDateDoesNotSplit() {
		assertEquals(List.of(
				"Ngày 12/4/2025, Thủ tướng Chính phủ Phạm Minh Chính đã ký Quyết định số 753/QĐ-TTg về việc thành lập Đoàn đàm phán Chính phủ về các vấn đề thương mại với Hoa Kỳ."),
				seedLine(Seeds.S001, "Ngày 12/4/2025"));
	}

	@Test
	void seed001TwoSentencesInOneParagraph() {
		assertEquals(List.of(
				"Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên được giao nhiệm vụ làm Trưởng đoàn.",
				"Thứ trưởng Bộ Công Thương Nguyễn Sinh Nhật Tân giữ vai trò Phó Trưởng đoàn."),
				seedLine(Seeds.S001, "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên được giao"));
	}

	@Test
	void seed002AbbreviationTpDoesNotSplit() {
		assertEquals(List.of("TP. Hồ Chí Minh quyết tâm hoàn thành mục tiêu tăng trưởng 8,5% trở lên"),
				seedLine(Seeds.S002, "TP. Hồ Chí Minh quyết tâm"));
		assertEquals(1, seedLine(Seeds.S002, "UBND TP. Hồ Chí Minh xác định").size());
	}

	@Test
	void seed002MissingSpaceAfterFullStopSplits() {
		List<String> sentences = seedLine(Seeds.S002, "Bộ trưởng Nguyễn Hồng Diên đánh giá cao");
		assertEquals(6, sentences.size());
		assertEquals("Trao đổi về tình hình thảo luận Khuôn khổ kinh tế Ấn Độ Dương -Thái Bình Dương vì thịnh vượng (IPEF), Bộ trưởng Nguyễn Hồng Diên hoan nghênh kết quả mà các nước thành viên IPEF đạt được trong việc kết thúc cơ bản các nội dung đàm phán thuộc Trụ cột II về Chuỗi cung ứng; khẳng định Việt Nam đã rất tích cực tham gia các phiên đàm phán, đóng góp nhiều ý kiến cụ thể và phối hợp chặt chẽ với các nước trong quá trình đàm phán Khuôn khổ IPEF.",
				sentences.get(4));
		assertEquals("Là một thành viên tích cực", sentences.get(5).substring(0, 26));
	}

	@Test
	void seed003QuotedSentenceEndsAfterTheClosingQuote() {
		assertEquals(List.of(
				"Ông nêu rõ: \"Đây phải là sự đồng thuận cơ bản giữa hai nước và cũng là điểm mấu chốt phải được duy trì trong các mối quan hệ giữa các nước.\""),
				seedLine(Seeds.S003, "Ông nêu rõ:"));
	}

	@Test
	void seed003EndMarkerEndsTheSentence() {
		assertEquals(List.of(
				"Theo ông, hai nhà lãnh đạo cần xây dựng hướng đi đúng đắn cho quan hệ Mỹ-Trung và nâng tầm quan hệ song phương./."),
				seedLine(Seeds.S003, "Theo ông, hai nhà lãnh đạo"));
	}

	@Test
	void seed004CurlyQuotesAndTrailingNbsp() {
		List<String> sentences = seedLine(Seeds.S004, "Theo ông Vương Nghị, là hai nước lớn");
		assertEquals(3, sentences.size());
		assertEquals("Ông nhấn mạnh, để đạt được mục tiêu này, hai nước “cần đối thoại, không chỉ nối lại đối thoại mà còn phải đối thoại sâu sắc và toàn diện”.",
				sentences.get(1));
		List<String> lead = seedLine(Seeds.S004, "VOV.VN - Ngoại trưởng Trung Quốc Vương Nghị đang ở thăm Mỹ");
		assertEquals("Ông kêu gọi hai bên không chỉ nối lại đối thoại, mà còn cần đối thoại sâu sắc và toàn diện.",
				lead.getLast());
	}

	@Test
	void ellipsisBeforeLowerCaseDoesNotSplitButBeforeCapitalDoes() {
		assertEquals(List.of("Kinh tế… và xã hội…", "Tiếp theo."), sentences("Kinh tế… và xã hội… Tiếp theo."));
		assertEquals(List.of("Trung Quốc...", "Sau đó."), sentences("Trung Quốc... Sau đó."));
		assertEquals(List.of("các nước, v.v. và nhiều bên."), sentences("các nước, v.v. và nhiều bên."));
	}

	@Test
	void decimalsDatesAndLineBreaks() {
		assertEquals(List.of("Tăng 8,5% ngày 28/8.", "Giảm 1.2 điểm."), sentences("Tăng 8,5% ngày 28/8. Giảm 1.2 điểm."));
		assertEquals(List.of("Tiêu đề không dấu chấm", "Dòng hai."), sentences("Tiêu đề không dấu chấm\nDòng hai."));
		assertEquals(List.of("Ông A. Nguyễn nói vậy."), sentences("Ông A. Nguyễn nói vậy."));
		assertEquals(List.of("Theo TS. Lê, GS. Trần đến.", "Hết."), sentences("Theo TS. Lê, GS. Trần đến. Hết."));
	}
}
