package io.github.hubpolicy.rules;

import io.github.hubpolicy.rules.detect.Detectors;

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
 * @param maxPhoneLibraryChars    characters of title and text together that the phone detector
 *                                may hand to libphonenumber; default
 *                                {@value Detectors#DEFAULT_PHONE_LIBRARY_CHARS}. The
 *                                detector hands over only pieces where a number can stand, so
 *                                ordinary items use a few hundred at most; past the budget it
 *                                stops, and the item gets an {@code engine: detector budget
 *                                exhausted} finding naming what was not read
 */
public record Limits(int maxTextChars, int maxTags, int maxFiles, int maxPeople, int maxReports,
                     int maxPickleImportsPerFile, int maxPhoneLibraryChars) {
    /** The documented defaults. */
    public static final Limits DEFAULT = new Limits(1 << 20, 1_000, 10_000, 1_000, 10_000, 10_000,
            Detectors.DEFAULT_PHONE_LIBRARY_CHARS);

    /** The given bounds and the default budget of phone library work. */
    public Limits(int maxTextChars, int maxTags, int maxFiles, int maxPeople, int maxReports,
                  int maxPickleImportsPerFile) {
        this(maxTextChars, maxTags, maxFiles, maxPeople, maxReports, maxPickleImportsPerFile,
                Detectors.DEFAULT_PHONE_LIBRARY_CHARS);
    }

    public Limits {
        if (maxTextChars < 1 || maxTags < 0 || maxFiles < 0 || maxPeople < 0 || maxReports < 0
                || maxPickleImportsPerFile < 0 || maxPhoneLibraryChars < 0) {
            throw new IllegalArgumentException("limits must not be negative, and maxTextChars must be at least 1");
        }
    }

    /** These limits with {@code characters} as the budget of phone library work per item. */
    public Limits withMaxPhoneLibraryChars(int characters) {
        return new Limits(maxTextChars, maxTags, maxFiles, maxPeople, maxReports, maxPickleImportsPerFile, characters);
    }
}
