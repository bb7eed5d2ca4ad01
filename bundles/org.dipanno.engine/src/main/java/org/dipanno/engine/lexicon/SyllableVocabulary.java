package org.dipanno.engine.lexicon;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Interns folded token keys as dense int ids. Rules and lexicons intern their keys while being built; documents
 * only look keys up, so a key no rule knows gets {@link #UNKNOWN} and the vocabulary does not grow with the corpus.
 * Safe for concurrent use.
 */
public final class SyllableVocabulary {

	public static final int UNKNOWN = -1;

	private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
	private final AtomicInteger next = new AtomicInteger();

	public int intern(String foldedKey) {
		Integer id = ids.get(foldedKey);
		if (id != null) {
			return id;
		}
		return ids.computeIfAbsent(foldedKey, k -> next.getAndIncrement());
	}

	/** The id of a key, or {@link #UNKNOWN}. */
	public int lookup(String foldedKey) {
		Integer id = ids.get(foldedKey);
		return id == null ? UNKNOWN : id;
	}

	public int size() {
		return next.get();
	}
}
