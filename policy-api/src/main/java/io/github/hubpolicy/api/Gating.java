package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** Whether access to an artifact is gated. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum Gating {
    /** Not gated (the default). */
    NONE,
    /** Gated; requests are granted automatically after the user accepts the conditions. */
    AUTO,
    /** Gated; the author grants each request. */
    MANUAL;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
