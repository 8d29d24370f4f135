package io.github.hubpolicy.rules;

import java.util.Locale;

/** Where evaluating an item failed; a bounded set, fit for a metric tag. */
public enum EvaluationStage {
    /** The detectors' pass over the item's text. */
    DETECTORS,
    /** The rule engine: a rule's condition or consequence, or the session itself. */
    RULES,
    /** The emergency brake counting and capping the findings of watched rules. */
    EMERGENCY_BRAKE,
    /** Resolving the findings into a verdict and actions. */
    RESOLUTION;

    /** The stage's name in lower case ({@code rules}), as findings and logs name it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
