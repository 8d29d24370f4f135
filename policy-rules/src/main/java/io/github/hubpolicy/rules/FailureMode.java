package io.github.hubpolicy.rules;

/** What a decision says when evaluating an item fails (a rule, a detector or resolution throws). */
public enum FailureMode {
    /** The default: {@code REVIEW} with {@code HUMAN_REVIEW}, so nothing is allowed because something broke. */
    CLOSED,
    /** {@code ALLOW} with no action; the {@code engine} finding still records the failure. Choose it explicitly. */
    OPEN
}
