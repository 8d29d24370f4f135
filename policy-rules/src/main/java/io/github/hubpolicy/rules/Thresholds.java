package io.github.hubpolicy.rules;

/**
 * The two signal thresholds of the catalog (guidelines.md, section 1), set in one place and
 * overridable by the host at construction.
 *
 * @param likely   a signal at or above this is likely (default 0.80)
 * @param possible a signal at or above this is possible (default 0.50); below {@code likely}
 *                 it is in the possible band
 */
public record Thresholds(double likely, double possible) {
    /** The catalog's thresholds: likely 0.80, possible 0.50. */
    public static final Thresholds DEFAULT = new Thresholds(0.80, 0.50);

    public Thresholds {
        if (!(possible > 0.0 && possible <= likely && likely <= 1.0)) {
            throw new IllegalArgumentException(
                    "thresholds must satisfy 0 < possible <= likely <= 1, were possible " + possible + ", likely " + likely);
        }
    }
}
