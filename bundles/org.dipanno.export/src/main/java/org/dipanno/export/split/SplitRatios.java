package org.dipanno.export.split;

/**
 * Relative sizes of train, dev and test, e.g. 80/10/10. Any non-negative
 * weights with a positive sum are accepted (8/1/1 is the same as 80/10/10).
 */
public record SplitRatios(int train, int dev, int test) {

	public static final SplitRatios DEFAULT = new SplitRatios(80, 10, 10);

	public SplitRatios {
		if (train < 0 || dev < 0 || test < 0 || train + dev + test == 0) {
			throw new IllegalArgumentException("Split ratios must be non-negative with a positive sum, got "
					+ train + "/" + dev + "/" + test);
		}
	}

	/**
	 * Reads {@code train/dev/test} as given to {@code --split} (e.g. 80/10/10); the exception's message says what
	 * was wrong in the command-line user's terms.
	 */
	public static SplitRatios parse(String value) {
		String[] parts = value.split("/");
		try {
			if (parts.length != 3) {
				throw new IllegalArgumentException("three parts needed");
			}
			return new SplitRatios(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
					Integer.parseInt(parts[2].strip()));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("--split takes train/dev/test percentages such as 80/10/10, not \""
					+ value + "\" (" + e.getMessage() + ")", e);
		}
	}

	public int weight(DatasetSplit split) {
		return switch (split) {
		case TRAIN -> train;
		case DEV -> dev;
		case TEST -> test;
		};
	}

	@Override
	public String toString() {
		return train + "/" + dev + "/" + test;
	}
}
