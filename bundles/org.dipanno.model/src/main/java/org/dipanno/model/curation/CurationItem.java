package org.dipanno.model.curation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the curator decides as one: an entity or event reading every annotator shares (an agreement), or the
 * overlapping readings on which they differ, with how they differ. Items are in text order.
 */
public final class CurationItem {

	public enum Kind {
		ENTITY, EVENT
	}

	private final Kind kind;
	private final int start;
	private final int end;
	private final List<CurationVersion> versions;
	private final Set<DisagreementKind> disagreements;

	CurationItem(Kind kind, List<CurationVersion> versions, Set<DisagreementKind> disagreements) {
		this.kind = kind;
		this.versions = List.copyOf(versions);
		this.start = versions.stream().mapToInt(CurationVersion::start).min().orElseThrow();
		this.end = versions.stream().mapToInt(CurationVersion::end).max().orElseThrow();
		this.disagreements = disagreements.isEmpty() ? Collections.emptySet()
				: Collections.unmodifiableSet(EnumSet.copyOf(disagreements));
	}

	public Kind kind() {
		return kind;
	}

	/** Where the readings lie: the smallest start and largest end. */
	public int start() {
		return start;
	}

	public int end() {
		return end;
	}

	/** The distinct readings, in text order (start, end, type, then the reading's value or arguments). */
	public List<CurationVersion> versions() {
		return versions;
	}

	/** How the readings differ; empty for an agreement. */
	public Set<DisagreementKind> disagreements() {
		return disagreements;
	}

	public boolean isAgreement() {
		return disagreements.isEmpty();
	}

	/** The reading this annotator marked here (the first in text order when they marked several), or null. */
	public CurationVersion versionOf(String annotator) {
		for (CurationVersion version : versions) {
			if (version.annotators().contains(annotator)) {
				return version;
			}
		}
		return null;
	}

	boolean overlaps(int otherStart, int otherEnd) {
		return start < otherEnd && otherStart < end;
	}

	@Override
	public String toString() {
		return kind + " [" + start + "," + end + ") " + (isAgreement() ? "agreement" : disagreements) + " " + versions;
	}
}
