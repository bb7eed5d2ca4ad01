package org.dipanno.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dipanno.export.BratConfiguration;
import org.dipanno.export.DatasetExporter;
import org.dipanno.export.DatasetFormat;
import org.dipanno.export.DatasetProvenance;
import org.dipanno.export.ExportOptions;
import org.dipanno.export.format.HuggingFaceJsonl;
import org.dipanno.export.io.StagedDataset;
import org.dipanno.export.model.AnnotationSelection;
import org.dipanno.export.model.ModelExportAdapter;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.split.DatasetSplitter;
import org.dipanno.export.stats.DatasetCard;
import org.dipanno.export.stats.DatasetStats;
import org.dipanno.export.stats.SplitStats;
import org.dipanno.model.custom.Corpora;
import org.dipanno.text.TextNormalizer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import scala.Tuple2;

/**
 * The dataset pipeline on Apache Spark: articles from any path Spark reads are imported, annotated by a rule file and
 * exported as {@code dipanno-cli import}, {@code annotate} and {@code export --set rules} do, in {@code mapPartitions}
 * (rules compiled once per executor). The split is the command line's seeded split by document id, computed on the
 * driver from the ids of the converted articles; each partition of the sorted documents writes one shard of each
 * file and its documents' brat files; the driver writes {@code labels.json}, brat's {@code annotation.conf},
 * {@code splits.json}, the summed {@code stats.json}, the card and, last, {@code MANIFEST.json}, which lists the
 * files as the command line's does. An article that cannot be converted is counted and reported, and left out.
 */
public final class SparkDatasetJob {

	private static final String LABELS = "hf/labels.json";
	private static final String BRAT_CONF = "brat/annotation.conf";

	/** Failures printed and kept in the report; all are counted. */
	static final int REPORTED_FAILURES = 100;

	private SparkDatasetJob() {
	}

	/**
	 * What a run did.
	 *
	 * @param failures the first {@link #REPORTED_FAILURES} reasons, in dataset order
	 */
	public record Report(String folder, long articles, long documents, long failed, List<String> failures,
			long ruleProblems, long bytes, double seconds, DatasetStats stats, Map<DatasetSplit, List<String>> splits,
			List<String> files) {
	}

	public static void main(String[] args) {
		JobOptions options;
		try {
			options = JobOptions.parse(Arrays.asList(args));
		} catch (JobOptions.HelpRequested e) {
			System.out.print(JobOptions.USAGE);
			System.exit(0);
			return;
		} catch (JobOptions.UsageException e) {
			System.err.println("dipanno spark: " + e.getMessage());
			System.err.print(JobOptions.USAGE);
			System.exit(2);
			return;
		}
		int code;
		SparkSession.Builder builder = SparkSession.builder().appName("dipanno dataset");
		if (options.master() != null) {
			builder.master(options.master());
		}
		try (SparkSession spark = builder.getOrCreate()) {
			Report report = run(spark, options, System.err);
			print(report, System.out);
			code = 0;
		} catch (RuleSet.RuleFileException | IOException | IllegalArgumentException e) {
			System.err.println("dipanno spark: " + e.getMessage());
			code = 1;
		} catch (RuntimeException e) {
			// Spark's own failures (an input path that does not exist, a lost executor): the cause's message says it.
			Throwable cause = e;
			while (cause.getCause() != null && cause.getMessage() == null) {
				cause = cause.getCause();
			}
			System.err.println("dipanno spark: the job failed: " + cause);
			code = 1;
		}
		System.exit(code);
	}

	/**
	 * Runs the job on the session's cluster.
	 *
	 * @param progress where failures and progress go (standard error)
	 * @throws RuleSet.RuleFileException when the rule file has errors: nothing has run then
	 * @throws IOException               when the output folder is not new or empty, or cannot be written
	 */
	public static Report run(SparkSession spark, JobOptions options, PrintStream progress)
			throws RuleSet.RuleFileException, IOException {
		long start = System.nanoTime();
		RuleSet.Checked rules = RuleSet.check(options.rules());
		JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
		Map<String, String> hadoop = new HashMap<>();
		context.hadoopConfiguration().forEach(entry -> hadoop.put(entry.getKey(), entry.getValue()));
		Path out = new Path(options.out());
		FileSystem fs = fileSystem(out, hadoop);
		out = fs.makeQualified(out);
		if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
			throw new IOException(out + " is not a new or empty folder; choose another --out");
		}
		if (rules.folder() != null) {
			context.addFile(rules.folder().toString(), true);
		}

