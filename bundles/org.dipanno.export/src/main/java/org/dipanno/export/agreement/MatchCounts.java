package org.dipanno.export.agreement;

/**
 * Matches between two annotators' items: {@code matched} one-to-one matches,
 * {@code first} and {@code second} the item counts of each side. Treating the
 * first as reference, precision = matched/second and recall = matched/first;
 * F1 = 2·matched/(first+second) is symmetric. With no items on either side F1
 * is undefined (NaN).
 */
public record MatchCounts(int matched, int first, int second) {

	public static final MatchCounts ZERO = new MatchCounts(0, 0, 0);

	public MatchCounts plus(MatchCounts other) {
		return new MatchCounts(matched + other.matched, first + other.first, second + other.second);
	}

	public double precision() {
		return second == 0 ? Double.NaN : (double) matched / second;
	}

	public double recall() {
		return first == 0 ? Double.NaN : (double) matched / first;
	}

	public double f1() {
		return first + second == 0 ? Double.NaN : 2.0 * matched / (first + second);
	}
}
