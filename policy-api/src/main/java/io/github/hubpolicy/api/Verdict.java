package io.github.hubpolicy.api;

/**
 * What should happen to an item, from mildest to most severe. The declaration order is the
 * severity order, so {@code compareTo} compares severity.
 */
public enum Verdict {
    /** Nothing to do. */
    ALLOW,
    /** Stays visible; a label or a small fix is owed (audience tag, licence, warning). */
    LABEL,
    /** Stays up; a person must look at it. */
    REVIEW,
    /** Stays, but access is limited: gated, hidden, disabled pending review, made private. */
    RESTRICT,
    /** Taken down. */
    REMOVE;

    /** True when this verdict is at least as severe as {@code other}. */
    public boolean atLeast(Verdict other) {
        return compareTo(other) >= 0;
    }

    /** The more severe of this verdict and {@code other}. */
    public Verdict max(Verdict other) {
        return atLeast(other) ? this : other;
    }
}
