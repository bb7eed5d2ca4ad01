package org.dipanno.export.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dipanno.export.SelectedDocument;
import org.dipanno.export.format.Json;
import org.dipanno.export.split.DatasetSplit;

import com.google.gson.JsonObject;

/** The stats summary of a dataset: per split and in total. Written as {@code stats.json}. */
public record DatasetStats(Map<DatasetSplit, SplitStats> splits, SplitStats total) {

	public static DatasetStats of(Map<DatasetSplit, List<SelectedDocument>> documents) {
		Map<DatasetSplit, SplitStats> splits = new EnumMap<>(DatasetSplit.class);
		List<SelectedDocument> all = new java.util.ArrayList<>();
		for (DatasetSplit split : DatasetSplit.values()) {
			List<SelectedDocument> part = documents.getOrDefault(split, List.of());
			splits.put(split, SplitStats.of(part));
			all.addAll(part);
		}
		return new DatasetStats(Collections.unmodifiableMap(splits), SplitStats.of(all));
	}

	public SplitStats split(DatasetSplit split) {
		return splits.get(split);
	}

	public String toJson() {
		JsonObject json = new JsonObject();
		JsonObject splitJson = new JsonObject();
		splits.forEach((split, stats) -> splitJson.add(split.fileName(), stats.toJson()));
		json.add("splits", splitJson);
		json.add("total", total.toJson());
		return Json.pretty(json);
	}
}
