package org.dipanno.engine.scoring;

/** True positives, false positives, false negatives; precision, recall and F1 are 0 when undefined. */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {

	public double precision() {
		int predicted = truePositives + falsePositives;
		return predicted == 0 ? 0 : (double) truePositives / predicted;
	}

	public double recall() {
		int gold = truePositives + falseNegatives;
		return gold == 0 ? 0 : (double) truePositives / gold;
	}

	public double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}
}
