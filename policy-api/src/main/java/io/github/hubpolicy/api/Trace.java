package io.github.hubpolicy.api;

import java.util.List;

/**
 * A decision together with every rule that fired while reaching it, context rules included
 * (they change findings rather than record them). For coverage and for debugging rule files.
 *
 * @param decision    the decision, as {@link PolicyEvaluator#evaluate} returns it
 * @param firedRules  the names of the rules that fired, in firing order, without repeats
 */
public record Trace(Decision decision, List<String> firedRules) {
    /** Copies the rule names. */
    public Trace {
        firedRules = List.copyOf(firedRules);
    }
}
