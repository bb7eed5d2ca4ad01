package org.dipanno.spark;

import java.io.Serializable;

/**
 * An article as read: its raw bytes and the name its document id comes from, or the reason it could not be read.
 *
 * @param order      see {@link ConvertedArticle#order}
 * @param source     where it came from, for messages
 * @param sourceName the file name the id is made of ({@code ArticleImporter.documentId})
 */
public record ArticleInput(String order, String source, String sourceName, byte[] raw, String failure)
		implements Serializable {

	private static final long serialVersionUID = 1L;
}
