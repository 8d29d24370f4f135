package io.github.hubpolicy.api;

import io.github.hubpolicy.api.internal.WireNames;

/** Why a user reported an item. Spelled in JSON in lower case with hyphens ({@link #wireName()}). */
public enum ReportReason {
    /** An ethical concern. */
    ETHICAL,
    /** A legal concern. */
    LEGAL,
    /** A copyright claim. */
    COPYRIGHT,
    /** Harassment. */
    HARASSMENT,
    /** Spam. */
    SPAM,
    /** Anything else. */
    OTHER;

    /** The JSON spelling of this value. */
    public String wireName() {
        return WireNames.of(this);
    }
}
