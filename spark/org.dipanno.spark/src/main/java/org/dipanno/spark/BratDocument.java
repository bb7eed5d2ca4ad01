package org.dipanno.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

import org.dipanno.export.BratConfiguration;
import org.dipanno.export.SelectedDocument;
import org.dipanno.export.format.BratStandoff;

/**
 * One document's brat standoff, rendered by the exporter's writer: its {@code .txt} and {@code .ann} files and what it
 * adds to the dataset's {@code annotation.conf} (merged on the driver).
 */
public record BratDocument(String txt, String ann, BratConfiguration configuration) implements Serializable {

	private static final long serialVersionUID = 1L;

	static BratDocument of(SelectedDocument document) {
		BratStandoff.Files files = BratStandoff.write(document);
		return new BratDocument(files.txt(), files.ann(),
				new BratConfiguration(List.of(), Collections.emptySortedMap()).add(document));
	}
}
