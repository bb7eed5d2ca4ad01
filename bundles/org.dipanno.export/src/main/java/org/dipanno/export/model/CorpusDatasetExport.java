package org.dipanno.export.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.dipanno.export.DatasetExporter;
import org.dipanno.export.DatasetFormat;
import org.dipanno.export.DatasetProvenance;
import org.dipanno.export.ExportDocument;
import org.dipanno.export.ExportOptions;
import org.dipanno.export.ExportResult;
import org.dipanno.export.io.StagedDataset;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.split.SplitRatios;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.model.AnnotationSet;
import org.dipanno.model.AnnotationSetKind;
import org.dipanno.model.Corpus;
import org.dipanno.model.Document;
import org.dipanno.model.Provenance;
import org.dipanno.model.RuleProvenance;
import org.dipanno.model.custom.DocumentOperations;
import org.dipanno.model.editing.DocumentProgress;

/**
 * A dataset export of a corpus as the command line and the workbench run it: which documents (all, or only those
 * done for the exported set), which annotations, which formats, split and folder; the checks that keep a bad choice
 * from losing anything (an existing folder is replaced only when it holds a dataset and replacing was asked for), and
 * the export itself with progress, by {@link DatasetExporter}.
 */
public final class CorpusDatasetExport {

	/**
	 * What to export and where.
	 *
	 * @param doneOnly  only documents marked done for the selected set (see {@link DocumentProgress})
	 * @param createdAt ISO-8601 time for the dataset card
	 * @param createdBy the tool, for the dataset card
	 * @param title     dataset title for the card; null: corpus name and selection
	 */
	public record Request(AnnotationSelection selection, boolean doneOnly, Set<DatasetFormat> formats,
			TagScheme huggingFaceScheme, SplitRatios ratios, long seed, Set<String> zones, Path folder,
			boolean replace, String title, String createdAt, String createdBy) {

		public Request {
			Objects.requireNonNull(selection, "selection");
			formats = Set.copyOf(formats);
			Objects.requireNonNull(huggingFaceScheme, "huggingFaceScheme");
			Objects.requireNonNull(ratios, "ratios");
			zones = Set.copyOf(zones);
			Objects.requireNonNull(createdAt, "createdAt");
			Objects.requireNonNull(createdBy, "createdBy");
		}

		public String describe() {
			return selection.describe() + (doneOnly ? ", documents done only" : "");
		}
	}

	/** Progress of an export: documents converted one by one, then the files written. */
	public interface Progress {
		Progress NONE = new Progress() {
		};

		default boolean isCanceled() {
			return false;
		}

		default void converted(int done, int total) {
		}

		default void writing() {
		}
	}

