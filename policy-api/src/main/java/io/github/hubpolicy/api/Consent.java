package io.github.hubpolicy.api;

/** The consent a depicted person gave. Spelled in JSON as {@link WireNames} says. */
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
