package org.dipanno.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dipanno.export.DatasetExporter;
import org.dipanno.export.DatasetFormat;
import org.dipanno.export.SelectedDocument;
import org.dipanno.export.format.ConllFormat;
import org.dipanno.export.format.HuggingFaceJsonl;
import org.dipanno.export.format.SpanJsonl;
import org.dipanno.export.split.DatasetSplit;
import org.dipanno.export.tokens.TagScheme;
import org.dipanno.export.tokens.TokenForm;

/**
 * One file of the dataset per split (e.g. the CoNLL syllable BIO file), written as shards: the exporter's path with
 * the shard number before the extension ({@code conll/syllable/bio/train-00003.conll}). A document's part of the file
 * is rendered by the exporter's own format writer given that one document.
 */
public record DatasetOutput(DatasetFormat format, TokenForm form, TagScheme scheme) implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The files of the chosen formats, in the exporter's order. */
	public static List<DatasetOutput> of(Set<DatasetFormat> formats) {
		List<DatasetOutput> outputs = new ArrayList<>();
		if (formats.contains(DatasetFormat.CONLL)) {
			for (TokenForm form : TokenForm.values()) {
				for (TagScheme scheme : TagScheme.values()) {
					outputs.add(new DatasetOutput(DatasetFormat.CONLL, form, scheme));
				}
			}
		}
		if (formats.contains(DatasetFormat.HUGGING_FACE)) {
			for (TokenForm form : TokenForm.values()) {
				outputs.add(new DatasetOutput(DatasetFormat.HUGGING_FACE, form, null));
			}
		}
		if (formats.contains(DatasetFormat.SPAN_JSONL)) {
			outputs.add(new DatasetOutput(DatasetFormat.SPAN_JSONL, null, null));
		}
		return outputs;
	}

	/** The path of the whole file, as the exporter names it. */
	public String path(DatasetSplit split) {
		return switch (format) {
		case CONLL -> DatasetExporter.conllPath(form, scheme, split);
		case HUGGING_FACE -> DatasetExporter.huggingFacePath(form, split);
		case SPAN_JSONL -> DatasetExporter.spanPath(split);
		default -> throw new IllegalStateException("not written in shards: " + format);
		};
	}

	/** The path of one shard of the file. */
	public String shardPath(DatasetSplit split, int shard) {
		String path = path(split);
		int dot = path.lastIndexOf('.');
		return path.substring(0, dot) + String.format(java.util.Locale.ROOT, "-%05d", shard) + path.substring(dot);
	}

	/** The document's lines in this file. */
	public String render(SelectedDocument document, TagScheme huggingFaceScheme, List<String> labels) {
		StringBuilder out = new StringBuilder();
		try {
			switch (format) {
			case CONLL -> ConllFormat.write(List.of(document), form, scheme, out);
			case HUGGING_FACE -> HuggingFaceJsonl.write(List.of(document), form, huggingFaceScheme, labels, out);
			case SPAN_JSONL -> SpanJsonl.write(List.of(document), out);
			default -> throw new IllegalStateException("not written in shards: " + format);
			}
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
		}
		return out.toString();
	}
}
