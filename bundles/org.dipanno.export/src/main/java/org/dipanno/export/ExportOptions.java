package org.dipanno.export;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;

/**
 * Settings of one export.
 *
 * @param zones             zone kinds exported (default BODY and LEAD)
 * @param entityTypes       entity types in label order; empty: the types found in the data, sorted
 * @param eventRoles        the scheme's event types, their roles and the entity types each role accepts, for brat's
 *                          annotation.conf (roles seen in the data are added); empty: from the data only
 * @param formats           formats to write (default all)
 * @param ratios            train/dev/test ratios (default 80/10/10)
 * @param seed              split seed
 * @param huggingFaceScheme tag scheme of the Hugging Face files (default BIO)
 * @param replaceExisting   whether an existing dataset folder may be replaced
 * @param provenance        what the dataset card states
 */
public record ExportOptions(Set<String> zones, List<String> entityTypes,
		SortedMap<String, SortedMap<String, SortedSet<String>>> eventRoles, Set<DatasetFormat> formats,
		SplitRatios ratios, long seed, TagScheme huggingFaceScheme, boolean replaceExisting,
		DatasetProvenance provenance) {

	public static final Set<String> DEFAULT_ZONES = Set.of("BODY", "LEAD");

	public ExportOptions {
		zones = Set.copyOf(new TreeSet<>(zones));
		if (zones.isEmpty()) {
			throw new IllegalArgumentException("An export needs at least one zone");
		}
		entityTypes = List.copyOf(entityTypes);
		SortedMap<String, SortedMap<String, SortedSet<String>>> roles = new TreeMap<>();
		eventRoles.forEach((type, byRole) -> {
			SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
			byRole.forEach((role, types) -> copy.put(role, Collections.unmodifiableSortedSet(new TreeSet<>(types))));
			roles.put(type, Collections.unmodifiableSortedMap(copy));
		});
		eventRoles = Collections.unmodifiableSortedMap(roles);
		formats = Set.copyOf(formats.isEmpty() ? EnumSet.allOf(DatasetFormat.class) : formats);
		Objects.requireNonNull(ratios, "ratios");
		Objects.requireNonNull(huggingFaceScheme, "huggingFaceScheme");
		Objects.requireNonNull(provenance, "provenance");
	}

	/** Defaults: BODY+LEAD, types from the data, all formats, 80/10/10, BIO for Hugging Face, no replacing. */
	public static ExportOptions defaults(long seed, DatasetProvenance provenance) {
		return new ExportOptions(DEFAULT_ZONES, List.of(), new TreeMap<>(), EnumSet.allOf(DatasetFormat.class), SplitRatios.DEFAULT, seed,
				TagScheme.BIO, false, provenance);
	}

	public ExportOptions withZones(Set<String> newZones) {
		return new ExportOptions(newZones, entityTypes, eventRoles, formats, ratios, seed, huggingFaceScheme, replaceExisting, provenance);
	}

	public ExportOptions withEntityTypes(List<String> newTypes) {
		return new ExportOptions(zones, newTypes, eventRoles, formats, ratios, seed, huggingFaceScheme, replaceExisting, provenance);
	}

	/** The annotation scheme: entity types in label order and event types with their roles (see the record fields). */
	public ExportOptions withScheme(List<String> newTypes, SortedMap<String, SortedMap<String, SortedSet<String>>> newRoles) {
		return new ExportOptions(zones, newTypes, newRoles, formats, ratios, seed, huggingFaceScheme, replaceExisting, provenance);
	}

	public ExportOptions withFormats(Set<DatasetFormat> newFormats) {
		return new ExportOptions(zones, entityTypes, eventRoles, newFormats, ratios, seed, huggingFaceScheme, replaceExisting, provenance);
	}

	public ExportOptions withSplit(SplitRatios newRatios, long newSeed) {
		return new ExportOptions(zones, entityTypes, eventRoles, formats, newRatios, newSeed, huggingFaceScheme, replaceExisting, provenance);
	}

	public ExportOptions withHuggingFaceScheme(TagScheme scheme) {
		return new ExportOptions(zones, entityTypes, eventRoles, formats, ratios, seed, scheme, replaceExisting, provenance);
	}

	public ExportOptions withReplaceExisting(boolean replace) {
		return new ExportOptions(zones, entityTypes, eventRoles, formats, ratios, seed, huggingFaceScheme, replace, provenance);
	}
}
