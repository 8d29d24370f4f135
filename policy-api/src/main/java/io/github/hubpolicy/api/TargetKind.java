package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** Whom community content addresses. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum TargetKind {
    /** A user of the hub. */
    USER,
    /** A member of the hub's staff. */
    STAFF,
    /** No one in particular (the default). */
    NONE;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
