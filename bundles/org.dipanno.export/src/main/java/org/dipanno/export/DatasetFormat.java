package org.dipanno.export;

/** The dataset formats an export can write. */
public enum DatasetFormat {
	/** CoNLL-2003-style BIO and BIOES, syllable and word tokens: {@code conll/<syllable|word>/<bio|bioes>/<split>.conll}. */
	CONLL("CoNLL-2003-style BIO (IOB2) and BIOES"),
	/** Hugging Face token classification JSON Lines: {@code hf/<syllable|word>/<split>.jsonl} + {@code hf/labels.json}. */
	HUGGING_FACE("JSON Lines for Hugging Face token classification"),
	/** Character-span JSON Lines, doccano naming: {@code spans/<split>.jsonl}. */
	SPAN_JSONL("JSON Lines with character spans (doccano style)"),
	/** brat standoff: {@code brat/<split>/<doc>.txt|.ann} + {@code brat/annotation.conf}. */
	BRAT("brat standoff");

	private final String title;

	DatasetFormat(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
