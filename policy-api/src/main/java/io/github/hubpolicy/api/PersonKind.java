package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** What kind of person an item depicts or imitates. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum PersonKind {
    /** A private person (the default, the protective choice). */
    PRIVATE_PERSON,
    /** A public figure. */
    PUBLIC_FIGURE,
    /** A fictional character. */
    FICTIONAL;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
