package io.github.hubpolicy.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Decides content items against the content guidelines. Implementations are thread-safe: one
 * instance serves many threads.
 */
public interface PolicyEvaluator {

    /** Decides one item. */
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
