package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** What of a person an item reproduces. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum Likeness {
    /** Their face. */
    FACE,
    /** Their voice. */
    VOICE,
    /** Their name. */
    NAME,
    /** Their body. */
    BODY;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
