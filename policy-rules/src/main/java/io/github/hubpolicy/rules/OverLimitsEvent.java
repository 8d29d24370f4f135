package io.github.hubpolicy.rules;

import java.util.List;

/**
 * An item went over {@link Limits} and was decided on the part within them.
 *
 * @param itemId   the item's id (never a metric tag)
 * @param exceeded one line per bound it hit, as the decision's evidence says it
 *                 ({@code "text: 2000000 characters, limit 1048576"})
 */
public record OverLimitsEvent(String itemId, List<String> exceeded) {
    public OverLimitsEvent {
        exceeded = List.copyOf(exceeded);
    }
}
