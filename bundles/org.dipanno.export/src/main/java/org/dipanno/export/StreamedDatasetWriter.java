package org.dipanno.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dipanno.export.format.BratStandoff;
import org.dipanno.export.format.ConllFormat;
import org.dipanno.export.format.HuggingFaceJsonl;
import org.dipanno.export.format.SpanJsonl;
import org.dipanno.export.io.FileSink;
import org.dipanno.export.io.StagedDataset;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.stats.DatasetCard;
import org.dipanno.export.stats.DatasetStats;
import org.dipanno.export.stats.SplitStats;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TokenForm;

/**
 * Writes a dataset document by document, in document order, without holding the documents: the split is decided up
 * front from the document ids, each document is rendered on its own ({@link #render}, on any thread) and appended to
 * its split's files ({@link #append}, in document order). The files are those {@link DatasetExporter} writes from a
 * list of the same documents, byte for byte, staged and committed the same way (manifest last).
 *
 * <p>The entity types (the Hugging Face labels) must be given in the options: a stream cannot gather them from the
 * data before the first document is written.
 */
public final class StreamedDatasetWriter implements AutoCloseable {

	private static final Pattern SAFE_FILE_NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");

	/** One file of every split: a CoNLL form and scheme, a Hugging Face form, or the span file. */
	private record SplitFile(DatasetFormat format, TokenForm form, TagScheme scheme) {

		String path(DatasetSplit split) {
			return switch (format) {
			case CONLL -> DatasetExporter.conllPath(form, scheme, split);
			case HUGGING_FACE -> DatasetExporter.huggingFacePath(form, split);
			default -> DatasetExporter.spanPath(split);
			};
		}
	}

	/** One document rendered for every file of its split, with its counts. */
	public record Rendered(String id, DatasetSplit split, SelectedDocument selected, List<String> contents,
			SplitStats stats) {
	}

	private final ExportOptions options;
	private final Map<DatasetSplit, List<String>> splitIds;
	private final Map<String, DatasetSplit> splitOf = new HashMap<>();
	private final Set<String> declaredTypes;
	private final List<String> labels;
	private final List<SplitFile> splitFiles = new ArrayList<>();
	private final List<String> paths = new ArrayList<>();
	private final StagedDataset dataset;
	private final Map<DatasetSplit, List<Writer>> writers = new EnumMap<>(DatasetSplit.class);
	private final Map<DatasetSplit, SplitStats> stats = new EnumMap<>(DatasetSplit.class);
	private final BratConfiguration bratConfiguration;
	private final Set<String> appended = new HashSet<>();

	/**
	 * Starts the dataset in its staging folder (see {@link StagedDataset#begin}).
	 *
	 * @param splitIds the ids of each split in document order, as {@link org.dipanno.export.split.DatasetSplitter}
	 *                 made them; every one must be appended
	 */
	public StreamedDatasetWriter(ExportOptions options, Map<DatasetSplit, List<String>> splitIds, Path folder)
			throws IOException {
		if (options.entityTypes().isEmpty()) {
			throw new IllegalArgumentException("A streamed export needs the entity types in its options");
		}
		this.options = options;
		this.splitIds = new EnumMap<>(splitIds);
		splitIds.forEach((split, ids) -> ids.forEach(id -> splitOf.put(id, split)));
		this.declaredTypes = new HashSet<>(options.entityTypes());
		this.labels = options.huggingFaceScheme().labels(options.entityTypes());
		this.bratConfiguration = new BratConfiguration(options.entityTypes(), options.eventRoles());
		planFiles();
		this.dataset = StagedDataset.begin(folder, options.replaceExisting(), FileSink.STAGING);
		try {
			for (DatasetSplit split : DatasetSplit.values()) {
				List<Writer> splitWriters = new ArrayList<>();
				for (SplitFile file : splitFiles) {
					splitWriters.add(dataset.open(file.path(split)));
				}
				writers.put(split, splitWriters);
				stats.put(split, SplitStats.of(List.of()));
			}
		} catch (IOException | RuntimeException e) {
			close();
			throw e;
		}
	}

	/** The files in {@link DatasetExporter}'s order (the manifest lists them so). */
	private void planFiles() {
		Set<DatasetFormat> formats = options.formats();
		if (formats.contains(DatasetFormat.CONLL)) {
			for (TokenForm form : TokenForm.values()) {
				for (TagScheme scheme : TagScheme.values()) {
					addSplitFile(new SplitFile(DatasetFormat.CONLL, form, scheme));
				}
			}
		}
		if (formats.contains(DatasetFormat.HUGGING_FACE)) {
			paths.add("hf/labels.json");
			for (TokenForm form : TokenForm.values()) {
				addSplitFile(new SplitFile(DatasetFormat.HUGGING_FACE, form, null));
			}
		}
		if (formats.contains(DatasetFormat.SPAN_JSONL)) {
			addSplitFile(new SplitFile(DatasetFormat.SPAN_JSONL, null, null));
		}
		if (formats.contains(DatasetFormat.BRAT)) {
			paths.add("brat/annotation.conf");
			for (DatasetSplit split : DatasetSplit.values()) {
				for (String id : splitIds.get(split)) {
					String base = "brat/" + split.fileName() + "/" + id;
					paths.add(base + ".txt");
					paths.add(base + ".ann");
				}
			}
		}
		paths.add("splits.json");
		paths.add("stats.json");
		paths.add("README.md");
	}

