package org.dipanno.export.split;

import java.util.Locale;

/** The parts of a dataset. */
public enum DatasetSplit {
	TRAIN, DEV, TEST;

	/** File-name form: train, dev, test. */
	public String fileName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