	/** The export was refused before anything was written (nothing to export, canceled). */
	public static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}
	}

	private CorpusDatasetExport() {
	}

	/**
	 * Train/dev/test percentages as typed, which must be whole numbers from 0 to 100 adding up to 100.
	 *
	 * @throws IllegalArgumentException with a message for the linguist
	 */
	public static SplitRatios percentages(String train, String dev, String test) {
		int[] values = new int[3];
		String[] names = { "Train", "Dev", "Test" };
		String[] texts = { train, dev, test };
		for (int i = 0; i < 3; i++) {
			try {
				values[i] = Integer.parseInt(texts[i] == null ? "" : texts[i].strip());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(names[i] + " must be a whole percentage, not \"" + texts[i] + "\"");
			}
			if (values[i] < 0 || values[i] > 100) {
				throw new IllegalArgumentException(names[i] + " must be between 0 and 100 %, not " + values[i]);
			}
		}
		int sum = values[0] + values[1] + values[2];
		if (sum != 100) {
			throw new IllegalArgumentException("Train, dev and test must add up to 100 % (now " + sum + " %)");
		}
		return new SplitRatios(values[0], values[1], values[2]);
	}

	/**
	 * Why the dataset cannot go to this folder, or null when it can: the folder must be new, empty, or (with
	 * replace) hold an earlier dataset; any other content is never replaced, and the nearest existing folder above a
	 * new one must be writable.
	 */
	public static String folderProblem(Path folder, boolean replace) {
		if (folder == null || folder.toString().isBlank()) {
			return "Choose the folder to write the dataset to";
		}
		Path target = folder.toAbsolutePath().normalize();
		if (Files.exists(target)) {
			if (!Files.isDirectory(target)) {
				return target + " is a file, not a folder";
			}
			boolean empty;
			boolean dataset = Files.isRegularFile(target.resolve(StagedDataset.MANIFEST));
			try (Stream<Path> entries = Files.list(target)) {
				empty = entries.findAny().isEmpty();
			} catch (IOException e) {
				return target + " cannot be read: " + e.getMessage();
			}
			if (!empty && !dataset) {
				return target + " holds other files (it is not a dataset); choose a new or empty folder";
			}
			if (dataset && !replace) {
				return target + " holds a dataset already; allow replacing it or choose another folder";
			}
			if (dataset) {
				try {
					String foreign = StagedDataset.foreignContent(target);
					if (foreign != null) {
						return foreign;
					}
				} catch (IOException e) {
					return target + " cannot be read: " + e.getMessage();
				}
			}
			return Files.isWritable(target.getParent() == null ? target : target.getParent()) ? null
					: "Cannot write in " + target.getParent();
		}
		Path existing = target.getParent();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null || !Files.isDirectory(existing)) {
			return "Cannot make " + target + ": " + (existing == null ? "no folder above it exists" : existing + " is a file");
		}
		return Files.isWritable(existing) ? null : "Cannot write in " + existing;
	}

	/**
	 * The documents the request exports, in corpus order. Rule proposals come only from documents the rules ran on
	 * (those with a rules set, even an empty one); the others would pass for documents without any entity.
	 */
	public static List<Document> documents(Corpus corpus, AnnotationSelection selection, boolean doneOnly) {
		if (selection.kind() == AnnotationSetKind.RULES) {
			return corpus.getDocuments().stream()
					.filter(d -> d.findAnnotationSet(DocumentOperations.RULES_SET_ID) != null).toList();
		}
		return doneOnly ? DocumentProgress.doneDocuments(corpus, selection.kind(), selection.annotator())
				: List.copyOf(corpus.getDocuments());
	}

	/**
	 * What the linguist should know about a written dataset: splits asked for (a positive share) that came out
	 * without documents, e.g. "the dev and test splits are empty (1 document for 80/10/10)"; empty when nothing.
	 */
	public static List<String> warnings(ExportResult result, SplitRatios ratios) {
		List<String> empty = new ArrayList<>();
		for (DatasetSplit split : DatasetSplit.values()) {
			if (ratios.weight(split) > 0 && result.stats().split(split).documents() == 0) {
				empty.add(split.name().toLowerCase(java.util.Locale.ROOT));
			}
		}
		if (empty.isEmpty()) {
			return List.of();
		}
		long documents = result.stats().total().documents();
		return List.of("the " + String.join(" and ", empty) + (empty.size() == 1 ? " split is" : " splits are")
				+ " empty (" + documents + (documents == 1 ? " document" : " documents") + " for " + ratios + ")");
	}

	/** The rule files that made the corpus's rule proposals, for the dataset card. */
	public static List<String> ruleFiles(Corpus corpus) {
		return ruleFiles(corpus.getDocuments());
	}

	/** The rule files that made these documents' rule proposals. */
	public static List<String> ruleFiles(List<Document> documents) {
		SortedSet<String> files = new TreeSet<>();
		for (Document document : documents) {
			AnnotationSet rules = document.findAnnotationSet(DocumentOperations.RULES_SET_ID);
			if (rules != null) {
				rules.getEntityMentions().forEach(m -> addRuleFile(m.getProvenance(), files));
				rules.getEventMentions().forEach(m -> addRuleFile(m.getProvenance(), files));
			}
		}
		return List.copyOf(files);
	}

	private static void addRuleFile(Provenance provenance, Set<String> files) {
		if (provenance instanceof RuleProvenance rule && rule.getSourceUri() != null) {
			files.add(rule.getSourceUri());
		}
	}

	/** The exporter's options for the request (label order from the corpus schema). */
	public static ExportOptions options(Corpus corpus, Request request) {
		return options(corpus, request, ruleFiles(corpus));
	}

	/** The exporter's options for the request, with the rule files found in the corpus's documents. */
	public static ExportOptions options(Corpus corpus, Request request, List<String> ruleFiles) {
		DatasetProvenance provenance = new DatasetProvenance(
				request.title() == null ? corpus.getName() + " — " + request.describe() : request.title(),
				corpus.getName(), request.describe(), ruleFiles, request.createdAt(), request.createdBy());
		return ExportOptions.defaults(request.seed(), provenance).withZones(request.zones())
				.withFormats(request.formats()).withSplit(request.ratios(), request.seed())
				.withHuggingFaceScheme(request.huggingFaceScheme()).withReplaceExisting(request.replace())
				.withEntityTypes(ModelExportAdapter.entityTypes(corpus.getSchema()));
	}

	/** The documents of the request, converted for the exporter one by one. */
	public static List<ExportDocument> convert(Corpus corpus, Request request, Progress progress) throws Refused {
		List<Document> documents = documents(corpus, request.selection(), request.doneOnly());
		List<ExportDocument> converted = new ArrayList<>(documents.size());
		for (Document document : documents) {
			if (progress.isCanceled()) {
				throw new Refused("Export canceled; nothing was written");
			}
			converted.add(ModelExportAdapter.toExportDocument(document, request.selection()));
			progress.converted(converted.size(), documents.size());
		}
		return converted;
	}

	/**
	 * Checks the request, converts the documents and writes the dataset (staged, then moved into place; on failure
	 * an earlier dataset in the folder is left as it was).
	 *
	 * @throws Refused when the folder may not be written, no document is selected or none has annotations
	 */
	public static ExportResult export(Corpus corpus, Request request, Progress progress) throws Refused, IOException {
		if (request.formats().isEmpty()) {
			throw new Refused("Choose at least one format");
		}
		String problem = folderProblem(request.folder(), request.replace());
		if (problem != null) {
			throw new Refused(problem);
		}
		return write(corpus, request, convert(corpus, request, progress), progress);
	}

	/** Writes the dataset of documents converted with {@link #convert}; see {@link #export}. */
	public static ExportResult write(Corpus corpus, Request request, List<ExportDocument> documents, Progress progress)
			throws Refused, IOException {
		return write(options(corpus, request), request, documents, progress);
	}

	/**
	 * Writes the dataset with options made by {@link #options} (a caller that reads the model on another thread than
	 * the one writing makes them there).
	 */
	public static ExportResult write(ExportOptions exportOptions, Request request, List<ExportDocument> documents,
			Progress progress) throws Refused, IOException {
		if (documents.isEmpty()) {
			throw new Refused("No document is " + (request.doneOnly() ? "done for " + request.selection().describe()
					: "in the corpus") + "; nothing to export");
		}
		long annotations = documents.stream().mapToLong(d -> d.entities().size() + d.events().size()).sum();
		if (annotations == 0) {
			throw new Refused("The " + documents.size() + " documents have no annotations in "
					+ request.selection().describe() + "; nothing to export");
		}
		if (progress.isCanceled()) {
			throw new Refused("Export canceled; nothing was written");
		}
		// Checked again: the folder may have changed while the documents were converted.
		String problem = folderProblem(request.folder(), request.replace());
		if (problem != null) {
			throw new Refused(problem);
		}
		progress.writing();
		Path folder = request.folder().toAbsolutePath().normalize();
		// An empty folder is the place the linguist chose: the dataset takes its place.
		ExportOptions options = exportOptions;
		if (Files.isDirectory(folder) && !Files.isRegularFile(folder.resolve(StagedDataset.MANIFEST))) {
			options = options.withReplaceExisting(true);
		}
		return new DatasetExporter(options).export(documents, folder);
	}
}
