package io.github.hubpolicy.api;

/** Why a user reported an item. Spelled in JSON as {@link WireNames} says. */
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
