package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** The purpose the author declares for an item. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum Purpose {
    /** Research. */
    RESEARCH,
    /** Teaching and learning. */
    EDUCATION,
    /** News reporting. */
    NEWS,
    /** Art. */
    ART,
    /** Commercial use. */
    COMMERCIAL,
    /** Anything else. */
    OTHER;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
