package io.github.hubpolicy.transparency;

/** The schema's {@code automated_decision} values: how far a person took part in the decision. */
public enum AutomatedDecision {
    /** Decided by automated means alone. */
    FULLY,
    /** Decided by automated means with a person taking part. */
    PARTIALLY,
    /** Decided by a person. */
    NOT_AUTOMATED;

    /** The schema's key, e.g. {@code AUTOMATED_DECISION_PARTIALLY}. */
    public String key() {
        return "AUTOMATED_DECISION_" + name();
    }
}
