package org.dipanno.export;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Counts of {@link ExportWarning}s, in declaration order. Serializable: a distributed export sums them. */
public final class WarningCounts implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private final EnumMap<ExportWarning, Integer> counts = new EnumMap<>(ExportWarning.class);

	public WarningCounts() {
		for (ExportWarning warning : ExportWarning.values()) {
			counts.put(warning, 0);
		}
	}

	public void add(ExportWarning warning, int count) {
		counts.merge(warning, count, Integer::sum);
	}

	public void addAll(WarningCounts other) {
		other.counts.forEach(this::add);
	}

	public int get(ExportWarning warning) {
		return counts.get(warning);
	}

	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	public Map<ExportWarning, Integer> asMap() {
		return Collections.unmodifiableMap(counts);
	}
}
