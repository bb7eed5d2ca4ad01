package org.dipanno.export.curation;

/** How annotator sets are merged into gold. */
public enum CurationStrategy {
	/**
	 * A mention (same start, end, type) marked by every annotator goes into
	 * gold; every other mention is a conflict for the curator.
	 */
	UNANIMOUS,
	/**
	 * A mention marked by more than half of the annotators goes into gold.
	 * Exactly half is a tie: a conflict. Less than half is rejected when the
	 * overlapping region has a gold mention or when at most half of the
	 * annotators marked anything there; otherwise (most annotators marked
	 * something, but no single reading has a majority) it is a conflict.
	 */
	MAJORITY
}
