package org.dipanno.export;

import java.util.List;

import org.dipanno.export.tokens.ExportToken;
import org.dipanno.export.tokens.TokenForm;

/**
 * One exported sentence: the unit of CoNLL, Hugging Face and span JSONL.
 *
 * @param sentenceIndex  index of the sentence in the document's sentence list
 * @param entities       every selected mention lying inside the sentence (span JSONL writes all)
 * @param taggedEntities the non-overlapping mentions token formats tag (outermost policy)
 * @param syllables      syllable tokens, split at tagged entity boundaries
 * @param words          word tokens, split at tagged entity boundaries
 */
public record SentenceUnit(String documentId, int sentenceIndex, Span span, List<EntitySpan> entities,
		List<EntitySpan> taggedEntities, List<ExportToken> syllables, List<ExportToken> words) {

	public List<ExportToken> tokens(TokenForm form) {
		return form == TokenForm.SYLLABLE ? syllables : words;
	}

	/** Identifier of the sentence in exported records: {@code <document id>#<sentence index>}. */
	public String unitId() {
		return documentId + "#" + sentenceIndex;
	}
}
