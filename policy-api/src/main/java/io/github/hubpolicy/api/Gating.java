package io.github.hubpolicy.api;

/** Whether access to an artifact is gated. Spelled in JSON as {@link WireNames} says. */
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
