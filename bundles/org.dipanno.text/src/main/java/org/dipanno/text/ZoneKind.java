package org.dipanno.text;

/** The part of a scraped article a stretch of text belongs to (see {@link Zoner}). */
public enum ZoneKind {
	/** The article's title: its first non-empty line. */
	TITLE,
	/** The lead (sapo): the first body paragraph. */
	LEAD,
	/** Article body paragraphs after the lead. */
	BODY,
	/** Photo captions, photo credits, image file names. */
	CAPTION,
	/** Page furniture: outlet tags, related-story lists, keywords, timestamps, junk lines. */
	BOILERPLATE;

	/** True for the zones annotation and export cover by default (title, lead, body). */
	public boolean isArticleText() {
		return this == TITLE || this == LEAD || this == BODY;
	}
}
