package org.dipanno.spark;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dipanno.export.DatasetFormat;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;

/**
 * What the Spark job reads, which rules it applies and what it writes. Parsed from the command line of
 * {@link SparkDatasetJob}; the names and defaults follow {@code dipanno-cli export}.
 *
 * @param inputs       paths Spark reads (local, HDFS, S3...; folders and globs)
 * @param inputFormat  {@code text} (one article per file) or {@code jsonl} (one {@code {"id","text"}} per line)
 * @param rules        a rule file path on the driver, or a bundled rule set by name
 * @param out          the dataset folder (a new or empty one)
 * @param partitions   input partitions and output shards (0: Spark's default parallelism)
 * @param master       the Spark master when not set by spark-submit (null: spark-submit's)
 */
public record JobOptions(List<String> inputs, String inputFormat, String rules, String out, Set<DatasetFormat> formats,
		Set<String> zones, SplitRatios ratios, long seed, TagScheme huggingFaceScheme, String title, String createdAt,
		int partitions, String master) implements Serializable {

	private static final long serialVersionUID = 1L;

	public static final String USAGE = """
			Usage: spark-submit --class org.dipanno.spark.SparkDatasetJob org.dipanno.spark-*-shaded.jar [options] INPUT...

			Imports the articles, applies a rule file and writes a dataset of the rule proposals, as
			dipanno-cli import, annotate and export --set rules do on one machine, with the same seeded
			split by document id. Each format's split comes in shards (train-00000.conll, ...): their
			concatenation in name order is the command line's file. brat files are per document, as the
			command line writes them.

			  INPUT                 files, folders or globs Spark reads (file:, hdfs:, s3a:, ...)
			  --input-format F      text (default: one article per file, id = file name without extension)
			                        or jsonl (one {"id": ..., "text": ...} per line)
			  --rules FILE          a .dar file on the driver (its folder goes to the executors), or a
			                        bundled rule set by name (default diplomatic-rules)
			  --out DIR             the dataset folder: new or empty (required)
			  --formats LIST        comma-separated: conll,hf,spans,brat (default all)
			  --zones LIST          zone kinds exported (default BODY,LEAD)
			  --split T/D/T         train/dev/test percentages (default 80/10/10)
			  --seed N              split seed (default 42)
			  --hf-scheme S         bio (default) or bioes for the Hugging Face files
			  --partitions N        input partitions and output shards (default: Spark's parallelism)
			  --title TEXT          dataset title for the card
			  --created-at ISO      creation time for the card (default now)
			  --master URL          Spark master when not run by spark-submit (e.g. local[*])
			""";

	private static final Map<String, DatasetFormat> FORMATS = Map.of("conll", DatasetFormat.CONLL, "hf",
			DatasetFormat.HUGGING_FACE, "spans", DatasetFormat.SPAN_JSONL, "brat", DatasetFormat.BRAT);

	/** A usage error: the message says what is wrong. */
	public static class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		public UsageException(String message) {
			super(message);
		}
	}

	/** The usage was asked for ({@code --help}): print {@link #USAGE} and stop. */
	public static final class HelpRequested extends UsageException {
		private static final long serialVersionUID = 1L;

		public HelpRequested() {
			super("usage");
		}
	}

	public static JobOptions parse(List<String> arguments) throws UsageException {
		if (arguments.contains("--help") || arguments.contains("-h")) {
			throw new HelpRequested();
		}
		List<String> inputs = new ArrayList<>();
		String inputFormat = "text";
		String rules = "diplomatic-rules";
		String out = null;
		Set<DatasetFormat> formats = EnumSet.copyOf(FORMATS.values());
		Set<String> zones = Set.of("BODY", "LEAD");
		SplitRatios ratios = SplitRatios.DEFAULT;
		long seed = 42;
		TagScheme scheme = TagScheme.BIO;
		String title = null;
		String createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		int partitions = 0;
		String master = null;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("--")) {
				inputs.add(argument);
				continue;
			}
			if (i + 1 >= arguments.size()) {
				throw new UsageException(argument + " needs a value");
			}
			String value = arguments.get(++i);
			switch (argument) {
			case "--input-format" -> {
				if (!value.equals("text") && !value.equals("jsonl")) {
					throw new UsageException("--input-format takes text or jsonl, not \"" + value + "\"");
				}
				inputFormat = value;
			}
			case "--rules" -> rules = value;
			case "--out" -> out = value;
			case "--formats" -> formats = formats(value);
			case "--zones" -> zones = list(value);
			case "--split" -> ratios = ratios(value);
			case "--seed" -> seed = number(argument, value);
			case "--hf-scheme" -> scheme = switch (value.toLowerCase(Locale.ROOT)) {
			case "bio" -> TagScheme.BIO;
			case "bioes" -> TagScheme.BIOES;
			default -> throw new UsageException("--hf-scheme takes bio or bioes, not \"" + value + "\"");
			};
			case "--partitions" -> {
				long n = number(argument, value);
				if (n < 0 || n > 1_000_000) {
					throw new UsageException("--partitions takes 0 to 1000000, not " + value);
				}
				partitions = (int) n;
			}
			case "--title" -> title = value;
			case "--created-at" -> createdAt = value;
			case "--master" -> master = value;
			default -> throw new UsageException("unknown option " + argument);
			}
		}
		if (inputs.isEmpty()) {
			throw new UsageException("no INPUT: name the article files, folders or globs to read");
		}
		if (out == null) {
			throw new UsageException("--out DIR is required");
		}
		if (zones.isEmpty()) {
			throw new UsageException("--zones needs at least one zone kind");
		}
		return new JobOptions(List.copyOf(inputs), inputFormat, rules, out, Set.copyOf(formats), Set.copyOf(zones), ratios,
				seed, scheme, title, createdAt, partitions, master);
	}

	private static Set<DatasetFormat> formats(String value) throws UsageException {
		Set<DatasetFormat> formats = EnumSet.noneOf(DatasetFormat.class);
		for (String name : value.split(",")) {
			DatasetFormat format = FORMATS.get(name.strip().toLowerCase(Locale.ROOT));
			if (format == null) {
				throw new UsageException("unknown format \"" + name + "\" (conll, hf, spans, brat)");
			}
			formats.add(format);
		}
		return formats;
	}

	private static Set<String> list(String value) {
		Set<String> items = new LinkedHashSet<>();
		for (String item : value.split(",")) {
			if (!item.isBlank()) {
				items.add(item.strip().toUpperCase(Locale.ROOT));
			}
		}
		return items;
	}

	private static SplitRatios ratios(String value) throws UsageException {
		try {
			return SplitRatios.parse(value);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static long number(String option, String value) throws UsageException {
		try {
			return Long.parseLong(value.strip());
		} catch (NumberFormatException e) {
			throw new UsageException(option + " takes a whole number, not \"" + value + "\"");
		}
	}
}
