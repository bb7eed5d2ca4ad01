package org.dipanno.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.stats.DatasetStats;

/**
 * A completed export.
 *
 * @param folder the dataset folder (moved into place, manifest written)
 * @param splits document ids per split, in corpus order
 * @param labels the token label list (O first) of the Hugging Face files
 * @param files  dataset files relative to {@code folder}, in writing order, {@code MANIFEST.json} last
 */
public record ExportResult(Path folder, DatasetStats stats, Map<DatasetSplit, List<String>> splits, List<String> labels,
		List<String> files) {
}