		List<String> types = ModelExportAdapter.entityTypes(Corpora.create("spark", "spark").getSchema());
		List<String> labels = options.huggingFaceScheme().labels(types);
		List<DatasetOutput> outputs = DatasetOutput.of(options.formats());
		RuleSet ruleSet = rules.ruleSet();
		Set<String> zones = options.zones();
		var scheme = options.huggingFaceScheme();
		boolean brat = options.formats().contains(DatasetFormat.BRAT);
		int partitions = options.partitions() > 0 ? options.partitions() : context.defaultParallelism();

		JavaRDD<ConvertedArticle> converted = read(context, options, partitions)
				.mapPartitions(
						inputs -> new ArticleConverter(ruleSet, zones, outputs, scheme, labels, brat).convert(inputs))
				.persist(StorageLevel.MEMORY_AND_DISK());
		try {
			Articles articles = articles(converted.map(a -> new ConvertedArticle(a.order(), a.source(), a.documentId(),
					a.failure(), List.of(), null, null, a.ruleProblems(), a.bytes())).collect(), progress);
			List<String> ids = articles.ids();
			Set<String> duplicates = articles.duplicates();
			Map<DatasetSplit, List<String>> splits = new DatasetSplitter(options.seed(), options.ratios()).split(ids);
			Map<String, Integer> splitOf = new HashMap<>();
			splits.forEach((split, splitIds) -> splitIds.forEach(id -> splitOf.put(id, split.ordinal())));
			Broadcast<Map<String, Integer>> splitBroadcast = context.broadcast(splitOf);
			Broadcast<Set<String>> duplicateBroadcast = context.broadcast(duplicates);
			String outFolder = out.toString();

			JavaPairRDD<String, ConvertedArticle> documents = converted
					.filter(a -> a.ok() && !duplicateBroadcast.value().contains(a.order()))
					.mapToPair(a -> new Tuple2<>(a.order(), a)).sortByKey(true, partitions);
			List<ShardResult> shards = documents.mapPartitionsWithIndex(
					(index, partition) -> List.of(writeShard(index, partition, outputs, splitBroadcast.value(), outFolder,
							hadoop)).iterator(), false)
					.collect();

			DatasetStats stats = stats(shards);
			List<String> written = writeDatasetFiles(fs, out, outputs, shards, stats, splits, types,
					exportOptions(options, types, rules));
			double seconds = (System.nanoTime() - start) / 1e9;
			return new Report(outFolder, articles.count(), ids.size(), articles.failed(), articles.failures(),
					articles.ruleProblems(), articles.bytes(), seconds, stats, splits, List.copyOf(written));
		} finally {
			converted.unpersist(false);
		}
	}

	/** The converted articles' summaries: the ids to split, the duplicates left out, counts and reported failures. */
	private record Articles(long count, List<String> ids, Set<String> duplicates, long failed, List<String> failures,
			long ruleProblems, long bytes) {
	}

	private static Articles articles(List<ConvertedArticle> collected, PrintStream progress) {
		List<ConvertedArticle> summaries = new ArrayList<>(collected);
		summaries.sort(java.util.Comparator.comparing(ConvertedArticle::order));
		List<String> failures = new ArrayList<>();
		Set<String> duplicates = new HashSet<>();
		Map<String, String> firstSource = new HashMap<>();
		List<String> ids = new ArrayList<>();
		long ruleProblems = 0;
		long bytes = 0;
		long failed = 0;
		for (ConvertedArticle summary : summaries) {
			bytes += summary.bytes();
			ruleProblems += summary.ruleProblems();
			String failure = summary.failure();
			if (failure == null) {
				String earlier = firstSource.putIfAbsent(summary.documentId(), summary.source());
				if (earlier != null) {
					duplicates.add(summary.order());
					failure = summary.source() + ": document id " + summary.documentId() + " is taken by " + earlier;
				} else {
					ids.add(summary.documentId());
				}
			}
			if (failure != null) {
				failed++;
				if (failures.size() < REPORTED_FAILURES) {
					failures.add(failure);
					progress.println("dipanno spark: left out: " + failure);
				}
			}
		}
		if (failed > failures.size()) {
			progress.println("dipanno spark: ... and " + (failed - failures.size()) + " more articles left out");
		}
		return new Articles(summaries.size(), ids, duplicates, failed, List.copyOf(failures), ruleProblems, bytes);
	}

	/** The shards' counts summed per split and in total. */
	private static DatasetStats stats(List<ShardResult> shards) {
		Map<DatasetSplit, SplitStats> splitStats = new EnumMap<>(DatasetSplit.class);
		List<SplitStats> all = new ArrayList<>();
		for (DatasetSplit split : DatasetSplit.values()) {
			List<SplitStats> parts = shards.stream().map(s -> s.stats().get(split)).filter(s -> s != null).toList();
			splitStats.put(split, SplitStats.sum(parts));
			all.addAll(parts);
		}
		return new DatasetStats(java.util.Collections.unmodifiableMap(splitStats), SplitStats.sum(all));
	}

	/**
	 * The driver's files beside the shards, the manifest last; returns every file of the dataset in the command
	 * line's order (each file's shards in its place, brat's files by split and document).
	 */
	private static List<String> writeDatasetFiles(FileSystem fs, Path out, List<DatasetOutput> outputs,
			List<ShardResult> shards, DatasetStats stats, Map<DatasetSplit, List<String>> splits, List<String> types,
			ExportOptions exportOptions) throws IOException {
		List<String> labels = exportOptions.huggingFaceScheme().labels(types);
		Set<String> sharded = new HashSet<>();
		shards.forEach(s -> sharded.addAll(s.files()));
		List<String> written = new ArrayList<>();
		for (DatasetOutput output : outputs) {
			if (output.format() == DatasetFormat.HUGGING_FACE && !written.contains(LABELS)) {
				write(fs, out, LABELS, HuggingFaceJsonl.labelsJson(labels), written);
			}
			for (DatasetSplit split : DatasetSplit.values()) {
				for (int shard = 0; shard < shards.size(); shard++) {
					if (sharded.contains(output.shardPath(split, shard))) {
						written.add(output.shardPath(split, shard));
					}
				}
			}
		}
		if (exportOptions.formats().contains(DatasetFormat.BRAT)) {
			BratConfiguration configuration = new BratConfiguration(types, exportOptions.eventRoles());
			shards.forEach(s -> configuration.merge(s.brat()));
			write(fs, out, BRAT_CONF, configuration.render(), written);
			for (DatasetSplit split : DatasetSplit.values()) {
				for (String id : splits.get(split)) {
					written.add(DatasetExporter.bratPath(split, id, ".txt"));
					written.add(DatasetExporter.bratPath(split, id, ".ann"));
				}
			}
		}
		write(fs, out, "splits.json", DatasetExporter.splitsJson(exportOptions, splits), written);
		write(fs, out, "stats.json", stats.toJson(), written);
		write(fs, out, "README.md", DatasetCard.render(exportOptions, stats, splits, labels), written);
		write(fs, out, StagedDataset.MANIFEST, DatasetExporter.manifestJson(exportOptions, written), new ArrayList<>());
		written.add(StagedDataset.MANIFEST);
		return written;
	}

	/** The articles of the input paths, one partition read at a time. */
	private static JavaRDD<ArticleInput> read(JavaSparkContext context, JobOptions options, int partitions) {
		String paths = String.join(",", options.inputs());
		if (options.inputFormat().equals("jsonl")) {
			return context.textFile(paths, partitions).filter(line -> !line.isBlank()).map(SparkDatasetJob::record);
		}
		return context.binaryFiles(paths, partitions).map(file -> article(file._1(), file._2()));
	}

	private static ArticleInput article(String path, PortableDataStream stream) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		try (InputStream in = stream.open()) {
			byte[] raw = in.readNBytes(TextNormalizer.MAX_FILE_BYTES + 1);
			if (raw.length > TextNormalizer.MAX_FILE_BYTES) {
				return new ArticleInput(path, path, name, null, path + ": file too large: more than "
						+ TextNormalizer.MAX_FILE_BYTES + " bytes, the limit is " + TextNormalizer.MAX_FILE_BYTES / (1024 * 1024)
						+ " MiB");
			}
			return new ArticleInput(path, path, name, raw, null);
		} catch (IOException e) {
			return new ArticleInput(path, path, name, null, path + ": cannot be read: " + e.getMessage());
		}
	}

	/** A JSON Lines record {@code {"id": ..., "text": ...}}; its id orders it in the dataset. */
	private static ArticleInput record(String line) {
		String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
		try {
			JsonElement element = JsonParser.parseString(line);
			if (!element.isJsonObject()) {
				return new ArticleInput(shown, shown, shown, null, "JSON Lines record " + shown + ": not an object");
			}
			JsonObject object = element.getAsJsonObject();
			JsonElement id = object.get("id");
			JsonElement text = object.get("text");
			if (id == null || !id.isJsonPrimitive() || id.getAsString().isBlank()) {
				return new ArticleInput(shown, shown, shown, null, "JSON Lines record " + shown + ": no \"id\"");
			}
			String documentId = id.getAsString();
			if (text == null || !text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
				return new ArticleInput(documentId, documentId, documentId, null,
						"JSON Lines record " + documentId + ": no \"text\" string");
			}
			return new ArticleInput(documentId, "record " + documentId, documentId + ".txt",
					text.getAsString().getBytes(StandardCharsets.UTF_8), null);
		} catch (RuntimeException e) {
			return new ArticleInput(shown, shown, shown, null, "JSON Lines record " + shown + ": not JSON: " + e.getMessage());
		}
	}

	/**
	 * What one partition wrote: its shard files, the counts of its documents per split and what its documents add to
	 * brat's {@code annotation.conf} (their brat files are named by split and id).
	 */
	record ShardResult(List<String> files, EnumMap<DatasetSplit, SplitStats> stats, BratConfiguration brat)
			implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	private static ShardResult writeShard(int shard, Iterator<Tuple2<String, ConvertedArticle>> documents,
			List<DatasetOutput> outputs, Map<String, Integer> splitOf, String folder, Map<String, String> hadoop)
			throws IOException {
		Path out = new Path(folder);
		FileSystem fs = fileSystem(out, hadoop);
		DatasetSplit[] splits = DatasetSplit.values();
		Writer[][] writers = new Writer[splits.length][outputs.size()];
		Map<DatasetSplit, List<SplitStats>> counts = new EnumMap<>(DatasetSplit.class);
		List<String> files = new ArrayList<>();
		BratConfiguration brat = new BratConfiguration(List.of(), java.util.Collections.emptySortedMap());
		try {
			while (documents.hasNext()) {
				ConvertedArticle document = documents.next()._2();
				DatasetSplit split = splits[splitOf.get(document.documentId())];
				counts.computeIfAbsent(split, s -> new ArrayList<>()).add(document.stats());
				if (document.brat() != null) {
					writeBrat(fs, out, split, document.documentId(), document.brat());
					brat.merge(document.brat().configuration());
				}
				for (int i = 0; i < outputs.size(); i++) {
					if (writers[split.ordinal()][i] == null) {
						String path = outputs.get(i).shardPath(split, shard);
						files.add(path);
						writers[split.ordinal()][i] = new BufferedWriter(
								new OutputStreamWriter(create(fs, new Path(out, path)), StandardCharsets.UTF_8), 1 << 16);
					}
					writers[split.ordinal()][i].write(document.contents().get(i));
				}
			}
		} finally {
			IOException first = null;
			for (Writer[] row : writers) {
				for (Writer writer : row) {
					if (writer != null) {
						try {
							writer.close();
						} catch (IOException e) {
							first = first == null ? e : first;
						}
					}
				}
			}
			if (first != null) {
				throw first;
			}
		}
		EnumMap<DatasetSplit, SplitStats> stats = new EnumMap<>(DatasetSplit.class);
		counts.forEach((split, parts) -> stats.put(split, SplitStats.sum(parts)));
		return new ShardResult(files, stats, brat);
	}

	private static void writeBrat(FileSystem fs, Path out, DatasetSplit split, String documentId, BratDocument brat)
			throws IOException {
		writeFile(fs, out, DatasetExporter.bratPath(split, documentId, ".txt"), brat.txt());
		writeFile(fs, out, DatasetExporter.bratPath(split, documentId, ".ann"), brat.ann());
	}

	private static FileSystem fileSystem(Path path, Map<String, String> hadoop) throws IOException {
		Configuration configuration = new Configuration(false);
		hadoop.forEach(configuration::set);
		FileSystem fs = path.getFileSystem(configuration);
		fs.setWriteChecksum(false); // no .crc files beside the dataset's files on local disks
		return fs;
	}

	private static void write(FileSystem fs, Path folder, String path, String content, List<String> written)
			throws IOException {
		writeFile(fs, folder, path, content);
		written.add(path);
	}

	private static void writeFile(FileSystem fs, Path folder, String path, String content) throws IOException {
		try (Writer writer = new OutputStreamWriter(create(fs, new Path(folder, path)), StandardCharsets.UTF_8)) {
			writer.write(content);
		}
	}

	/**
	 * A new file, replacing one a failed attempt left. Local files are written with java.nio: without its native
	 * library Hadoop's local file system runs {@code chmod} in a child process for every file and folder it creates,
	 * which cost more CPU than the rest of writing the file (brat has two files per document).
	 */
	static OutputStream create(FileSystem fs, Path path) throws IOException {
		if (fs instanceof LocalFileSystem local) {
			java.nio.file.Path file = local.pathToFile(path).toPath();
			Files.createDirectories(file.getParent());
			return Files.newOutputStream(file);
		}
		return fs.create(path, true);
	}

	private static ExportOptions exportOptions(JobOptions options, List<String> types, RuleSet.Checked rules) {
		String set = AnnotationSelection.ruleProposals().describe();
		DatasetProvenance provenance = new DatasetProvenance(
				options.title() == null ? String.join(", ", options.inputs()) + " — " + set : options.title(),
				String.join(", ", options.inputs()), set, rules.compiled().files(), options.createdAt(),
				"dipanno Spark job (org.dipanno.spark.SparkDatasetJob)");
		return ExportOptions.defaults(options.seed(), provenance).withZones(options.zones()).withFormats(options.formats())
				.withSplit(options.ratios(), options.seed()).withHuggingFaceScheme(options.huggingFaceScheme())
				.withEntityTypes(types);
	}

	static void print(Report report, PrintStream out) {
		out.println("Dataset " + report.folder());
		out.printf(Locale.ROOT, "%d articles, %d documents, %d left out, %d rule stops; %.1f MB in %.1f s (%.2f MB/s)%n",
				report.articles(), report.documents(), report.failed(), report.ruleProblems(), report.bytes() / 1e6,
				report.seconds(), report.bytes() / 1e6 / report.seconds());
		out.printf(Locale.ROOT, "%-6s %9s %9s %9s %9s %9s %7s%n", "split", "documents", "sentences", "syllables", "words",
				"mentions", "events");
		for (DatasetSplit split : DatasetSplit.values()) {
			SplitStats stats = report.stats().split(split);
			out.printf(Locale.ROOT, "%-6s %9d %9d %9d %9d %9d %7d%n", split.name().toLowerCase(Locale.ROOT),
					stats.documents(), stats.sentences(), stats.syllableTokens(), stats.wordTokens(), stats.mentions(),
					stats.eventMentions());
		}
		out.println(report.files().size() + " files");
	}
}
