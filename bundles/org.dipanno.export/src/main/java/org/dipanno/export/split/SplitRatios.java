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
