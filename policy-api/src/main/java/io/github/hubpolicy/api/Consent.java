package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** The consent a depicted person gave. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum Consent {
    /** No documented consent (the default). */
    NONE,
    /** Documented consent. */
    DOCUMENTED,
    /** The author is the person depicted; counts as documented consent. */
    SELF;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
