package io.github.hubpolicy.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Decides content items against the content guidelines. Implementations are thread-safe: one
 * instance serves many threads. A functional interface, so a test can stand in a lambda for the
 * real evaluator; the evaluator the builders return is a {@link RuleSetEvaluator}, which adds the
 * rule set's identity, tracing and reload.
 *
 * <p>The policy the rules encode is {@code docs/policy/guidelines.md} in the project's
 * repository; the JSON wire format of items and decisions is {@code docs/policy/item-format.md}.
 */
public interface PolicyEvaluator {

    /** Decides one item. Never throws for a valid item: failures become an {@code engine} finding. */
    Decision evaluate(ContentItem item);

    /** Decides each item, returning the decisions in the items' order. */
    default List<Decision> evaluateAll(Collection<? extends ContentItem> items) {
        List<Decision> decisions = new ArrayList<>(items.size());
        for (ContentItem item : items) {
            decisions.add(evaluate(item));
        }
        return decisions;
    }
}
