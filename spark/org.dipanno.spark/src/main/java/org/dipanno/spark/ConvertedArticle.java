package org.dipanno.spark;

import java.io.Serializable;
import java.util.List;

import org.dipanno.export.stats.SplitStats;

/**
 * One article after analysis, rules and rendering, or the reason it could not be converted.
 *
 * @param order        the dataset order: the file path for text files (as the command line imports a folder), the id
 *                     for JSON Lines records
 * @param source       where the article came from, for messages
 * @param documentId   the document id (null when the input named none)
 * @param failure      why the article was left out, or null
 * @param contents     the document's lines per {@link DatasetOutput}, in the order of {@link DatasetOutput#of}
 * @param brat         the document's brat files, or null when brat is not written
 * @param stats        the document's counts
 * @param ruleProblems rules stopped on the document (step budget)
 * @param bytes        the article's size in bytes
 */
public record ConvertedArticle(String order, String source, String documentId, String failure, List<String> contents,
		BratDocument brat, SplitStats stats, int ruleProblems, long bytes) implements Serializable {

	private static final long serialVersionUID = 1L;

	static ConvertedArticle failed(String order, String source, String documentId, String failure, long bytes) {
		return new ConvertedArticle(order, source, documentId, failure, List.of(), null, null, 0, bytes);
	}

	public boolean ok() {
		return failure == null;
	}
}