	private void addSplitFile(SplitFile file) {
		splitFiles.add(file);
		for (DatasetSplit split : DatasetSplit.values()) {
			paths.add(file.path(split));
		}
	}

	/**
	 * Renders one document for its split's files: zones selected, every format written, counted; its brat files
	 * (one pair per document) are written here. Thread-safe.
	 *
	 * @throws IllegalArgumentException when the document is not in the split, its id cannot name a file or it holds
	 *                                  an entity type the options do not declare
	 */
	public Rendered render(ExportDocument document) throws IOException {
		DatasetSplit split = splitOf.get(document.id());
		if (split == null) {
			throw new IllegalArgumentException("Document " + document.id() + " is in no split of this export");
		}
		if (!SAFE_FILE_NAME.matcher(document.id()).matches() || document.id().startsWith(".")) {
			throw new IllegalArgumentException("Document id '" + document.id()
					+ "' cannot name brat files (letters, digits, '.', '_', '-' only, not starting with '.')");
		}
		SelectedDocument selected = DocumentSelector.select(document, options.zones());
		for (EntitySpan entity : selected.entities()) {
			if (!declaredTypes.contains(entity.type())) {
				throw new IllegalArgumentException("Entity types [" + entity.type()
						+ "] occur in the data but not in the scheme's types " + options.entityTypes());
			}
		}
		List<SelectedDocument> one = List.of(selected);
		List<String> contents = new ArrayList<>(splitFiles.size());
		try {
			for (SplitFile file : splitFiles) {
				StringBuilder out = new StringBuilder();
				switch (file.format()) {
				case CONLL -> ConllFormat.write(one, file.form(), file.scheme(), out);
				case HUGGING_FACE -> HuggingFaceJsonl.write(one, file.form(), options.huggingFaceScheme(), labels, out);
				default -> SpanJsonl.write(one, out);
				}
				contents.add(out.toString());
			}
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
		}
		if (options.formats().contains(DatasetFormat.BRAT)) {
			BratStandoff.Files brat = BratStandoff.write(selected);
			String base = "brat/" + split.fileName() + "/" + document.id();
			dataset.write(base + ".txt", brat.txt());
			dataset.write(base + ".ann", brat.ann());
		}
		return new Rendered(document.id(), split, selected, List.copyOf(contents), SplitStats.of(one));
	}

	/** Appends a rendered document to its split's files; documents come in document order, on one thread. */
	public void append(Rendered rendered) throws IOException {
		if (!appended.add(rendered.id())) {
			throw new IllegalArgumentException("Document id " + rendered.id() + " occurs twice in the export");
		}
		List<Writer> splitWriters = writers.get(rendered.split());
		for (int i = 0; i < splitFiles.size(); i++) {
			splitWriters.get(i).write(rendered.contents().get(i));
		}
		if (options.formats().contains(DatasetFormat.BRAT)) {
			bratConfiguration.add(rendered.selected());
		}
		stats.merge(rendered.split(), rendered.stats(), (a, b) -> SplitStats.sum(List.of(a, b)));
	}

	/** Writes the dataset-wide files and the manifest, and moves the dataset into place. */
	public ExportResult finish() throws IOException {
		int expected = splitIds.values().stream().mapToInt(List::size).sum();
		if (appended.size() != expected) {
			throw new IllegalStateException(appended.size() + " of the " + expected + " documents were appended");
		}
		for (List<Writer> splitWriters : writers.values()) {
			for (Writer writer : splitWriters) {
				writer.close();
			}
		}
		Map<DatasetSplit, SplitStats> splitStats = new EnumMap<>(stats);
		DatasetStats datasetStats = new DatasetStats(java.util.Collections.unmodifiableMap(splitStats),
				SplitStats.sum(splitStats.values()));
		if (options.formats().contains(DatasetFormat.HUGGING_FACE)) {
			dataset.write("hf/labels.json", HuggingFaceJsonl.labelsJson(labels));
		}
		if (options.formats().contains(DatasetFormat.BRAT)) {
			dataset.write("brat/annotation.conf", bratConfiguration.render());
		}
		dataset.write("splits.json", DatasetExporter.splitsJson(options, splitIds));
		dataset.write("stats.json", datasetStats.toJson());
		dataset.write("README.md", DatasetCard.render(options, datasetStats, splitIds, labels));
		List<String> files = new ArrayList<>(paths);
		files.add(StagedDataset.MANIFEST);
		Path target = dataset.commit(out -> out.write(DatasetExporter.manifestJson(options, paths)));
		return new ExportResult(target, datasetStats, splitIds, labels, List.copyOf(files));
	}

	/** Removes the staging folder unless the dataset was committed. */
	@Override
	public void close() throws IOException {
		for (List<Writer> splitWriters : writers.values()) {
			for (Writer writer : splitWriters) {
				try {
					writer.close();
				} catch (IOException ignored) {
					// the staging folder goes anyway
				}
			}
		}
		if (dataset != null) {
			dataset.close();
		}
	}
}
