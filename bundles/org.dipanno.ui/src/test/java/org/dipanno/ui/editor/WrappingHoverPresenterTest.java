package org.dipanno.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrappingHoverPresenterTest {

	/** One unit of width per character, as a monospaced font would measure. */
	private static String wrap(String text, int width) {
		return WrappingHoverPresenter.wrap(text, width, String::length);
	}

	@Test
	void longLinesBreakBetweenWordsAndContinueIndented() {
		assertEquals("Guideline: a person\n    named in the\n    text", wrap("Guideline: a person named in the text", 20));
	}

	@Test
	void shortLinesAndLineBreaksStayAsTheyAre() {
		assertEquals("PERSON: \"Vương Văn Đào\"\nStatus: accepted", wrap("PERSON: \"Vương Văn Đào\"\nStatus: accepted", 40));
	}

	@Test
	void indentationOfArgumentLinesIsKept() {
		assertEquals("Event MEET\n  participant: \"Vương\n      Văn Đào\"", wrap("Event MEET\n  participant: \"Vương Văn Đào\"", 22));
	}

	@Test
	void aSingleWordWiderThanTheLimitStaysWhole() {
		assertEquals("mofcom.gov.cn/very/long/path", wrap("mofcom.gov.cn/very/long/path", 10));
	}
}
