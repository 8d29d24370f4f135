package io.github.hubpolicy.rules;

import io.github.hubpolicy.api.Decision;
import java.util.List;

/**
 * A decision together with every rule that fired while reaching it, context rules included
 * (they change findings rather than record them). For coverage and for debugging rule files.
 *
 * @param decision    the decision, as {@link DroolsPolicyEvaluator#evaluate} returns it
 * @param firedRules  the names of the rules that fired, in firing order, without repeats
 */
public record Trace(Decision decision, List<String> firedRules) {
    public Trace {
        firedRules = List.copyOf(firedRules);
    }
}
