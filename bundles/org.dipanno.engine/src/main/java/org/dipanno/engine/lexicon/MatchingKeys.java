package org.dipanno.engine.lexicon;

import java.util.List;

/**
 * How phrases are split into tokens and how a token becomes its matching key. Lexicon entries and
 * literal patterns must be split and folded exactly as documents are, or they would not match; the
 * text layer's conventions ({@link VietnameseKeys}) are the product's, and the default of {@code EngineOptions}.
 */
public interface MatchingKeys {

	/** The case- and tone-placement-insensitive key of one token. */
	String fold(String token);

	/** The tokens of a phrase, as the document analysis would cut them. */
	List<String> split(String phrase);
}
