package io.github.hubpolicy.api;

/**
 * The contract a host codes against: a {@link PolicyEvaluator} backed by a rule set it can name,
 * trace and reload. {@code DroolsPolicyEvaluator.builder().build()} (in {@code policy-rules})
 * returns one. Thread-safe, including while it reloads.
 *
 * <pre>{@code
 * RuleSetEvaluator evaluator = DroolsPolicyEvaluator.builder().ruleDirectory(myRules).build();
 * Decision decision = evaluator.evaluate(item);       // any number of threads
 * PolicyId inService = evaluator.reload();            // after the rule files changed
 * }</pre>
 *
 * <p>The policy the rules encode is {@code docs/policy/guidelines.md} in the project's repository;
 * the JSON wire format of items and decisions is {@code docs/policy/item-format.md}.
 */
public interface RuleSetEvaluator extends PolicyEvaluator {

    /** The policy version and the digest of the rule set this evaluator decides with now. */
    PolicyId policy();

    /** Decides the item and reports every rule that fired on the way; slower than {@link #evaluate}. */
    Trace trace(ContentItem item);

    /**
     * Reads and compiles the rule files again and, when they compile, switches to them
     * atomically: evaluations in flight finish with the rule set they started with, later ones use
     * the new set. When they do not compile, the evaluator keeps serving the last good rule set and
     * the exception ({@code RuleCompilationException} in {@code policy-rules}) lists every problem as
     * {@code file:line:column: message}.
     *
     * @return the identity of the rule set now in service
     */
    PolicyId reload();
}
