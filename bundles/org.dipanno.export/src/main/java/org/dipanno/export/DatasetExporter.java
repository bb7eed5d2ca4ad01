package org.dipanno.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.dipanno.export.format.BratStandoff;
import org.dipanno.export.format.ConllFormat;
import org.dipanno.export.format.HuggingFaceJsonl;
import org.dipanno.export.format.Json;
import org.dipanno.export.format.SpanJsonl;
import org.dipanno.export.io.FileSink;
import org.dipanno.export.io.StagedDataset;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.split.DatasetSplitter;
import org.dipanno.export.stats.DatasetCard;
import org.dipanno.export.stats.DatasetStats;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TokenForm;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a dataset folder: every chosen format for every split, the stats,
 * the split lists, the dataset card and, last, the manifest. The folder is
 * built in a staging folder and moved into place only when everything was
 * written; on failure the staging folder is removed and the exception
 * propagates, leaving any earlier dataset untouched.
 */
public final class DatasetExporter {

	private static final Pattern SAFE_FILE_NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");

	private final ExportOptions options;
	private final FileSink sink;
	private final int threads;

	/** An exporter writing files atomically on as many threads as there are processors. */
	public DatasetExporter(ExportOptions options) {
		this(options, FileSink.STAGING, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * @param sink    how single files are written (tests wrap the atomic sink to inject failures)
	 * @param threads how many files are written at once (1: one after the other, in a fixed order)
	 */
	public DatasetExporter(ExportOptions options, FileSink sink, int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, got " + threads);
		}
		this.options = options;
		this.sink = sink;
		this.threads = threads;
	}

	public ExportOptions options() {
		return options;
	}

	/** Applies zone selection and sentence policies to every document, in order. */
	public List<SelectedDocument> select(List<ExportDocument> documents) {
		return documents.parallelStream().map(d -> DocumentSelector.select(d, options.zones())).toList();
	}

	public ExportResult export(List<ExportDocument> documents, Path folder) throws IOException {
		Set<String> ids = new java.util.HashSet<>();
		for (ExportDocument document : documents) {
			if (!ids.add(document.id())) {
				throw new IllegalArgumentException("Document id " + document.id() + " occurs twice in the export");
			}
			if (!SAFE_FILE_NAME.matcher(document.id()).matches() || document.id().startsWith(".")) {
				throw new IllegalArgumentException("Document id '" + document.id()
						+ "' cannot name brat files (letters, digits, '.', '_', '-' only, not starting with '.')");
			}
		}
		List<SelectedDocument> selected = select(documents);
		Map<String, SelectedDocument> byId = new HashMap<>();
		selected.forEach(d -> byId.put(d.id(), d));
		Map<DatasetSplit, List<String>> splitIds = new DatasetSplitter(options.seed(), options.ratios())
				.split(documents.stream().map(ExportDocument::id).toList());
		Map<DatasetSplit, List<SelectedDocument>> parts = new EnumMap<>(DatasetSplit.class);
		splitIds.forEach((split, splitDocumentIds) -> parts.put(split, splitDocumentIds.stream().map(byId::get).toList()));
		List<String> types = entityTypes(selected);
		List<String> labels = options.huggingFaceScheme().labels(types);
		DatasetStats stats = DatasetStats.of(parts);

		// Every file is one job; jobs write different files and run in parallel.
		List<String> paths = new ArrayList<>();
		List<DatasetJob> jobs = new ArrayList<>();
		if (options.formats().contains(DatasetFormat.CONLL)) {
			for (TokenForm form : TokenForm.values()) {
				for (TagScheme scheme : TagScheme.values()) {
					for (DatasetSplit split : DatasetSplit.values()) {
						String path = conllPath(form, scheme, split);
						paths.add(path);
						jobs.add(dataset -> dataset.write(path, out -> ConllFormat.write(parts.get(split), form, scheme, out)));
					}
				}
			}
		}
		if (options.formats().contains(DatasetFormat.HUGGING_FACE)) {
			paths.add("hf/labels.json");
			jobs.add(dataset -> dataset.write("hf/labels.json", HuggingFaceJsonl.labelsJson(labels)));
			for (TokenForm form : TokenForm.values()) {
				for (DatasetSplit split : DatasetSplit.values()) {
					String path = huggingFacePath(form, split);
					paths.add(path);
					jobs.add(dataset -> dataset.write(path,
							out -> HuggingFaceJsonl.write(parts.get(split), form, options.huggingFaceScheme(), labels, out)));
				}
			}
		}
		if (options.formats().contains(DatasetFormat.SPAN_JSONL)) {
			for (DatasetSplit split : DatasetSplit.values()) {
				String path = spanPath(split);
				paths.add(path);
				jobs.add(dataset -> dataset.write(path, out -> SpanJsonl.write(parts.get(split), out)));
			}
		}
		if (options.formats().contains(DatasetFormat.BRAT)) {
			paths.add("brat/annotation.conf");
			jobs.add(dataset -> dataset.write("brat/annotation.conf", bratConf(types, options.eventRoles(), selected)));
			for (DatasetSplit split : DatasetSplit.values()) {
				for (SelectedDocument document : parts.get(split)) {
					paths.add(bratPath(split, document.id(), ".txt"));
					paths.add(bratPath(split, document.id(), ".ann"));
				}
				jobs.add(dataset -> {
					for (SelectedDocument document : parts.get(split)) {
						BratStandoff.Files files = BratStandoff.write(document);
						dataset.write(bratPath(split, document.id(), ".txt"), files.txt());
						dataset.write(bratPath(split, document.id(), ".ann"), files.ann());
					}
				});
			}
		}
		paths.add("splits.json");
		jobs.add(dataset -> dataset.write("splits.json", splitsJson(options, splitIds)));
		paths.add("stats.json");
		jobs.add(dataset -> dataset.write("stats.json", stats.toJson()));
		paths.add("README.md");
		jobs.add(dataset -> dataset.write("README.md", DatasetCard.render(options, stats, splitIds, labels)));

		try (StagedDataset dataset = StagedDataset.begin(folder, options.replaceExisting(), sink)) {
			run(jobs, dataset);
			List<String> files = new ArrayList<>(paths);
			files.add(StagedDataset.MANIFEST);
			Path target = dataset.commit(out -> out.write(manifestJson(options, paths)));
			return new ExportResult(target, stats, splitIds, labels, List.copyOf(files));
		}
	}

	/** One unit of writing work: one file, or the brat files of one split. */
	@FunctionalInterface
	private interface DatasetJob {
		void run(StagedDataset dataset) throws IOException;
	}

	/**
	 * Runs the jobs on {@link #threads} threads in the given order; the first
	 * failure stops the jobs not yet started and is rethrown.
	 */
	private void run(List<DatasetJob> jobs, StagedDataset dataset) throws IOException {
		if (threads == 1) {
			for (DatasetJob job : jobs) {
				job.run(dataset);
			}
			return;
		}
		java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(threads);
		java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
		try {
			List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
			for (DatasetJob job : jobs) {
				futures.add(executor.submit(() -> {
					if (!failed.get()) {
						try {
							job.run(dataset);
						} catch (IOException | RuntimeException e) {
							failed.set(true);
							throw e;
						}
					}
					return null;
				}));
			}
			IOException first = null;
			for (java.util.concurrent.Future<?> future : futures) {
				try {
					future.get();
				} catch (java.util.concurrent.ExecutionException e) {
					if (first == null) {
						first = e.getCause() instanceof IOException io ? io
								: new IOException(e.getCause().getMessage(), e.getCause());
					}
				}
			}
			if (first != null) {
				throw first;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.io.InterruptedIOException("Export interrupted");
		} finally {
			executor.shutdownNow();
		}
	}

	public static String conllPath(TokenForm form, TagScheme scheme, DatasetSplit split) {
		return "conll/" + form.folderName() + "/" + scheme.name().toLowerCase(java.util.Locale.ROOT) + "/"
				+ split.fileName() + ".conll";
	}

	public static String huggingFacePath(TokenForm form, DatasetSplit split) {
		return "hf/" + form.folderName() + "/" + split.fileName() + ".jsonl";
	}

	public static String spanPath(DatasetSplit split) {
		return "spans/" + split.fileName() + ".jsonl";
	}

	/** The path of one of a document's brat files ({@code .txt} or {@code .ann}). */
	public static String bratPath(DatasetSplit split, String documentId, String extension) {
		return "brat/" + split.fileName() + "/" + documentId + extension;
	}

	private List<String> entityTypes(List<SelectedDocument> selected) {
		SortedSet<String> found = new TreeSet<>();
		for (SelectedDocument document : selected) {
			for (EntitySpan entity : document.entities()) {
				found.add(entity.type());
			}
		}
		if (options.entityTypes().isEmpty()) {
			return List.copyOf(found);
		}
		Set<String> declared = new LinkedHashSet<>(options.entityTypes());
		found.removeAll(declared);
		if (!found.isEmpty()) {
			throw new IllegalArgumentException("Entity types " + found + " occur in the data but not in the scheme's types "
					+ options.entityTypes());
		}
		return List.copyOf(declared);
	}

	private static String bratConf(List<String> types, SortedMap<String, SortedMap<String, SortedSet<String>>> schemeRoles,
			List<SelectedDocument> selected) {
		BratConfiguration configuration = new BratConfiguration(types, schemeRoles);
		selected.forEach(configuration::add);
		return configuration.render();
	}

	/** The content of {@code splits.json}: seed, ratios, algorithm and the ids of each split. */
	public static String splitsJson(ExportOptions options, Map<DatasetSplit, List<String>> splitIds) {
		JsonObject json = new JsonObject();
		json.addProperty("seed", options.seed());
		json.addProperty("ratios", options.ratios().toString());
		json.addProperty("algorithm", "order documents by the first 8 bytes of SHA-256(\"<seed>:<id>\") as unsigned, then id; cut by largest-remainder sizes in train, dev, test order");
		for (DatasetSplit split : DatasetSplit.values()) {
			JsonArray ids = new JsonArray();
			splitIds.get(split).forEach(ids::add);
			json.add(split.fileName(), ids);
		}
		return Json.pretty(json);
	}

	/** The content of {@code MANIFEST.json}, written last: the dataset's files (the manifest itself not listed). */
	public static String manifestJson(ExportOptions options, List<String> files) {
		JsonObject json = new JsonObject();
		json.addProperty("complete", true);
		json.addProperty("title", options.provenance().title());
		json.addProperty("createdAt", options.provenance().createdAt());
		JsonArray list = new JsonArray();
		files.forEach(list::add);
		json.add("files", list);
		return Json.pretty(json);
	}
}
