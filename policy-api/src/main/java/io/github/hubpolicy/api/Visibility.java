package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** Who can see an item. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum Visibility {
    /** Everyone (the default). */
    PUBLIC,
    /** Only the author and their organization. */
    PRIVATE;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
