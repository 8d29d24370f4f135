package io.github.hubpolicy.rules;

/**
 * Bounds on what one item may hold, so that no item can make an evaluation arbitrarily slow. An
 * item over a bound is still decided, on what lies within the bounds, and its decision carries
 * an {@code engine} finding ({@code REVIEW}, {@code HUMAN_REVIEW}) naming every bound it hit: a
 * person looks at the rest. Nothing is cut silently.
 *
 * @param maxTextChars            characters read per text field (title, text); default 1 MiB
 * @param maxTags                 tags; default 1,000
 * @param maxFiles                files; default 10,000
 * @param maxPeople               depicted people; default 1,000
 * @param maxReports              reports; default 10,000
 * @param maxPickleImportsPerFile pickle imports per file; default 10,000
 */
public record Limits(int maxTextChars, int maxTags, int maxFiles, int maxPeople, int maxReports,
                     int maxPickleImportsPerFile) {
    /** The documented defaults. */
    public static final Limits DEFAULT = new Limits(1 << 20, 1_000, 10_000, 1_000, 10_000, 10_000);

    public Limits {
        if (maxTextChars < 1 || maxTags < 0 || maxFiles < 0 || maxPeople < 0 || maxReports < 0
                || maxPickleImportsPerFile < 0) {
            throw new IllegalArgumentException("limits must not be negative, and maxTextChars must be at least 1");
        }
    }
}
