package org.dipanno.export.agreement;

/**
 * A chance-corrected agreement figure: (observed − expected) / (1 − expected).
 * Undefined (NaN) when expected agreement is 1 (every label the same).
 *
 * @param measure "Cohen's kappa" or "Fleiss' kappa"
 * @param items   number of labelled items (tokens)
 */
public record Kappa(String measure, int items, double observed, double expected) {

	public double value() {
		return expected == 1.0 ? Double.NaN : (observed - expected) / (1.0 - expected);
	}
}
