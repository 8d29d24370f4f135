package io.github.hubpolicy.rules;

/**
 * Told of what a {@link DroolsPolicyEvaluator} does, for metrics, audit trails and health checks.
 * Register listeners with {@link DroolsPolicyEvaluator.Builder#listener}; every method has a
 * no-op default, so a listener overrides only what it needs (and new kinds of event can be added
 * without breaking it).
 *
 * <p>Methods are called on the thread that evaluates or reloads, after the work they report and
 * before {@code evaluate} or {@code reload} returns: keep them short and non-blocking (count,
 * enqueue). For one item, {@link #overLimits} and {@link #failed} come before {@link #decided}.
 * Listeners must be thread-safe: one evaluator serves many threads.
 *
 * <p>A listener that throws changes nothing: the decision is returned as it was, the exception
 * never reaches the caller, the other listeners are still told, and the first failure of each
 * listener is logged once (its class and the error class). When no listener is registered, the
 * evaluator neither creates events nor reads the clock.
 */
public interface DecisionListener {

    /** An item was decided (also when evaluation failed and the decision says so). */
    default void decided(DecisionEvent event) {
    }

    /** Evaluating an item failed; its decision failed closed ({@code REVIEW}) or open ({@code ALLOW}). */
    default void failed(FailureEvent event) {
    }

    /** An item went over {@link Limits}; it is decided on the part within them. */
    default void overLimits(OverLimitsEvent event) {
    }

    /** A rule set went into service: once when the evaluator is built, then after every accepted reload. */
    default void ruleSetLoaded(RuleSetEvent event) {
    }

    /** A reload was rejected; the rule set named in the event keeps serving. */
    default void reloadRejected(ReloadRejectedEvent event) {
    }

    /** The emergency brake held a new or changed rule (once per hold); see {@link EmergencyBrake}. */
    default void ruleHeld(RuleHeldEvent event) {
    }
}
