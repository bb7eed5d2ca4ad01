package org.dipanno.model.curation;

/** Where the curation of a document stands. */
public enum CurationStatus {
	/** No curation decision in the gold set and gold not done. */
	NOT_STARTED("not started"),
	/** Some curation decisions, gold not done yet. */
	IN_PROGRESS("in progress"),
	/** The gold set is done: curated (what {@code export --set gold --done-only} takes). */
	CURATED("curated");

	private final String label;

	CurationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
