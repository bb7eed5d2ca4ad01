package org.dipanno.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;

/**
 * Settings of one export.
 *
 * @param zones             zone kinds exported (default BODY and LEAD)
 * @param entityTypes       entity types in label order; empty: the types found in the data, sorted
 * @param formats           formats to write (default all)
 * @param ratios            train/dev/test ratios (default 80/10/10)
 * @param seed              split seed
 * @param huggingFaceScheme tag scheme of the Hugging Face files (default BIO)
 * @param replaceExisting   whether an existing dataset folder may be replaced
 * @param provenance        what the dataset card states
 */
public record ExportOptions(Set<String> zones, List<String> entityTypes, Set<DatasetFormat> formats,
		SplitRatios ratios, long seed, TagScheme huggingFaceScheme, boolean replaceExisting,
		DatasetProvenance provenance) {

	public static final Set<String> DEFAULT_ZONES = Set.of("BODY", "LEAD");

	public ExportOptions {
		zones = Set.copyOf(new TreeSet<>(zones));
		if (zones.isEmpty()) {
			throw new IllegalArgumentException("An export needs at least one zone");
		}
		entityTypes = List.copyOf(entityTypes);
		formats = Set.copyOf(formats.isEmpty() ? EnumSet.allOf(DatasetFormat.class) : formats);
		Objects.requireNonNull(ratios, "ratios");
		Objects.requireNonNull(huggingFaceScheme, "huggingFaceScheme");
		Objects.requireNonNull(provenance, "provenance");
	}

	/** Defaults: BODY+LEAD, types from the data, all formats, 80/10/10, BIO for Hugging Face, no replacing. */
	public static ExportOptions defaults(long seed, DatasetProvenance provenance) {
		return new ExportOptions(DEFAULT_ZONES, List.of(), EnumSet.allOf(DatasetFormat.class), SplitRatios.DEFAULT, seed,
				TagScheme.BIO, false, provenance);
	}

	public ExportOptions withZones(Set<String> newZones) {
		return new ExportOptions(newZones, entityTypes, formats, ratios, seed, huggingFaceScheme, replaceExisting, provenance);
	}

	public ExportOptions withEntityTypes(List<String> newTypes) {
		return new ExportOptions(zones, newTypes, formats, ratios, seed, huggingFaceScheme, replaceExisting, provenance);
	}

	public ExportOptions withFormats(Set<DatasetFormat> newFormats) {
		return new ExportOptions(zones, entityTypes, newFormats, ratios, seed, huggingFaceScheme, replaceExisting, provenance);
	}

	public ExportOptions withSplit(SplitRatios newRatios, long newSeed) {
		return new ExportOptions(zones, entityTypes, formats, newRatios, newSeed, huggingFaceScheme, replaceExisting, provenance);
	}

	public ExportOptions withHuggingFaceScheme(TagScheme scheme) {
		return new ExportOptions(zones, entityTypes, formats, ratios, seed, scheme, replaceExisting, provenance);
	}

	public ExportOptions withReplaceExisting(boolean replace) {
		return new ExportOptions(zones, entityTypes, formats, ratios, seed, huggingFaceScheme, replace, provenance);
	}
}
